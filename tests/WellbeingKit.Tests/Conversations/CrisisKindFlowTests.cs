using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Handoff;
using WellbeingKit.Privacy;
using WellbeingKit.Risk;
using WellbeingKit.Safety;

namespace WellbeingKit.Tests.Conversations;

/// <summary>The default pack's safety flow per crisis kind (pack.yaml safety_flows), screened by the lexicon detector.</summary>
public sealed class CrisisKindFlowTests
{
    private static string AllText(Reply reply) => string.Join("\n", reply.Messages.Select(m => m.Text));

    private static TestKit Kit(Action<WellbeingKitBuilder>? configure = null) => TestKit.OnDefaultPack(configure);

    [Theory]
    [InlineData("en", "my stepdad comes into my room at night and says it's our secret", "not your fault")]
    [InlineData("es", "mi padre me pega", "no es culpa tuya")]
    [InlineData("fr", "mon père me frappe", "pas de votre faute")]
    [InlineData("ar", "أبي يضربني", "ليس ذنبك")]
    public async Task A_child_abuse_disclosure_gets_the_child_flow_not_only_are_you_safe(string locale, string disclosure, string notYourFault)
    {
        using var kit = Kit();

        var reply = await kit.Say(disclosure, locale: locale);

        AllText(reply).Should().Contain(notYourFault);
        AllText(reply).Should().Contain(TestKit.DefaultPack.GetMessage("safety.child-abuse.no-secret", locale)!);
        AllText(reply).Should().NotContain(TestKit.DefaultPack.GetMessage("safety.ask-safe", locale)!);
        AllText(reply).Should().NotContain(TestKit.DefaultPack.GetMessage("safety.ask-thoughts", locale)!);
    }

    [Theory]
    [InlineData("en", "GB", "my dad hits me", "0800 1111")]
    [InlineData("es", "ES", "mi padre me pega", "116 111")]
    [InlineData("fr", "FR", "mon père me frappe", "119")]
    public async Task A_child_abuse_disclosure_shows_the_national_child_line_first(string locale, string country, string disclosure, string childLine)
    {
        using var kit = Kit();

        var reply = await kit.Say(disclosure, locale: locale, country: country);

        var lines = reply.Messages.Where(m => m.Kind == ReplyKind.Helplines).ToList();
        lines.Should().NotBeEmpty();
        lines[0].Text.Should().Contain(childLine);
    }

    [Theory]
    [InlineData("en", "please don't tell anyone")]
    [InlineData("es", "por favor no se lo digas a nadie")]
    [InlineData("fr", "s'il te plaît ne le dis à personne")]
    [InlineData("ar", "أرجوك لا تخبر أحدا")]
    public async Task Please_dont_tell_anyone_is_answered_honestly_without_a_promise(string locale, string typed)
    {
        using var kit = Kit();
        await kit.Say(locale == "en" ? "my dad hits me" : locale == "es" ? "mi padre me pega" : locale == "fr" ? "mon père me frappe" : "أبي يضربني", locale: locale);

        var reply = await kit.Say(typed, locale: locale);

        AllText(reply).Should().Contain(TestKit.DefaultPack.GetMessage("safety.child-abuse.secret", locale)!);
        AllText(reply).Should().NotContain(TestKit.DefaultPack.GetMessage("engine.choose_option", locale)!);
        SafeMessagingLint.CheckText(AllText(reply)).Should().BeEmpty();
    }

    [Fact]
    public async Task Violence_by_a_partner_gets_the_violence_flow_not_the_child_flow()
    {
        using var kit = Kit();

        var reply = await kit.Say("my husband hits me");

        AllText(reply).Should().Contain("No one deserves to be hurt").And.NotContain("child line");
    }

    [Fact]
    public async Task A_threat_to_harm_someone_is_met_calmly_with_the_emergency_number_not_with_something_painful()
    {
        using var kit = Kit();

        var reply = await kit.Say("I want to kill him, I bought a knife", country: "GB");

        AllText(reply).Should().Contain("slow down together").And.NotContain("painful");
        var emergency = reply.Messages.ToList().FindIndex(m => m.Kind == ReplyKind.Helplines && m.Text.Contains("999", StringComparison.Ordinal));
        var samaritans = reply.Messages.ToList().FindIndex(m => m.Kind == ReplyKind.Helplines && m.Text.Contains("116 123", StringComparison.Ordinal));
        emergency.Should().BeGreaterThanOrEqualTo(0).And.BeLessThan(samaritans);
    }

    [Fact]
    public async Task Imminent_danger_asks_whether_someone_is_with_them_and_about_distance_from_means()
    {
        using var kit = Kit();
        var first = await kit.Say("I'm going to kill myself tonight", country: "GB");

        var second = await kit.Say("no");

        AllText(first).Should().Contain("Is someone with you right now");
        AllText(second).Should().Contain("out of reach");
    }

    [Fact]
    public async Task The_counsellor_queue_gets_the_imminent_level_that_started_the_conversation_not_that_of_the_answer()
    {
        using var kit = Kit(b => b.AddHandoffHandler<AcceptingHandoff>());
        await kit.Say("I'm going to kill myself tonight", country: "GB");
        await kit.Say("no");

        await kit.Say("no");

        var handler = kit.Services.GetServices<IHandoffHandler>().OfType<AcceptingHandoff>().Single();
        handler.Requests.Should().ContainSingle().Which.Level.Should().Be(RiskLevel.Imminent);
        handler.Requests[0].Categories.Should().Contain(RiskCategory.SuicidalIdeation);
        var events = await kit.Store.ReadAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        events.Should().Contain(e => e.Kind == AuditEventKind.HandoffRequested && e.Level == RiskLevel.Imminent);
    }

    [Fact]
    public async Task Self_harm_asks_directly_about_suicide_after_care_for_an_injury()
    {
        using var kit = Kit();
        await kit.Say("I keep wanting to hurt myself");

        var reply = await kit.Say("no");

        AllText(reply).Should().Contain(TestKit.DefaultPack.GetMessage("safety.ask-thoughts", "en")!);
    }

    [Theory]
    [InlineData("abuse.violence", true, CrisisKinds.ChildAbuse)]
    [InlineData("abuse.violence", false, CrisisKinds.Violence)]
    [InlineData("si.want-to-die", true, CrisisKinds.SuicidalIdeation)]
    public void Abuse_told_in_a_childs_words_is_abuse_of_a_child(string rule, bool childContext, string kind)
    {
        var category = rule.StartsWith("abuse", StringComparison.Ordinal) ? RiskCategory.AbuseOrViolence : RiskCategory.SuicidalIdeation;
        var risk = new RiskAssessment
        {
            Level = RiskLevel.High,
            Categories = [category],
            Evidence = [new RiskEvidence(0, 4, "text", rule, category, RiskLevel.High, "lexicon")],
        };

        CrisisKinds.Of(risk, childContext).Should().Be(kind);
    }
}
