using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Conversations;
using WellbeingKit.Emotions;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;
using WellbeingKit.Storage;
using WellbeingKit.Testing;

namespace WellbeingKit.Tests.Conversations;

/// <summary>
/// Every dependency the engine calls, told to throw, cancel itself, hang or block: a crisis message still gets the safety
/// response with the helplines of the user's country, and no acknowledged turn is lost.
/// </summary>
public sealed class FaultInjectionTests
{
    private const string Crisis = "I want to kill myself";

    static FaultInjectionTests() => Faults.AllowBlockedThreads();

    [Theory]
    [MemberData(nameof(Faults.EveryFault), MemberType = typeof(Faults))]
    public async Task A_crisis_message_gets_the_helplines_of_the_users_country_whatever_fails(FaultTarget target, FaultKind kind)
    {
        using var faults = new Faults();
        using var kit = FaultyKit(faults);
        await kit.Say("hello", country: "GB");
        if (target == FaultTarget.Handoff)
        {
            // The hand-off is asked for after the safety response: the crisis comes first, then the request for a person.
            await kit.Say(Crisis, country: "GB");
        }

        faults[target] = kind;
        var text = target == FaultTarget.Handoff ? "handoff" : Crisis;
        var reply = await Faults.WhileTimePasses(kit.Time, kit.Say(text, country: "GB"));

        reply.Safety.Should().BeTrue();
        reply.Helplines.Select(h => h.Phone).Should().Contain("116 123");
        reply.Messages.Should().Contain(m => m.Text.Contains("116 123", StringComparison.Ordinal));
        faults.Injected.Should().BeGreaterThan(0, "the fault must really have been met");
        if (target == FaultTarget.Handoff)
        {
            reply.Handoff!.Status.Should().Be(HandoffStatus.Unavailable, "the user is told honestly that no person is coming");
        }
    }

    [Theory]
    [MemberData(nameof(Faults.EveryFault), MemberType = typeof(Faults))]
    public async Task No_acknowledged_turn_is_lost_whatever_fails(FaultTarget target, FaultKind kind)
    {
        using var faults = new Faults();
        using var kit = FaultyKit(faults);
        var acknowledged = new List<string>();
        async Task Send(string text)
        {
            var reply = await Faults.WhileTimePasses(kit.Time, kit.Say(text, country: "GB"));
            if (!reply.Warnings.Any(w => w.Contains("unsaved", StringComparison.Ordinal) || w.Contains("without saving", StringComparison.Ordinal)))
            {
                acknowledged.Add(text);
            }
        }

        await Send("hello");
        faults[target] = kind;
        await Send(Crisis);
        if (target == FaultTarget.Handoff)
        {
            await Send("handoff");
        }

        faults.Clear();
        await Send("journal");
        faults.Injected.Should().BeGreaterThan(0);

        var state = await kit.Store.GetAsync("u1");
        var kept = state!.Transcript.Where(l => l.Speaker == Speaker.User).Select(l => l.Text).ToList();
        kept.Should().Contain(acknowledged);
        acknowledged.Should().Contain(["hello", "journal"]);
        if (target is not (FaultTarget.StoreRead or FaultTarget.StoreWrite))
        {
            kept.Should().Contain(Crisis, "with the store healthy, the crisis turn is saved too");
        }
    }

    [Theory]
    [InlineData(FaultTarget.Classifier, FaultKind.Cancel)]
    [InlineData(FaultTarget.Classifier, FaultKind.Hang)]
    [InlineData(FaultTarget.StoreRead, FaultKind.Cancel)]
    public async Task Another_message_fails_with_a_time_out_rather_than_a_cancellation_the_caller_did_not_ask_for(FaultTarget target, FaultKind kind)
    {
        using var faults = new Faults();
        using var kit = FaultyKit(faults);
        faults[target] = kind;

        var act = () => Faults.WhileTimePasses(kit.Time, kit.Say("hello"));

        if (target == FaultTarget.Classifier)
        {
            // The classifier is optional: the message counts as neutral and the turn goes on.
            (await act()).FlowId.Should().Be("menu");
        }
        else
        {
            await act.Should().ThrowAsync<TimeoutException>();
        }
    }

