using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Conversations;
using WellbeingKit.Handoff;
using WellbeingKit.Privacy;
using WellbeingKit.Risk;
using WellbeingKit.Safety;

namespace WellbeingKit.Tests.Conversations;

/// <summary>The safety conversation with the built-in flow: typed answers, help one tap away, follow-ups.</summary>
public sealed class SafetyConversationTests
{
    private static string AllText(Reply reply) => string.Join("\n", reply.Messages.Select(m => m.Text));

    [Theory]
    [InlineData("no I'm fine, forget it")]
    [InlineData("you misunderstood")]
    [InlineData("I was joking")]
    public async Task A_typed_denial_is_respected_and_help_stays_on_the_reply(string denial)
    {
        using var kit = new TestKit();
        await kit.Say("I want to die", country: "GB");

        var reply = await kit.Say(denial);

        AllText(reply).Should().Contain("sorry if I misunderstood").And.NotContain("Please choose");
        reply.Helplines.Should().NotBeEmpty();
        reply.QuickReplies.Select(q => q.Value).Should().Contain("help");
    }

    [Theory]
    [InlineData("nope", "urgent")]
    [InlineData("not really", "urgent")]
    [InlineData("I'm not safe", "urgent")]
    [InlineData("yeah im ok", "safe")]
    public async Task Typed_answers_to_are_you_safe_are_understood(string typed, string expectedState)
    {
        using var kit = new TestKit();
        await kit.Say("I want to die");

        var reply = await kit.Say(typed);

        AllText(reply).Should().NotContain("Please choose");
        var expected = expectedState == "urgent" ? BuiltInTexts.Get("safety.urgent", "en") : BuiltInTexts.Get("safety.safe", "en");
        AllText(reply).Should().Contain(expected!);
    }

    [Fact]
    public async Task Unmatched_text_in_the_safety_flow_is_acknowledged_with_the_helplines_again_and_asked_again()
    {
        using var kit = new TestKit();
        await kit.Say("I want to die", country: "GB");

        var reply = await kit.Say("what do you even mean by that");

        AllText(reply).Should().NotContain("Please choose").And.Contain("I want to be sure I understand you");
        reply.Messages.Should().Contain(m => m.Kind == ReplyKind.Helplines && m.Text.Contains("116 123"));
        reply.Messages.Should().Contain(m => m.Kind == ReplyKind.Question && m.Text == "Are you safe right now?");
        reply.Safety.Should().BeTrue();
    }

    [Theory]
    [InlineData("can I talk to a real person", "en")]
    [InlineData("human please", "en")]
    [InlineData("quiero hablar con una persona", "es")]
    [InlineData("je veux parler à quelqu'un", "fr")]
    [InlineData("أريد التحدث مع شخص", "ar")]
    public async Task Asking_for_a_person_in_words_leads_to_the_handoff(string typed, string locale)
    {
        using var kit = new TestKit(configure: b => b.AddHandoffHandler<AcceptingHandoff>());
        await kit.Kit.HandleAsync(new UserMessage("u1", "I want to die") { Locale = locale });

        var reply = await kit.Kit.HandleAsync(new UserMessage("u1", typed) { Locale = locale });

        reply.Handoff!.Status.Should().Be(HandoffStatus.Queued);
    }

    [Fact]
    public async Task The_handoff_and_its_audit_event_carry_the_level_that_started_the_safety_conversation()
    {
        using var kit = new TestKit(configure: b => b.AddHandoffHandler<AcceptingHandoff>());
        await kit.Say("I want to die");

        await kit.Say("no");

        var handler = kit.Services.GetServices<IHandoffHandler>().OfType<AcceptingHandoff>().Single();
        handler.Requests.Should().ContainSingle().Which.Level.Should().Be(RiskLevel.High);
        handler.Requests[0].Categories.Should().Equal(RiskCategory.SuicidalIdeation);
        var events = await kit.Store.ReadAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        events.Should().Contain(e => e.Kind == AuditEventKind.HandoffRequested && e.Level == RiskLevel.High);
    }

