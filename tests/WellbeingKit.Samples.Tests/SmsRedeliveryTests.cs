using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Channels.Sms;
using WellbeingKit.Conversations;

namespace WellbeingKit.Samples.Tests;

/// <summary>A gateway delivers again when it got no 200: the person then gets the first reply, and the kit moves once.</summary>
public sealed class SmsRedeliveryTests
{
    private const string Sender = "+447700900456";

    [Fact]
    public async Task When_sending_failed_the_redelivery_gets_the_first_reply_with_its_helplines_and_the_conversation_moves_once()
    {
        var sender = new FailingOnceSender();
        var (app, _) = await SmsGateways.StartAsync(useTestKit: false, more: b => b.Services.AddSingleton<ISmsSender>(sender));
        await using var _ = app;
        using var client = app.Client(user: null);
        var userId = await app.Services.GetRequiredService<ISmsUserIds>().UserIdAsync(Sender, default);
        var store = app.Services.GetRequiredService<IConversationStore>();

        using (var failed = await client.PostAsync("twilio", Sender, "I want to kill myself", "SM-redeliver-1"))
        {
            failed.IsSuccessStatusCode.Should().BeFalse();
        }

        var afterFirst = await store.GetAsync(userId);
        using (var again = await client.PostAsync("twilio", Sender, "I want to kill myself", "SM-redeliver-1"))
        {
            again.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var afterSecond = await store.GetAsync(userId);
        afterFirst!.FlowId.Should().Be("safety");
        afterSecond!.Version.Should().Be(afterFirst.Version);
        sender.Sent.Should().ContainSingle().Which.Text.Should().Be(sender.Failed!.Text).And.Contain("116 123");
    }

    /// <summary>A sender whose gateway refuses the first message (a network error), then accepts.</summary>
    private sealed class FailingOnceSender : ISmsSender
    {
        private readonly List<OutboundSms> _sent = [];

        public OutboundSms? Failed { get; private set; }

        public IReadOnlyList<OutboundSms> Sent
        {
            get
            {
                lock (_sent)
                {
                    return [.. _sent];
                }
            }
        }

        public Task SendAsync(OutboundSms sms, CancellationToken cancellationToken)
        {
            lock (_sent)
            {
                if (Failed is null)
                {
                    Failed = sms;
                    throw new HttpRequestException("The gateway did not answer.");
                }

                _sent.Add(sms);
            }

            return Task.CompletedTask;
        }
    }
}
