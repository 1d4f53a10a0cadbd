using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using WellbeingKit.Care;
using WellbeingKit.Handoff;
using WellbeingKit.Storage;

namespace WellbeingKit.Tests.Care;

/// <summary>The default pack with check-ins, a recording outbound channel and hand-off service, on a fake clock.</summary>
internal sealed class CareTestKit : IDisposable
{
    private readonly ServiceProvider _provider;

    public CareTestKit(DateTimeOffset? start = null, Action<WellbeingKitBuilder>? configure = null, Action<CareOptions>? care = null, Action<IServiceCollection>? services = null)
    {
        Time = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddSingleton<IOutboundChannel>(Channel);
        var builder = collection.AddWellbeingKit(o => o.DefaultCountry = "GB").UseDefaultContent();
        collection.Replace(ServiceDescriptor.Singleton<IHandoffService>(Handoff));
        builder.AddCheckIns<RecordingChannel>(care);
        configure?.Invoke(builder);
        services?.Invoke(collection);
        _provider = collection.BuildServiceProvider();
        Kit = _provider.GetRequiredService<IWellbeingKit>();
        Scheduler = _provider.GetRequiredService<CheckInScheduler>();
        Care = _provider.GetRequiredService<CareService>();
        Store = _provider.GetRequiredService<InMemoryWellbeingStore>();
    }

    public FakeTimeProvider Time { get; }

    public RecordingChannel Channel { get; } = new();

    public RecordingHandoff Handoff { get; } = new();

    public IWellbeingKit Kit { get; }

    public CheckInScheduler Scheduler { get; }

    public CareService Care { get; }

    public InMemoryWellbeingStore Store { get; }

    public IServiceProvider Services => _provider;

    public Task<Reply> Say(string user, string text, string? locale = null, string? timeZone = null) =>
        Kit.HandleAsync(new UserMessage(user, text) { Locale = locale, TimeZone = timeZone });

    /// <summary>Runs the default pack's exercise flow to the end and rates it 4.</summary>
    public async Task FinishAnExerciseAsync(string user)
    {
        var reply = await Say(user, "exercise");
        reply = await Say(user, "calm");
        for (var i = 0; i < 30; i++)
        {
            if (reply.QuickReplies.Any(q => q.Value == "next"))
            {
                reply = await Say(user, "next");
            }
            else if (reply.QuickReplies.Any(q => q.Value == "4"))
            {
                await Say(user, "4");
                return;
            }
            else
            {
                break;
            }
        }

        throw new InvalidOperationException("The exercise flow did not reach its rating question: " + string.Join(" | ", reply.Messages.Select(m => m.Text)));
    }

    /// <summary>Answers the default pack's PHQ-9 with <paramref name="answers"/> (nine values 0-3).</summary>
    public async Task<Reply> AnswerPhq9Async(string user, params int[] answers)
    {
        var reply = await Say(user, "phq9");
        foreach (var answer in answers)
        {
            reply = await Say(user, answer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return reply;
    }

    public void Dispose() => _provider.Dispose();
}

/// <summary>Records what the scheduler sends.</summary>
internal sealed class RecordingChannel : IOutboundChannel
{
    public ConcurrentQueue<(OutboundMessage Message, string Host)> Sent { get; } = new();

    public string Host { get; set; } = "host";

    public Task SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue((message, Host));
        return Task.CompletedTask;
    }
}

/// <summary>Records hand-off requests and queues them.</summary>
internal sealed class RecordingHandoff : IHandoffService
{
    public ConcurrentQueue<HandoffRequest> Requests { get; } = new();

    public ValueTask<HandoffResult> RequestAsync(HandoffRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        return ValueTask.FromResult(new HandoffResult(HandoffStatus.Queued));
    }
}