    [Fact]
    public async Task After_an_escalation_every_reply_carries_the_helplines_and_a_help_quick_reply_until_the_time_runs_out()
    {
        using var kit = new TestKit(options: o => o.HelpVisibleFor = TimeSpan.FromHours(2));
        await kit.Say("I want to die", country: "GB");
        await kit.Say("yes");

        var later = await kit.Say("breathing");
        later.Helplines.Should().NotBeEmpty();
        later.QuickReplies.Select(q => q.Value).Should().Contain("help");
        later.Messages.Should().NotContain(m => m.Kind == ReplyKind.Helplines);

        kit.Time.Advance(TimeSpan.FromHours(3));
        var muchLater = await kit.Say("next");
        muchLater.Helplines.Should().BeEmpty();
        muchLater.QuickReplies.Select(q => q.Value).Should().NotContain("help");
    }

    [Theory]
    [InlineData("help")]
    [InlineData("helplines")]
    [InlineData("who can I call?")]
    public async Task Asking_for_help_in_any_flow_shows_the_helplines_as_text_and_asks_the_question_again(string typed)
    {
        using var kit = new TestKit();
        await kit.Say("phq9", country: "GB");

        var reply = await kit.Say(typed);

        reply.Messages.Should().Contain(m => m.Kind == ReplyKind.Helplines && m.Text.Contains("116 123"));
        reply.QuickReplies.Select(q => q.Value).Should().Contain("0");
        reply.FlowId.Should().Be("phq9");
    }

    [Fact]
    public async Task Phq9_item_9_sets_the_risk_of_the_reply()
    {
        using var kit = new TestKit();
        await kit.Say("phq9");
        for (var i = 0; i < 8; i++)
        {
            await kit.Say("0");
        }

        var reply = await kit.Say("1");

        reply.Risk.Level.Should().Be(RiskLevel.Moderate);
        reply.Risk.Categories.Should().Equal(RiskCategory.SuicidalIdeation);
    }

    [Fact]
    public async Task No_offer_to_resume_comes_right_after_not_safe()
    {
        using var kit = new TestKit();
        await kit.Say("phq9");
        await kit.Say("I want to die");

        var reply = await kit.Say("no");

        reply.Handoff!.Status.Should().Be(HandoffStatus.Unavailable);
        AllText(reply).Should().NotContain(BuiltInTexts.Get("resume.offer", "en")!);
    }

    [Fact]
    public async Task Stop_in_the_safety_flow_ends_it_and_keeps_help_one_tap_away()
    {
        using var kit = new TestKit();
        await kit.Say("I want to die");

        var reply = await kit.Say("stop");

        reply.FlowId.Should().BeNull();
        AllText(reply).Should().Contain("Help stays one tap away");
        reply.Helplines.Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_country_without_a_listed_number_is_told_so_honestly_with_the_emergency_advice_and_a_directory()
    {
        using var kit = new TestKit();

        var reply = await kit.Say("I want to die", country: "EG");

        AllText(reply).Should().Contain("I don't have a checked helpline number for your country").And.NotContain("numbers above");
        reply.Helplines.Should().OnlyContain(h => h.Country == Content.Helpline.International);
    }

    [Fact]
    public async Task A_country_with_only_an_emergency_number_is_told_honestly_that_no_helpline_is_checked_and_is_given_that_number()
    {
        var fixture = FixturePack.Create();
        var pack = fixture with
        {
            Helplines = [.. fixture.Helplines, new Content.Helpline { Country = "DZ", Name = "Protection civile", Phone = "14", Topics = ["emergency"], Source = "test" }],
        };
        using var kit = new TestKit(pack);

        var reply = await kit.Say("I want to die", country: "DZ");

        AllText(reply).Should().Contain("I don't have a checked helpline number for your country").And.Contain("☎ 14").And.NotContain("numbers above");
    }
}
