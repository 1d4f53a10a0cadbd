// Shared by WellbeingKit.Tests (through HandleAsync) and WellbeingKit.AspNetCore.Tests (over HTTP): dependencies that can be
// told to throw, cancel themselves, hang or block their thread, so every fail-safe path can be driven on purpose.
using Microsoft.Extensions.Time.Testing;
using WellbeingKit.Conversations;
using WellbeingKit.Emotions;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;

namespace WellbeingKit.Testing;

/// <summary>What a faulty dependency does when it is called.</summary>
public enum FaultKind
{
    /// <summary>It works.</summary>
    None,

    /// <summary>It throws an exception of its own.</summary>
    Throw,

    /// <summary>It throws an <see cref="OperationCanceledException"/> the caller did not ask for (an HttpClient time-out, say).</summary>
    Cancel,

    /// <summary>It never answers and ignores its cancellation token.</summary>
    Hang,

    /// <summary>It blocks its thread until the test ends.</summary>
    Block,
}

/// <summary>The dependency a fault is injected into.</summary>
public enum FaultTarget
{
    /// <summary>A risk detector.</summary>
    Detector,

    /// <summary>The emotion classifier.</summary>
    Classifier,

    /// <summary>The hand-off service.</summary>
    Handoff,

    /// <summary>Reading the conversation.</summary>
    StoreRead,

    /// <summary>Saving the conversation.</summary>
    StoreWrite,
}

/// <summary>The faults currently switched on; dispose it to release every blocked thread.</summary>
public sealed class Faults : IDisposable
{
    /// <summary>Every fault target with every fault kind (but none), for the fault-injection theories.</summary>
    /// <returns>The pairs, target by target.</returns>
    public static TheoryData<FaultTarget, FaultKind> EveryFault()
    {
        var data = new TheoryData<FaultTarget, FaultKind>();
        foreach (var target in Enum.GetValues<FaultTarget>())
        {
            foreach (var kind in Enum.GetValues<FaultKind>().Where(k => k != FaultKind.None))
            {
                data.Add(target, kind);
            }
        }

        return data;
    }

    private readonly ManualResetEventSlim _release = new(false);
    private readonly Dictionary<FaultTarget, FaultKind> _kinds = [];

    private readonly TaskCompletionSource _met = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many calls met a fault.</summary>
    public int Injected { get; private set; }

    /// <summary>Completes when the first call meets a fault: a test that lets a turn run in the background waits for this
    /// before it looks at what the turn did up to the fault (on a loaded machine the turn may not have got there yet).</summary>
    public Task Met => _met.Task;

    public FaultKind this[FaultTarget target]
    {
        get
        {
            lock (_kinds)
            {
                return _kinds.GetValueOrDefault(target);
            }
        }

        set
        {
            lock (_kinds)
            {
                _kinds[target] = value;
            }
        }
    }

    /// <summary>Switches every fault off.</summary>
    public void Clear()
    {
        lock (_kinds)
        {
            _kinds.Clear();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> unless a fault is on for <paramref name="target"/>. A <see cref="FaultKind.Block"/> fault
    /// blocks the calling thread synchronously (the method has not yet awaited anything).
    /// </summary>
    public async Task<T> Call<T>(FaultTarget target, Func<Task<T>> work)
    {
        var kind = this[target];
        if (kind != FaultKind.None)
        {
            lock (_kinds)
            {
                Injected++;
            }

            _met.TrySetResult();
        }

        switch (kind)
        {
            case FaultKind.Throw:
                throw new InvalidOperationException($"injected fault in {target}");
            case FaultKind.Cancel:
                throw new TaskCanceledException($"injected cancellation in {target}");
            case FaultKind.Hang:
                await new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously).Task;
                break;
            case FaultKind.Block:
                _release.Wait();
                break;
        }

        return await work();
    }

    public void Dispose()
    {
        _release.Set();
    }

    /// <summary>Blocked threads are part of these tests: give the thread pool room, so healthy calls are not starved.</summary>
    public static void AllowBlockedThreads() => ThreadPool.SetMinThreads(Math.Max(64, Environment.ProcessorCount * 8), Math.Max(64, Environment.ProcessorCount * 8));

    /// <summary>
    /// Awaits <paramref name="task"/> while moving <paramref name="time"/> forward 100 ms at a time, so the kit's time-outs
    /// (measured on that clock) fire for a dependency that hangs or blocks. Nothing here measures the wall clock.
    /// </summary>
    public static async Task<T> WhileTimePasses<T>(FakeTimeProvider time, Task<T> task)
    {
        while (!task.IsCompleted)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.WhenAny(task, Task.Delay(5));
        }

        return await task;
    }
}

/// <summary>A detector that flags "kill myself" and "want to die" as High, unless a fault is on.</summary>
public sealed class FaultyDetector(Faults faults) : IRiskDetector
{
    private static readonly string[] Phrases = ["kill myself", "want to die", "end my life"];

    public string Name => "faulty";

    // A Block fault blocks synchronously inside this call, before any await: the worst a detector can do.
    public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
        new(faults.Call(FaultTarget.Detector, () => Task.FromResult(Assess(request))));

    private RiskAssessment Assess(RiskScreeningRequest request) =>
        Phrases.Any(p => request.Text.Contains(p, StringComparison.OrdinalIgnoreCase))
            ? new RiskAssessment { Level = RiskLevel.High, Categories = [RiskCategory.SuicidalIdeation], Score = 0.9, Detector = Name }
            : RiskAssessment.None;
}

/// <summary>An emotion classifier that answers neutral, unless a fault is on.</summary>
public sealed class FaultyClassifier(Faults faults) : IEmotionClassifier
{
    public ValueTask<EmotionResult> ClassifyAsync(string text, string? locale, CancellationToken cancellationToken = default) =>
        new(faults.Call(FaultTarget.Classifier, () => Task.FromResult(EmotionResult.Neutral)));
}

/// <summary>A hand-off service that queues every request, unless a fault is on.</summary>
public sealed class FaultyHandoff(Faults faults) : IHandoffService
{
    public ValueTask<HandoffResult> RequestAsync(HandoffRequest request, CancellationToken cancellationToken = default) =>
        new(faults.Call(FaultTarget.Handoff, () => Task.FromResult(new HandoffResult(HandoffStatus.Queued))));
}

/// <summary>A conversation store over another, whose reads and writes can fail.</summary>
public sealed class FaultyStore(IConversationStore inner, Faults faults) : IConversationStore
{
    public Task<ConversationState?> GetAsync(string userId, CancellationToken cancellationToken = default) =>
        faults.Call(FaultTarget.StoreRead, () => inner.GetAsync(userId, cancellationToken));

    public Task<ConversationState?> TrySaveAsync(ConversationState state, CancellationToken cancellationToken = default) =>
        faults.Call(FaultTarget.StoreWrite, () => inner.TrySaveAsync(state, cancellationToken));

    public Task DeleteAsync(string userId, CancellationToken cancellationToken = default) => inner.DeleteAsync(userId, cancellationToken);
}
