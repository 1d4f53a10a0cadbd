using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Risk;
using WellbeingKit.Safety;
using WellbeingKit.Storage;
using WellbeingKit.UserData;
using Xunit.Abstractions;

namespace WellbeingKit.Testing;

/// <summary>The behaviour every store must have; one subclass per store (in-memory, SQLite, PostgreSQL).</summary>
public abstract class StoreContractTests(ITestOutputHelper output)
{
    protected static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 30, 0, 123, TimeSpan.Zero);

    protected FakeTimeProvider Time { get; } = new(T0);

    protected ITestOutputHelper Output { get; } = output;

    /// <summary>The name printed with the measured figures.</summary>
    protected abstract string StoreName { get; }

    /// <summary>Opens an independent instance over this test's database (its own connections); every call shares the same data.</summary>
    protected abstract Task<TestStore> OpenStoreAsync();

    [Fact]
    public async Task Unknown_user_has_no_conversation()
    {
        await using var store = await OpenStoreAsync();
        (await store.Conversations.GetAsync("nobody")).Should().BeNull();
    }

    [Fact]
    public async Task A_new_conversation_is_stored_at_version_one_and_reads_back_whole()
    {
        await using var store = await OpenStoreAsync();
        var state = NewState("u1") with
        {
            Locale = "es",
            Country = "MX",
            FlowId = "check-in",
            State = "ask-mood",
            Suspended = [new SuspendedFlow("breathing", "step-2")],
            Calls = [new FlowCall("menu", "bye", "check-in")],
            Variables = new Dictionary<string, string> { ["answer"] = "tired of everything lately" },
            Transcript = [new TranscriptLine(Speaker.User, "hola", T0), new TranscriptLine(Speaker.Kit, "¿Cómo estás?", T0)],
            RecentRisk = [RiskLevel.None, RiskLevel.Low],
            RecentTurnIds = ["t1"],
            PackVersion = "1.2.0",
        };

        var saved = await store.Conversations.TrySaveAsync(state);

        saved!.Version.Should().Be(1);
        var read = await store.Conversations.GetAsync("u1");
        read.Should().BeEquivalentTo(state with { Version = 1 });
    }

    [Fact]
    public async Task A_save_at_the_current_version_increments_it()
    {
        await using var store = await OpenStoreAsync();
        var v1 = await store.Conversations.TrySaveAsync(NewState("u1"));

        var v2 = await store.Conversations.TrySaveAsync(v1! with { State = "next" });

        v2!.Version.Should().Be(2);
        (await store.Conversations.GetAsync("u1"))!.State.Should().Be("next");
    }

    [Fact]
    public async Task A_save_at_a_stale_version_is_refused_and_changes_nothing()
    {
        await using var store = await OpenStoreAsync();
        var v1 = await store.Conversations.TrySaveAsync(NewState("u1"));
        await store.Conversations.TrySaveAsync(v1! with { State = "first-writer" });

        var late = await store.Conversations.TrySaveAsync(v1 with { State = "second-writer" });

        late.Should().BeNull();
        (await store.Conversations.GetAsync("u1"))!.State.Should().Be("first-writer");
    }

    [Fact]
    public async Task A_second_new_conversation_for_the_same_user_is_refused()
    {
        await using var store = await OpenStoreAsync();
        await store.Conversations.TrySaveAsync(NewState("u1") with { State = "first" });

        var second = await store.Conversations.TrySaveAsync(NewState("u1") with { State = "second" });

        second.Should().BeNull();
        (await store.Conversations.GetAsync("u1"))!.State.Should().Be("first");
    }

    [Fact]
    public async Task Deleting_a_conversation_removes_it()
    {
        await using var store = await OpenStoreAsync();
        await store.Conversations.TrySaveAsync(NewState("u1"));

        await store.Conversations.DeleteAsync("u1");

        (await store.Conversations.GetAsync("u1")).Should().BeNull();
    }

    [Fact]
    public async Task The_export_holds_every_kind_of_entry_decrypted()
    {
        await using var store = await OpenStoreAsync();
        await WriteEverythingAsync(store, "u1", "my private words");

        var export = await store.Data.ExportAsync("u1");

        export.UserId.Should().Be("u1");
        export.Moods.Should().BeEquivalentTo([new MoodEntry("u1", T0, 2, "note: my private words", "sadness")]);
        export.Journal.Should().BeEquivalentTo([new JournalEntry("u1", T0.AddMinutes(1), "journal: my private words", null)]);
        export.Feedback.Should().BeEquivalentTo([new ExerciseFeedback("u1", T0.AddMinutes(2), "box-breathing", ExerciseOutcome.Completed, 4, "class")]);
        export.Questionnaires.Should().BeEquivalentTo([new QuestionnaireResult("u1", T0.AddMinutes(3), "phq9", 7, "mild", [1, 1, 1, 1, 1, 1, 1, 0, 0])]);
        export.Conversation!.Transcript.Should().ContainSingle(l => l.Text == "transcript: my private words");
        export.Audit.Should().BeEquivalentTo([new AuditEvent("u1", T0.AddMinutes(4), AuditEventKind.Escalation, RiskLevel.High, [RiskCategory.SuicidalIdeation])]);
        export.SafetyPlan!.Sections[SafetyPlanSections.ReasonsForLiving].Should().Equal("plan: my private words", "my dog");
        export.SafetyPlan.UpdatedAt.Should().Be(T0.AddMinutes(5));
    }

    [Fact]
    public async Task Writing_one_section_of_a_safety_plan_keeps_the_others()
    {
        await using var store = await OpenStoreAsync();
        var plans = Plans(store);
        await plans.SetSafetyPlanSectionAsync("u1", SafetyPlanSections.WarningSigns, ["not sleeping", "skipping meals"], T0, default);
        await plans.SetSafetyPlanSectionAsync("u1", SafetyPlanSections.PeopleToAsk, ["Ana"], T0.AddMinutes(1), default);

        var changed = await plans.SetSafetyPlanSectionAsync("u1", SafetyPlanSections.WarningSigns, ["staying in bed"], T0.AddMinutes(2), default);

        var read = await plans.GetSafetyPlanAsync("u1", default);
        read.Should().BeEquivalentTo(changed);
        read!.Sections.Keys.Should().Equal(SafetyPlanSections.WarningSigns, SafetyPlanSections.PeopleToAsk);
        read.Sections[SafetyPlanSections.WarningSigns].Should().Equal("staying in bed");
        read.Sections[SafetyPlanSections.PeopleToAsk].Should().Equal("Ana");
        read.UpdatedAt.Should().Be(T0.AddMinutes(2));
        (await plans.GetSafetyPlanAsync("u2", default)).Should().BeNull();
    }

    [Fact]
    public async Task Sections_of_a_safety_plan_written_at_once_are_all_kept()
    {
        await using var store = await OpenStoreAsync();
        var plans = Plans(store);

        await Task.WhenAll(SafetyPlanSections.All.Select((section, i) => Task.Run(() => plans.SetSafetyPlanSectionAsync("u1", section, ["item " + i], T0, default))));

        (await plans.GetSafetyPlanAsync("u1", default))!.Sections.Keys.Should().BeEquivalentTo(SafetyPlanSections.All);
    }

    [Fact]
    public async Task A_safety_plan_section_that_does_not_exist_is_refused_with_the_sections_named()
    {
        await using var store = await OpenStoreAsync();

        var act = () => Plans(store).SetSafetyPlanSectionAsync("u1", "hobbies", ["chess"], T0, default);

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*'hobbies'*warning_signs*reasons_for_living*");
        (await Plans(store).GetSafetyPlanAsync("u1", default)).Should().BeNull();
    }

    [Fact]
    public async Task The_export_holds_the_users_audit_events_and_no_one_elses()
    {
        await using var store = await OpenStoreAsync();
        await store.Audit.RecordAsync(new AuditEvent("u1", T0.AddMinutes(1), AuditEventKind.HandoffAnswered, RiskLevel.High, [], "queued"));
        await store.Audit.RecordAsync(new AuditEvent("u2", T0, AuditEventKind.Escalation, RiskLevel.Moderate, []));
        await store.Audit.RecordAsync(new AuditEvent("u1", T0, AuditEventKind.Escalation, RiskLevel.High, [RiskCategory.SelfHarm]));

        var export = await store.Data.ExportAsync("u1");

        export.Audit.Select(e => (e.Kind, e.At)).Should().Equal((AuditEventKind.Escalation, T0), (AuditEventKind.HandoffAnswered, T0.AddMinutes(1)));
    }

    [Fact]
    public async Task Erasing_a_user_with_more_rows_than_one_batch_removes_every_row()
    {
        await using var store = await OpenStoreAsync();
        for (var i = 0; i < 450; i++)
        {
            await store.Audit.RecordAsync(new AuditEvent("many", T0.AddSeconds(i), AuditEventKind.Escalation, RiskLevel.High, []));
        }

        await store.Data.AddFeedbackAsync(new ExerciseFeedback("other", T0, "grounding", ExerciseOutcome.Completed, 5, null));

        await store.Data.EraseAsync("many");

        (await store.Data.ExportAsync("many")).Audit.Should().BeEmpty();
        (await store.Data.GetFeedbackAsync("other")).Should().ContainSingle();
    }

    [Fact]
    public async Task Feedback_is_read_per_user_and_across_users_since_a_time()
    {
        await using var store = await OpenStoreAsync();
        await store.Data.AddFeedbackAsync(new ExerciseFeedback("u1", T0, "grounding", ExerciseOutcome.Abandoned, null, null));
        await store.Data.AddFeedbackAsync(new ExerciseFeedback("u2", T0.AddHours(1), "grounding", ExerciseOutcome.Completed, 5, "workplace"));
        await store.Data.AddFeedbackAsync(new ExerciseFeedback("u1", T0.AddHours(2), "breathing", ExerciseOutcome.Offered, null, null));

        (await store.Data.GetFeedbackAsync("u1")).Select(f => f.ExerciseId).Should().Equal("grounding", "breathing");
        (await store.Data.GetAllFeedbackAsync(T0.AddMinutes(30))).Select(f => f.UserId).Should().Equal("u2", "u1");
    }

    [Fact]
    public async Task Questionnaire_results_are_read_oldest_first()
    {
        await using var store = await OpenStoreAsync();
        await store.Data.AddQuestionnaireResultAsync(new QuestionnaireResult("u1", T0.AddDays(7), "gad7", 3, "minimal", [0, 1, 0, 1, 0, 1, 0]));
        await store.Data.AddQuestionnaireResultAsync(new QuestionnaireResult("u1", T0, "phq9", 12, "moderate", [2, 2, 1, 1, 2, 1, 1, 2, 0]));

        var results = await store.Data.GetQuestionnaireResultsAsync("u1");

        results.Select(r => r.QuestionnaireId).Should().Equal("phq9", "gad7");
        results[0].Answers.Should().Equal(2, 2, 1, 1, 2, 1, 1, 2, 0);
    }

    [Fact]
    public async Task Erasing_a_user_removes_all_their_data_and_keeps_everyone_elses()
    {
        await using var store = await OpenStoreAsync();
        await WriteEverythingAsync(store, "erased", "gone soon");
        await WriteEverythingAsync(store, "kept", "still here");

        await store.Data.EraseAsync("erased");

        var erased = await store.Data.ExportAsync("erased");
        erased.Moods.Should().BeEmpty();
        erased.Journal.Should().BeEmpty();
        erased.Feedback.Should().BeEmpty();
        erased.Questionnaires.Should().BeEmpty();
        erased.Conversation.Should().BeNull();
        erased.SafetyPlan.Should().BeNull();
        (await Plans(store).GetSafetyPlanAsync("erased", default)).Should().BeNull();
        var kept = await store.Data.ExportAsync("kept");
        kept.SafetyPlan!.Sections[SafetyPlanSections.ReasonsForLiving][0].Should().Be("plan: still here");
        kept.Journal.Should().ContainSingle().Which.Text.Should().Be("journal: still here");
        kept.Conversation.Should().NotBeNull();
        var audit = await store.Audit.ReadAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        audit.Should().Contain(e => e.UserId == "kept");
        audit.Should().NotContain(e => e.UserId == "erased");
    }

    [Fact]
    public async Task Audit_events_are_read_back_by_time_range_without_message_text()
    {
        await using var store = await OpenStoreAsync();
        var escalation = new AuditEvent("u1", T0, AuditEventKind.Escalation, RiskLevel.High, [RiskCategory.SelfHarm, RiskCategory.SuicidalIdeation]);
        var handoff = new AuditEvent("u1", T0.AddMinutes(5), AuditEventKind.HandoffAnswered, RiskLevel.High, [], "queued");
        await store.Audit.RecordAsync(handoff);
        await store.Audit.RecordAsync(escalation);
        await store.Audit.RecordAsync(escalation with { At = T0.AddDays(2) });

        var events = await store.Audit.ReadAsync(T0, T0.AddHours(1));

        events.Should().BeEquivalentTo([escalation, handoff], o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Concurrent_turns_from_two_instances_lose_nothing_and_duplicate_nothing()
    {
        const int users = 200;
        const int turns = 10_000;
        const int workersPerInstance = 8;
        await using var first = await OpenStoreAsync();
        await using var second = await OpenStoreAsync();
        var next = -1;
        var conflicts = 0;
        var clock = Stopwatch.StartNew();

        async Task Worker(IConversationStore store, int seed)
        {
            var random = new Random(seed);
            int turn;
            while ((turn = Interlocked.Increment(ref next)) < turns)
            {
                var userId = $"user-{random.Next(users):D3}";
                var line = new TranscriptLine(Speaker.User, $"turn-{turn:D5}", T0);
                while (true)
                {
                    var state = await store.GetAsync(userId) ?? NewState(userId);
                    var saved = await store.TrySaveAsync(state with { Transcript = [.. state.Transcript, line] });
                    if (saved is not null)
                    {
                        break;
                    }

                    Interlocked.Increment(ref conflicts);
                }
            }
        }

        var workers = Enumerable.Range(0, workersPerInstance * 2)
            .Select(i => Task.Run(() => Worker(i % 2 == 0 ? first.Conversations : second.Conversations, i)))
            .ToArray();
        await Task.WhenAll(workers);
        clock.Stop();

        var seen = new ConcurrentBag<string>();
        long versions = 0;
        for (var u = 0; u < users; u++)
        {
            var state = await first.Conversations.GetAsync($"user-{u:D3}");
            if (state is null)
            {
                continue;
            }

            state.Version.Should().Be(state.Transcript.Count, "each successful save adds exactly one line");
            versions += state.Version;
            foreach (var line in state.Transcript)
            {
                seen.Add(line.Text);
            }
        }

        var ordered = seen.Order(StringComparer.Ordinal).ToList();
        ordered.Distinct().Should().HaveCount(turns, "no turn is duplicated");
        ordered.Should().Equal(Enumerable.Range(0, turns).Select(t => $"turn-{t:D5}"), "every turn is there exactly once");
        versions.Should().Be(turns);
        Output.WriteLine(
            $"{StoreName}: {turns} turns, {users} users, 2 instances x {workersPerInstance} workers: {clock.Elapsed.TotalSeconds:F1} s, "
            + $"{turns / clock.Elapsed.TotalSeconds:F0} turns/s, {conflicts} version conflicts retried");
    }

    protected static ConversationState NewState(string userId)
        => new() { UserId = userId, CreatedAt = T0, UpdatedAt = T0, Locale = "en" };

    protected static async Task WriteEverythingAsync(TestStore store, string userId, string words)
    {
        await store.Data.AddMoodAsync(new MoodEntry(userId, T0, 2, "note: " + words, "sadness"));
        await store.Data.AddJournalAsync(new JournalEntry(userId, T0.AddMinutes(1), "journal: " + words, null));
        await store.Data.AddFeedbackAsync(new ExerciseFeedback(userId, T0.AddMinutes(2), "box-breathing", ExerciseOutcome.Completed, 4, "class"));
        await store.Data.AddQuestionnaireResultAsync(new QuestionnaireResult(userId, T0.AddMinutes(3), "phq9", 7, "mild", [1, 1, 1, 1, 1, 1, 1, 0, 0]));
        await store.Audit.RecordAsync(new AuditEvent(userId, T0.AddMinutes(4), AuditEventKind.Escalation, RiskLevel.High, [RiskCategory.SuicidalIdeation]));
        var state = NewState(userId) with
        {
            Transcript = [new TranscriptLine(Speaker.User, "transcript: " + words, T0)],
            Variables = new Dictionary<string, string> { ["free_text"] = "answer: " + words },
        };
        (await store.Conversations.TrySaveAsync(state)).Should().NotBeNull();
        await Plans(store).SetSafetyPlanSectionAsync(userId, SafetyPlanSections.ReasonsForLiving, ["plan: " + words, "my dog"], T0.AddMinutes(5), default);
    }

    /// <summary>The store's safety plans (the in-memory store keeps them beside its other records).</summary>
    private protected static ISafetyPlanStore Plans(TestStore store) => store.Data switch
    {
        InMemoryWellbeingStore memory => memory.Plans,
        ISafetyPlanStore plans => plans,
        _ => throw new InvalidOperationException($"{store.Data.GetType().Name} keeps no safety plans."),
    };
}
