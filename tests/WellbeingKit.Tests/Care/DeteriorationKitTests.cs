using WellbeingKit.Care;

namespace WellbeingKit.Tests.Care;

/// <summary>Noticing deterioration through the kit with the default pack.</summary>
public class DeteriorationKitTests
{
    [Fact]
    public async Task A_phq9_rise_by_the_reliable_change_threshold_gets_the_deterioration_message_and_an_offer_of_a_person()
    {
        using var kit = new CareTestKit();
        await kit.AnswerPhq9Async("u", 1, 1, 0, 0, 0, 0, 0, 0, 0);
        kit.Time.Advance(TimeSpan.FromDays(14));

        var reply = await kit.AnswerPhq9Async("u", 2, 2, 2, 1, 1, 1, 0, 0, 0);

        reply.Safety.Should().BeFalse();
        reply.Messages.Select(m => m.Text).Should().Contain("Your PHQ-9 score is 9 now, up from 2 last time. That is more than everyday ups and downs, so I wanted to mention it.");
        reply.QuickReplies.Select(q => q.Value).Should().Contain(CareValues.Person);
        (await kit.Store.ExportAsync("u")).Care!.Notices.Should().ContainSingle()
            .Which.Kind.Should().Be(DeteriorationKind.ReliableChange | DeteriorationKind.WorseBand);
    }

    [Fact]
    public async Task Without_consent_the_hand_off_service_receives_nothing()
    {
        using var kit = new CareTestKit(care: o => o.CounsellorAlerts = true);
        await kit.AnswerPhq9Async("u", 1, 1, 0, 0, 0, 0, 0, 0, 0);

        var reply = await kit.AnswerPhq9Async("u", 2, 2, 2, 1, 1, 1, 0, 0, 0);

        kit.Handoff.Requests.Should().BeEmpty();
        reply.QuickReplies.Select(q => q.Value).Should().Contain(CareValues.ConsentYes, because: "the user is asked once whether alerts may go out");
    }

    [Fact]
    public async Task With_consent_the_hand_off_service_receives_an_alert_with_the_scores_and_never_the_text()
    {
        using var kit = new CareTestKit(care: o => o.CounsellorAlerts = true);
        await kit.AnswerPhq9Async("u", 1, 1, 0, 0, 0, 0, 0, 0, 0);
        (await kit.Say("u", CareValues.ConsentYes)).Messages[0].Text.Should().StartWith("Thank you. I'll share only your scores");
        await kit.Say("u", "I have been feeling heavy and tired all week");

        var reply = await kit.AnswerPhq9Async("u", 2, 2, 2, 1, 1, 1, 0, 0, 0);

        var alert = kit.Handoff.Requests.Should().ContainSingle().Subject;
        alert.To.Should().Be("counsellor");
        alert.Deterioration!.PreviousScore.Should().Be(2);
        alert.Deterioration.Score.Should().Be(9);
        System.Text.Json.JsonSerializer.Serialize(alert).Should().NotContain("heavy");
        reply.Messages.Select(m => m.Text).Should().Contain(t => t.StartsWith("I've let the counsellor know your scores", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_consent_is_withdrawn_by_typing_nothing_leaves_the_kit()
    {
        using var kit = new CareTestKit(care: o => o.CounsellorAlerts = true);
        await kit.Care.SetAlertConsentAsync("u", consent: true);
        (await kit.Say("u", "stop sharing")).Messages[0].Text.Should().Be("Done: I won't share your scores with anyone.");
        await kit.AnswerPhq9Async("u", 1, 1, 0, 0, 0, 0, 0, 0, 0);

        await kit.AnswerPhq9Async("u", 2, 2, 2, 1, 1, 1, 0, 0, 0);

        kit.Handoff.Requests.Should().BeEmpty();
        (await kit.Store.ExportAsync("u")).Care!.Consent!.RevokedAt.Should().NotBeNull();
    }

    [Fact]
    public async Task A_small_rise_inside_one_band_says_nothing_about_change()
    {
        using var kit = new CareTestKit();
        await kit.AnswerPhq9Async("u", 1, 1, 1, 1, 1, 1, 0, 0, 0);

        var reply = await kit.AnswerPhq9Async("u", 1, 1, 1, 1, 1, 1, 1, 1, 0);

        reply.Messages.Should().NotContain(m => m.Text.Contains("everyday ups and downs", StringComparison.Ordinal));
    }
}
