using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WellbeingKit.Channels.Sms;
using WellbeingKit.Conversations;

namespace WellbeingKit.Samples.Tests;

/// <summary>Long messages Vonage's SMS API delivers part by part: the kit gets the whole text, in order, once.</summary>
public sealed class SmsLongMessageTests
{
    private const string Sender = "+447700900321";

    [Fact]
    public async Task A_crisis_text_in_three_parts_arriving_out_of_order_reaches_the_safety_flow_once()
    {
        var (app, sender) = await SmsGateways.StartAsync(useTestKit: false);
        await using var _ = app;
        using var client = app.Client(user: null);

        foreach (var (text, id, part) in new[] { ("myself", "p-3", 3), ("I want to ", "p-1", 1), ("kill ", "p-2", 2) })
        {
            using var request = SmsGateways.VonagePart(Sender, text, id, "A7", part, 3);
            (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var userId = await app.Services.GetRequiredService<ISmsUserIds>().UserIdAsync(Sender, default);
        var state = await app.Services.GetRequiredService<IConversationStore>().GetAsync(userId);
        state!.FlowId.Should().Be("safety");
        state.Transcript.Where(l => l.Speaker == Speaker.User).Select(l => l.Text).Should().Equal("I want to kill myself");
        sender.Sent.Should().ContainSingle().Which.Text.Should().Contain("116 123");
    }

    [Fact]
    public async Task No_reply_goes_out_while_parts_are_missing_and_a_part_delivered_again_changes_nothing()
    {
        var kit = new RecordingKit();
        var (app, sender) = await SmsGateways.StartAsync(more: b => b.Services.AddSingleton<IWellbeingKit>(kit));
        await using var _ = app;
        using var client = app.Client(user: null);

        using (var first = SmsGateways.VonagePart(Sender, "hello ", "q-1", "B2", 1, 2))
        {
            (await (await client.SendAsync(first)).Content.ReadAsStringAsync()).Should().Contain("\"waiting\":true");
        }

        sender.Sent.Should().BeEmpty();
        using (var second = SmsGateways.VonagePart(Sender, "there", "q-2", "B2", 2, 2))
        {
            (await client.SendAsync(second)).EnsureSuccessStatusCode();
        }

        using (var again = SmsGateways.VonagePart(Sender, "hello ", "q-1", "B2", 1, 2))
        {
            (await (await client.SendAsync(again)).Content.ReadAsStringAsync()).Should().Contain("\"duplicate\":true");
        }

        sender.Sent.Should().ContainSingle();
        kit.Messages.Select(m => m.Text).Should().Equal("hello there");
    }

    [Fact]
    public async Task When_a_part_never_comes_what_came_is_screened_and_answered_after_the_wait()
    {
        var (app, sender) = await SmsGateways.StartAsync(useTestKit: false);
        await using var _ = app;
        using var client = app.Client(user: null);
        using (var first = SmsGateways.VonagePart(Sender, "I want to kill myself tonight and", "r-1", "C3", 1, 2))
        {
            (await client.SendAsync(first)).EnsureSuccessStatusCode();
        }

        var flusher = app.Services.GetServices<IHostedService>().OfType<SmsPartFlusher>().Single();
        await flusher.FlushAsync(DateTimeOffset.UtcNow.AddMinutes(2), default);

        var userId = await app.Services.GetRequiredService<ISmsUserIds>().UserIdAsync(Sender, default);
        (await app.Services.GetRequiredService<IConversationStore>().GetAsync(userId))!.FlowId.Should().Be("safety-imminent", "'tonight' makes it an imminent crisis, which has its own safety flow");
        sender.Sent.Should().ContainSingle().Which.Text.Should().Contain("116 123");
    }
}