    [Fact]
    public async Task Only_the_callers_own_cancellation_ends_a_turn_without_an_answer()
    {
        using var faults = new Faults();
        using var kit = FaultyKit(faults);
        faults[FaultTarget.StoreRead] = FaultKind.Hang;
        using var cancel = new CancellationTokenSource();

        var turn = kit.Kit.HandleAsync(new UserMessage("u1", Crisis), cancel.Token);
        await cancel.CancelAsync();

        await FluentActions.Awaiting(() => turn).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_hanging_hand_off_does_not_hold_up_another_user_whose_turns_share_its_lock()
    {
        using var faults = new Faults();
        using var kit = FaultyKit(faults);
        var other = SameLockAs("u1");
        await kit.Say(Crisis);
        faults[FaultTarget.Handoff] = FaultKind.Hang;

        // The clock does not move: the hand-off of u1 stays hung for the whole test.
        var hung = kit.Say("handoff");
        await faults.Met.WaitAsync(TimeSpan.FromMinutes(1)); // u1's turn has reached its hand-off (and saved before it)
        var reply = await kit.Say(Crisis, user: other, country: "GB").WaitAsync(TimeSpan.FromMinutes(1));

        reply.Helplines.Select(h => h.Phone).Should().Contain("116 123");
        hung.IsCompleted.Should().BeFalse("u1's hand-off is still waiting");
        (await kit.Store.GetAsync("u1"))!.Transcript.Should().Contain(l => l.Text == "handoff", "u1's turn was saved before the hand-off");
        var answered = await Faults.WhileTimePasses(kit.Time, hung);
        answered.Handoff!.Status.Should().Be(HandoffStatus.Unavailable);
    }

    [Fact]
    public async Task A_crisis_whose_save_keeps_conflicting_is_still_answered()
    {
        var store = new AlwaysConflictingStore();
        using var kit = new TestKit(configure: b => b.Services.AddSingleton<IConversationStore>(store));
        await kit.Say("hello");
        store.Conflict = true;

        var reply = await kit.Say(Crisis, country: "GB");

        reply.Safety.Should().BeTrue();
        reply.Helplines.Select(h => h.Phone).Should().Contain("116 123");
        reply.Warnings.Should().Contain(w => w.Contains("without saving", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_message_whose_save_keeps_conflicting_fails_with_a_conflict()
    {
        var store = new AlwaysConflictingStore();
        using var kit = new TestKit(configure: b => b.Services.AddSingleton<IConversationStore>(store));
        await kit.Say("hello");
        store.Conflict = true;

        var act = () => kit.Say("journal");

        await act.Should().ThrowAsync<ConcurrencyConflictException>();
    }

    [Fact]
    public async Task A_replayed_crisis_message_gets_the_first_reply_again_with_its_helplines()
    {
        using var kit = new TestKit();
        var first = await kit.Kit.HandleAsync(new UserMessage("u1", Crisis) { MessageId = "m-1", Country = "GB" });
        var again = await kit.Kit.HandleAsync(new UserMessage("u1", Crisis) { MessageId = "m-1", Country = "GB" });

        again.Messages.Should().Equal(first.Messages);
        again.Helplines.Should().Equal(first.Helplines).And.NotBeEmpty();
        again.Risk.Level.Should().Be(RiskLevel.High);
        again.Safety.Should().BeTrue();
        (await kit.Store.GetAsync("u1"))!.Transcript.Count(l => l.Text == Crisis).Should().Be(1);
    }

    [Fact]
    public async Task An_over_long_message_is_screened_in_full_and_a_crisis_at_its_end_gets_the_safety_response()
    {
        using var kit = new TestKit(options: o => o.MaxMessageLength = 100);
        var text = string.Concat(Enumerable.Repeat("today was long and tiring. ", 20)) + Crisis;

        var reply = await kit.Say(text, country: "GB");

        reply.Safety.Should().BeTrue();
        reply.Helplines.Select(h => h.Phone).Should().Contain("116 123");
        reply.Messages.Should().Contain(m => m.Text.Contains("shorter parts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_over_long_message_without_a_crisis_is_answered_with_a_request_for_shorter_parts()
    {
        using var kit = new TestKit(options: o => o.MaxMessageLength = 10);
        await kit.Say("hello");

        var reply = await kit.Say("this is far too long for the limit");

        reply.Messages.Should().ContainSingle(m => m.Text.Contains("shorter parts", StringComparison.Ordinal));
        reply.Warnings.Should().Contain(w => w.Contains("MaxMessageLength", StringComparison.Ordinal));
        reply.QuickReplies.Select(q => q.Value).Should().Equal("exercise", "journal");
        (await kit.Store.GetAsync("u1"))!.Version.Should().Be(1, "the conversation does not move");
    }

    [Theory]
    [InlineData("EN", "GBR", "en")]
    [InlineData("en_gb", "gb", "en-GB")]
    [InlineData("Es", "UK", "es")]
    public async Task Loosely_written_locales_and_countries_are_normalised(string locale, string country, string expected)
    {
        using var kit = new TestKit();

        var reply = await kit.Say(Crisis, locale: locale, country: country);

        reply.Locale.Should().Be(expected);
        reply.Helplines.Select(h => h.Phone).Should().Contain("116 123");
        reply.Warnings.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unreadable_locale_country_or_context_is_ignored_with_a_warning_never_refused()
    {
        using var kit = new TestKit(options: o => o.DefaultCountry = "GB");

        var reply = await kit.Kit.HandleAsync(new UserMessage("u1", Crisis) { Locale = "english please", Country = "Narnia", Context = "<script>" });

        reply.Safety.Should().BeTrue();
        reply.Locale.Should().Be("en");
        reply.Helplines.Select(h => h.Phone).Should().Contain("116 123");
        reply.Warnings.Should().HaveCount(3).And.Contain(w => w.Contains("'Narnia'", StringComparison.Ordinal));
    }

    private static TestKit FaultyKit(Faults faults) => new(
        keywordDetector: false,
        configure: b =>
        {
            b.AddRiskDetector(new FaultyDetector(faults));
            b.Services.AddSingleton<IEmotionClassifier>(new FaultyClassifier(faults));
            b.Services.AddSingleton<IHandoffService>(new FaultyHandoff(faults));
            b.Services.AddSingleton<IConversationStore>(sp => new FaultyStore(sp.GetRequiredService<InMemoryWellbeingStore>(), faults));
        });

    /// <summary>A user id whose turns queue on the same lock stripe as <paramref name="userId"/>'s.</summary>
    private static string SameLockAs(string userId)
    {
        static uint Stripe(string id) => (uint)StringComparer.Ordinal.GetHashCode(id) % 64;
        return Enumerable.Range(0, 100_000).Select(i => "other-" + i).First(id => Stripe(id) == Stripe(userId));
    }

    private sealed class AlwaysConflictingStore : IConversationStore
    {
        private readonly InMemoryWellbeingStore _inner = new();

        public bool Conflict { get; set; }

        public Task<ConversationState?> GetAsync(string userId, CancellationToken cancellationToken = default) => _inner.GetAsync(userId, cancellationToken);

        public Task<ConversationState?> TrySaveAsync(ConversationState state, CancellationToken cancellationToken = default) =>
            Conflict ? Task.FromResult<ConversationState?>(null) : _inner.TrySaveAsync(state, cancellationToken);

        public Task DeleteAsync(string userId, CancellationToken cancellationToken = default) => _inner.DeleteAsync(userId, cancellationToken);
    }
}
