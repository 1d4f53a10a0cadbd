using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WellbeingKit.Care;
using WellbeingKit.Risk;

namespace WellbeingKit.Tests.Care;

/// <summary>What users type to steer care, through the kit with the default pack.</summary>
public class CareCommandTests
{
    [Fact]
    public async Task A_crisis_message_that_mentions_check_ins_gets_the_safety_response()
    {
        using var kit = new CareTestKit();

        var reply = await kit.Say("u", "stop check-ins, I want to kill myself");

        reply.Safety.Should().BeTrue();
        reply.Helplines.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Stop_check_ins_typed_in_spanish_stops_them()
    {
        using var kit = new CareTestKit();
        await kit.Say("u", "activar seguimiento", "es", "Europe/Madrid");

        var reply = await kit.Say("u", "parar seguimiento", "es");

        reply.Messages[0].Text.Should().StartWith("De acuerdo, he parado");
        (await kit.Care.GetPreferencesAsync("u")).Status.Should().Be(CheckInStatus.Stopped);
        (await kit.Store.ExportAsync("u")).Care!.NextDueAt.Should().BeNull();
    }

    [Fact]
    public async Task Start_check_ins_reads_the_time_and_the_time_zone_of_the_message()
    {
        using var kit = new CareTestKit();

        var reply = await kit.Say("u", "start check-ins at 7 pm", "en", "Europe/London");

        reply.Messages[0].Text.Should().Be("I'll check in with you at 19:00 (Europe/London). Type \"pause check-ins\" or \"stop check-ins\" at any time.");
    }

    [Fact]
    public async Task My_progress_shows_the_insights_in_the_reply()
    {
        using var kit = new CareTestKit();
        await kit.AnswerPhq9Async("u", 1, 1, 0, 0, 0, 0, 0, 0, 0);

        var reply = await kit.Say("u", "my progress");

        reply.Messages.Select(m => m.Text).Should().Contain(t => t.StartsWith("PHQ-9: 2 (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_user_in_a_safety_conversation_who_asks_for_a_peer_stays_with_the_safety_flow()
    {
        using var kit = new CareTestKit(configure: b => b.Services.AddSingleton<IPeerSupporterDirectory>(new Peers()));
        (await kit.Say("u", "I want to kill myself")).Safety.Should().BeTrue();

        var reply = await kit.Say("u", "peer support");

        kit.Handoff.Requests.Should().NotContain(r => r.To == "peer");
        reply.Helplines.Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_user_who_asks_for_a_peer_is_matched_by_language_and_the_peer_is_asked_to_join()
    {
        using var kit = new CareTestKit(configure: b => b.Services.AddSingleton<IPeerSupporterDirectory>(new Peers()));

        var reply = await kit.Say("u", "apoyo entre pares", "es");

        reply.Messages[0].Text.Should().StartWith("Lucía es una persona de apoyo formada");
        kit.Handoff.Requests.Should().ContainSingle().Which.PeerId.Should().Be("lucia");
    }

    [Fact]
    public async Task A_user_whose_recent_messages_were_high_risk_is_offered_a_counsellor_not_a_peer()
    {
        using var kit = new CareTestKit(configure: b => b.Services.AddSingleton<IPeerSupporterDirectory>(new Peers()));
        var conversations = kit.Services.GetRequiredService<WellbeingKit.Conversations.IConversationStore>();
        await conversations.TrySaveAsync(new WellbeingKit.Conversations.ConversationState { UserId = "u", Locale = "en", RecentRisk = [RiskLevel.High] });

        var reply = await kit.Say("u", "peer support");

        reply.Messages[0].Text.Should().StartWith("Right now I think a counsellor");
        kit.Handoff.Requests.Should().ContainSingle().Which.To.Should().Be("counsellor");
    }

    [Fact]
    public async Task Care_data_is_exported_and_erased_with_the_users_data()
    {
        using var kit = new CareTestKit();
        await kit.Say("u", "start check-ins at 9", "en", "UTC");
        (await kit.Store.ExportAsync("u")).Care!.Preferences.Status.Should().Be(CheckInStatus.Active);

        await kit.Store.EraseAsync("u");

        (await kit.Store.ExportAsync("u")).Care.Should().BeNull();
        kit.Time.Advance(TimeSpan.FromDays(1));
        (await kit.Scheduler.RunOnceAsync()).Should().Be(0);
    }

    private sealed class Peers : IPeerSupporterDirectory
    {
        public Task<IReadOnlyList<PeerSupporter>> GetSupportersAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<PeerSupporter>>(
            [
                new PeerSupporter { Id = "sam", DisplayName = "Sam", Languages = ["en"], Available = true },
                new PeerSupporter { Id = "lucia", DisplayName = "Lucía", Languages = ["es"], Available = true },
            ]);
    }
}
