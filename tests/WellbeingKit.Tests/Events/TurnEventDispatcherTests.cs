using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using WellbeingKit.Conversations;
using WellbeingKit.Events;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;
using WellbeingKit.Tests.Conversations;

namespace WellbeingKit.Tests.Events;

/// <summary>The one dispatcher of a turn's events: order, isolation of failures, follow-ups, and "once, after the save".</summary>
public sealed class TurnEventDispatcherTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Every_listener_hears_every_event_in_the_order_raised_and_registered()
    {
        var heard = new List<string>();
        var dispatcher = Dispatcher(new Recorder("a", heard), new Recorder("b", heard));

        await dispatcher.DispatchAsync([new ExerciseOffered("u", At, "x"), new JournalWritten("u", At, "text", null)], CancellationToken.None);

        heard.Should().Equal("a:ExerciseOffered", "b:ExerciseOffered", "a:JournalWritten", "b:JournalWritten");
    }

    [Fact]
    public async Task A_listener_that_throws_does_not_stop_the_others()
    {
        var heard = new List<string>();
        var dispatcher = Dispatcher(new Throwing(), new Recorder("b", heard));

        var followUps = await dispatcher.DispatchAsync([new ExerciseOffered("u", At, "x")], CancellationToken.None);

        heard.Should().Equal("b:ExerciseOffered");
        followUps.Should().BeEmpty();
    }

    [Fact]
    public async Task A_follow_up_is_heard_by_every_listener_right_after_the_event_that_caused_it_and_returned()
    {
        var heard = new List<string>();
        var dispatcher = Dispatcher(new Recorder("a", heard), new Answering(), new Recorder("b", heard));
        var request = new HandoffRequest { UserId = "u", At = At, Level = RiskLevel.High };

        var followUps = await dispatcher.DispatchAsync([new HandoffRequested(request), new ExerciseOffered("u", At, "x")], CancellationToken.None);

        heard.Should().Equal("a:HandoffRequested", "b:HandoffRequested", "a:HandoffAnswered", "b:HandoffAnswered", "a:ExerciseOffered", "b:ExerciseOffered");
        followUps.Should().ContainSingle().Which.Should().BeOfType<HandoffAnswered>().Which.Result.Status.Should().Be(HandoffStatus.Queued);
    }

    [Fact]
    public async Task The_callers_cancellation_ends_the_dispatch()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var dispatcher = Dispatcher(new Cancelling());

        var act = () => dispatcher.DispatchAsync([new ExerciseOffered("u", At, "x")], cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_saved_turn_dispatches_its_events_once_after_the_save()
    {
        var seen = new SavedStateProbe();
        using var kit = new TestKit(configure: b => b.Services.AddSingleton<ITurnEventListener>(seen.Listener));
        seen.Store = kit.Store;
        await kit.SayAll("hello", "journal");

        await kit.Say("A quiet walk by the river");

        seen.Journal.Should().ContainSingle().Which.Should().BeTrue("the listener saw the conversation already saved with the entry");
        (await kit.Store.ExportAsync("u1")).Journal.Should().ContainSingle(j => j.Text == "A quiet walk by the river");
    }

    [Fact]
    public async Task A_throwing_listener_stops_neither_the_reply_nor_the_other_listeners()
    {
        using var kit = new TestKit(configure: b => b.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnEventListener, Throwing>()));
        await kit.SayAll("hello", "journal");

        var reply = await kit.Say("Some thoughts for today");

        reply.Messages.Should().NotBeEmpty();
        (await kit.Store.ExportAsync("u1")).Journal.Should().ContainSingle();
    }

    [Fact]
    public async Task The_hand_off_answer_becomes_messages_in_the_reply()
    {
        var handler = new AcceptingHandoff();
        using var kit = new TestKit(configure: b => b.Services.AddSingleton<IHandoffHandler>(handler));
        await kit.Say("I want to kill myself");

        var reply = await kit.Say("handoff");

        reply.Handoff!.Status.Should().Be(HandoffStatus.Queued);
        handler.Requests.Should().ContainSingle().Which.Level.Should().Be(RiskLevel.High);
        reply.Messages.Should().HaveCountGreaterThan(0);
        reply.Safety.Should().BeTrue();
    }

    [Fact]
    public async Task No_events_are_dispatched_for_a_turn_that_failed_to_save()
    {
        var heard = new List<string>();
        using var kit = new TestKit(configure: b =>
        {
            b.Services.AddSingleton<ITurnEventListener>(new Recorder("probe", heard));
            b.Services.AddSingleton<IConversationStore>(sp => new FailingSaves(sp.GetRequiredService<Storage.InMemoryWellbeingStore>()));
        });
        await kit.Store.TrySaveAsync(new ConversationState { UserId = "u1", FlowId = "menu", State = "journal" });

        var act = () => kit.Say("A note that cannot be saved");

        await act.Should().ThrowAsync<InvalidOperationException>();
        heard.Should().BeEmpty("a turn that was not saved did not happen: nothing may be recorded about it");
    }

    [Fact]
    public async Task A_crisis_whose_save_fails_still_dispatches_its_escalation()
    {
        var heard = new List<string>();
        using var kit = new TestKit(configure: b =>
        {
            b.Services.AddSingleton<ITurnEventListener>(new Recorder("probe", heard));
            b.Services.AddSingleton<IConversationStore>(sp => new FailingSaves(sp.GetRequiredService<Storage.InMemoryWellbeingStore>()));
        });

        var reply = await kit.Say("I want to kill myself");

        reply.Safety.Should().BeTrue();
        heard.Should().Contain("probe:Escalated").And.EndWith("probe:TurnCompleted");
    }

    private static TurnEventDispatcher Dispatcher(params ITurnEventListener[] listeners) =>
        new(listeners, NullLogger<TurnEventDispatcher>.Instance);

    private sealed class Recorder(string name, List<string> heard) : ITurnEventListener
    {
        public ValueTask<TurnEvent?> HandleAsync(TurnEvent turnEvent, CancellationToken cancellationToken)
        {
            lock (heard)
            {
                heard.Add(name + ":" + turnEvent.GetType().Name);
            }

            return ValueTask.FromResult<TurnEvent?>(null);
        }
    }

    private sealed class Throwing : ITurnEventListener
    {
        public ValueTask<TurnEvent?> HandleAsync(TurnEvent turnEvent, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("listener broken");
    }

    private sealed class Cancelling : ITurnEventListener
    {
        public ValueTask<TurnEvent?> HandleAsync(TurnEvent turnEvent, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult<TurnEvent?>(null);
        }
    }

    private sealed class Answering : ITurnEventListener
    {
        public ValueTask<TurnEvent?> HandleAsync(TurnEvent turnEvent, CancellationToken cancellationToken) =>
            ValueTask.FromResult<TurnEvent?>(turnEvent is HandoffRequested r ? new HandoffAnswered(r.Request, new HandoffResult(HandoffStatus.Queued)) : null);
    }

    /// <summary>Looks at the stored conversation when a journal entry is heard: was the turn saved first?</summary>
    private sealed class SavedStateProbe
    {
        public SavedStateProbe() => Listener = new ProbeListener(this);

        public ITurnEventListener Listener { get; }

        public Storage.InMemoryWellbeingStore? Store { get; set; }

        public List<bool> Journal { get; } = [];

        private sealed class ProbeListener(SavedStateProbe probe) : ITurnEventListener
        {
            public async ValueTask<TurnEvent?> HandleAsync(TurnEvent turnEvent, CancellationToken cancellationToken)
            {
                if (turnEvent is JournalWritten journal)
                {
                    var state = await probe.Store!.GetAsync(journal.UserId, cancellationToken);
                    probe.Journal.Add(state!.Transcript.Any(l => l.Speaker == Speaker.User && l.Text == journal.Text));
                }

                return null;
            }
        }
    }

    /// <summary>Reads from the in-memory store, fails every save.</summary>
    private sealed class FailingSaves(IConversationStore inner) : IConversationStore
    {
        public Task<ConversationState?> GetAsync(string userId, CancellationToken cancellationToken = default) => inner.GetAsync(userId, cancellationToken);

        public Task<ConversationState?> TrySaveAsync(ConversationState state, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("disk full");

        public Task DeleteAsync(string userId, CancellationToken cancellationToken = default) => inner.DeleteAsync(userId, cancellationToken);
    }
}
