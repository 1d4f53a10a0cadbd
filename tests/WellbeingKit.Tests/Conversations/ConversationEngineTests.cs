using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.Handoff;
using WellbeingKit.Privacy;
using WellbeingKit.Risk;
using WellbeingKit.Safety;
using WellbeingKit.UserData;

namespace WellbeingKit.Tests.Conversations;

public sealed class ConversationEngineTests
{
    private static string AllText(Reply reply) => string.Join("\n", reply.Messages.Select(m => m.Text));

    [Fact]
    public async Task A_new_user_is_greeted_by_the_start_flow()
    {
        using var kit = new TestKit();
        var reply = await kit.Say("hi there");
        AllText(reply).Should().Contain("Hello, I'm WellbeingKit.");
        reply.QuickReplies.Select(q => q.Value).Should().Equal("exercise", "journal");
        reply.FlowId.Should().Be("menu");
    }

    [Fact]
    public async Task A_trigger_starts_its_flow()
    {
        using var kit = new TestKit();
        var reply = await kit.Say("I'd like to breathe");
        reply.FlowId.Should().Be("breathing");
        AllText(reply).Should().Contain("Box breathing").And.Contain("Step 1 of 3: Breathe in for four.");
        reply.QuickReplies.Select(q => q.Value).Should().Equal("next", "stop");
    }

    [Fact]
    public async Task A_quick_reply_label_is_accepted_without_case_or_accents()
    {
        using var kit = new TestKit();
        await kit.Say("hola", locale: "es");
        var reply = await kit.Say("un EJERCÍCIO", locale: "es");
        reply.FlowId.Should().Be("menu");
        reply.State.Should().Be("exercise");
    }

    [Fact]
    public async Task Free_text_where_a_quick_reply_was_expected_is_asked_again_with_the_options()
    {
        using var kit = new TestKit();
        await kit.Say("hello");
        var reply = await kit.Say("the weather is nice");
        AllText(reply).Should().Contain("Please choose one of these options");
        reply.QuickReplies.Select(q => q.Value).Should().Equal("exercise", "journal");
        reply.State.Should().Be("choose");
    }

    [Fact]
    public async Task An_exercise_is_guided_one_step_per_turn_and_its_rating_is_recorded()
    {
        using var kit = new TestKit();
        await kit.Say("breathe");
        await kit.Say("next");
        var last = await kit.Say("next");
        AllText(last).Should().Contain("Breathe out for four.");
        var rating = await kit.Say("next");
        AllText(rating).Should().Contain("You finished Box breathing.").And.Contain("Did this help?");
        rating.QuickReplies.Select(q => q.Value).Should().Contain(["1", "5"]);
        var done = await kit.Say("4");
        AllText(done).Should().Contain("Well done.");
        var feedback = await kit.Store.GetFeedbackAsync("u1");
        feedback.Should().ContainSingle().Which.Should().Match<ExerciseFeedback>(f =>
            f.ExerciseId == "box-breathing" && f.Outcome == ExerciseOutcome.Completed && f.Rating == 4);
    }

    [Fact]
    public async Task Stopping_an_exercise_records_it_as_abandoned()
    {
        using var kit = new TestKit();
        await kit.SayAll("breathe", "next", "stop");
        var feedback = await kit.Store.GetFeedbackAsync("u1");
        feedback.Should().ContainSingle().Which.Outcome.Should().Be(ExerciseOutcome.Abandoned);
    }

    [Fact]
    public async Task Crisis_message_interrupts_an_active_exercise()
    {
        using var kit = new TestKit();
        await kit.SayAll("breathe", "next");
        var reply = await kit.Say("I want to die");
        reply.Safety.Should().BeTrue();
        reply.FlowId.Should().Be(BuiltInFlows.SafetyFlowId);
        reply.Helplines.Should().NotBeEmpty();
        reply.QuickReplies.Should().Contain(q => q.Value == BuiltInFlows.HandoffValue);
        reply.Messages.Should().Contain(m => m.Kind == ReplyKind.Safety);
    }

    [Fact]
    public async Task A_crisis_typed_where_a_quick_reply_was_expected_gets_the_safety_response()
    {
        using var kit = new TestKit();
        await kit.Say("hello");
        var reply = await kit.Say("i want to die");
        reply.Safety.Should().BeTrue();
        AllText(reply).Should().NotContain("Please choose one of these options");
    }

    [Fact]
    public async Task A_crisis_in_a_journal_capture_gets_the_safety_response_first()
    {
        using var kit = new TestKit();
        await kit.SayAll("hello", "journal");
        var reply = await kit.Say("I want to end my life");
        reply.Safety.Should().BeTrue();
        (await kit.Store.ExportAsync("u1")).Journal.Should().BeEmpty();
    }

    [Fact]
    public async Task User_can_resume_the_exercise_after_the_safety_flow()
    {
        using var kit = new TestKit();
        await kit.SayAll("breathe", "next", "I want to die");
        var end = await kit.Say("safe");
        AllText(end).Should().Contain("continue where we left off");
        var resumed = await kit.Say("yes");
        resumed.FlowId.Should().Be("breathing");
        AllText(resumed).Should().Contain("Let's pick up where we left off.").And.Contain("Step 2 of 3: Hold for four.");
        resumed.Safety.Should().BeFalse();
    }

    [Fact]
    public async Task Declining_to_resume_drops_the_suspended_flow()
    {
        using var kit = new TestKit();
        await kit.SayAll("breathe", "I want to die", "safe");
        var reply = await kit.Say("no");
        reply.FlowId.Should().BeNull();
        (await kit.Store.GetAsync("u1"))!.Suspended.Should().BeEmpty();
    }

    [Fact]
    public async Task Safety_flow_cannot_be_disabled_by_content()
    {
        var empty = new ContentPack { Manifest = new PackManifest { Id = "empty", Version = "1", DefaultLocale = "en" } };
        using var kit = new TestKit(empty);
        var reply = await kit.Say("I want to die", locale: "es");
        reply.Safety.Should().BeTrue();
        reply.Helplines.Should().ContainSingle().Which.Url.Should().Be("https://findahelpline.com");
        AllText(reply).Should().Contain("¿Estás a salvo ahora mismo?");
        reply.QuickReplies.Should().Contain(q => q.Value == BuiltInFlows.HandoffValue);
    }

    [Fact]
    public async Task An_invalid_safety_flow_in_the_pack_is_replaced_by_the_built_in_one()
    {
        var weak = FixturePack.Flow("weak", "bye", [], new() { ["bye"] = new() { Type = FlowStepType.End } });
        using var kit = new TestKit(FixturePack.Create(safetyFlow: "weak", extraFlows: new Dictionary<string, FlowDefinition> { ["weak"] = weak }));
        var reply = await kit.Say("I want to die");
        reply.FlowId.Should().Be(BuiltInFlows.SafetyFlowId);
        reply.Helplines.Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_pack_safety_flow_that_asks_first_still_shows_helplines_before_the_question_and_offers_a_person()
    {
        var asksFirst = FixturePack.Flow("care", "ask", [], new()
        {
            ["ask"] = new()
            {
                Type = FlowStepType.Question,
                Say = ["menu.ask"],
                Options = [new FlowOption { Value = "yes", Label = "mood.5", Next = "lines" }, new FlowOption { Value = "no", Label = "mood.1", Next = "person" }],
            },
            ["lines"] = new() { Type = FlowStepType.Helplines, Next = "end" },
            ["person"] = new() { Type = FlowStepType.Handoff, Next = "end" },
            ["end"] = new() { Type = FlowStepType.End },
        });
        using var kit = new TestKit(FixturePack.Create(safetyFlow: "care", extraFlows: new Dictionary<string, FlowDefinition> { ["care"] = asksFirst }));
        var reply = await kit.Kit.HandleAsync(new UserMessage("u1", "I want to die") { Country = "GB" });
        reply.FlowId.Should().Be("care");
        var texts = reply.Messages.Select(m => m.Text).ToList();
        texts.FindIndex(t => t.Contains("116 123", StringComparison.Ordinal)).Should().BeLessThan(texts.IndexOf("What would you like to do?")).And.BeGreaterThan(-1);
        reply.Helplines.Select(h => h.Name).Should().Equal("Samaritans", "International directory");
        reply.QuickReplies.Select(q => q.Value).Should().Equal("yes", "no", BuiltInFlows.HandoffValue, "help");
        var person = await kit.Say("handoff");
        person.Handoff.Should().NotBeNull();
    }

    [Fact]
    public async Task A_broken_pack_still_answers_a_crisis_with_helplines()
    {
        using var kit = new TestKit(configure: b => b.Services.AddSingleton<IContentSource, ThrowingContentSource>());
        var reply = await kit.Say("I want to die");
        reply.Safety.Should().BeTrue();
        reply.Helplines.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Helplines_are_shown_for_the_users_country_then_the_international_ones()
    {
        using var kit = new TestKit();
        var reply = await kit.Kit.HandleAsync(new UserMessage("u1", "ya no quiero vivir") { Locale = "es", Country = "ES" });
        reply.Helplines.Select(h => h.Name).Should().Equal("Línea 024", "International directory");
        AllText(reply).Should().Contain("024");
        reply.Locale.Should().Be("es");
    }

    [Fact]
    public async Task A_throwing_detector_escalates_the_turn()
    {
        using var kit = new TestKit(configure: b => b.AddRiskDetector(new ThrowingDetector()));
        var reply = await kit.Say("hello");
        reply.Safety.Should().BeTrue();
        reply.Risk.EscalatedOnFailure.Should().BeTrue();
    }

    [Fact]
    public async Task Escalations_and_hand_offs_are_audited_without_message_text()
    {
        using var kit = new TestKit();
        await kit.SayAll("I want to die", "handoff");
        var events = await kit.Store.ReadAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        events.Select(e => e.Kind).Should().Equal(AuditEventKind.Escalation, AuditEventKind.HandoffRequested, AuditEventKind.HandoffAnswered);
        events.Should().OnlyContain(e => e.Detail == null || !e.Detail.Contains("die", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_no_person_available_the_reply_says_so_honestly()
    {
        using var kit = new TestKit();
        await kit.Say("I want to die");
        var reply = await kit.Say("handoff");
        reply.Handoff!.Status.Should().Be(HandoffStatus.Unavailable);
        AllText(reply).Should().Contain("no person from the team is available");
    }

    [Fact]
    public async Task The_hand_off_answer_comes_before_what_the_flow_says_next()
    {
        using var kit = new TestKit();
        await kit.Say("I want to die");
        var reply = await kit.Say("not-safe");
        var texts = reply.Messages.Select(m => m.Text).ToList();
        texts.FindIndex(t => t.Contains("no person is available", StringComparison.Ordinal))
            .Should().BeLessThan(texts.FindIndex(t => t.Contains("I'm still here", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_handoff_state_with_text_offers_a_person_before_asking_for_one()
    {
        var offer = FixturePack.Flow("talk", "offer", new() { ["en"] = ["talk"] }, new()
        {
            ["offer"] = new() { Type = FlowStepType.Handoff, Say = ["menu.ask"], Next = "bye" },
            ["bye"] = new() { Type = FlowStepType.End, Say = ["menu.bye"] },
        });
        using var kit = new TestKit(FixturePack.Create(extraFlows: new Dictionary<string, FlowDefinition> { ["talk"] = offer }), b => b.AddHandoffHandler<AcceptingHandoff>());
        var offered = await kit.Say("talk");
        offered.QuickReplies.Select(q => q.Value).Should().Equal(BuiltInFlows.HandoffValue, "no-thanks");
        offered.Handoff.Should().BeNull();
        var declined = await kit.Say("No, thanks");
        declined.Handoff.Should().BeNull();
        AllText(declined).Should().Contain("Take care.");
        (await kit.Store.ReadAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_registered_handoff_handler_queues_the_request()
    {
        using var kit = new TestKit(configure: b => b.AddHandoffHandler<AcceptingHandoff>());
        await kit.Say("I want to die");
        var reply = await kit.Say("Talk to a person");
        reply.Handoff!.Status.Should().Be(HandoffStatus.Queued);
        AllText(reply).Should().Contain("I've asked a person");
    }

    [Fact]
    public async Task Phq9_item_9_above_zero_starts_the_safety_flow()
    {
        using var kit = new TestKit();
        await kit.Say("phq9");
        for (var i = 0; i < 8; i++)
        {
            await kit.Say("0");
        }

        var reply = await kit.Say("1");
        reply.Safety.Should().BeTrue();
        reply.Helplines.Should().NotBeEmpty();
        var results = await kit.Store.GetQuestionnaireResultsAsync("u1");
        results.Should().ContainSingle().Which.Score.Should().Be(1);
    }

    [Theory]
    [InlineData(0, "minimal")]
    [InlineData(1, "mild")]
    [InlineData(2, "moderately-severe")]
    [InlineData(3, "severe")]
    public async Task Phq9_is_scored_with_the_published_bands(int answer, string severity)
    {
        using var kit = new TestKit();
        await kit.Say("phq9");
        for (var i = 0; i < 8; i++)
        {
            await kit.Say(answer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await kit.Say("0");
        var result = (await kit.Store.GetQuestionnaireResultsAsync("u1")).Should().ContainSingle().Subject;
        result.Score.Should().Be(answer * 8);
        result.Severity.Should().Be(severity);
        result.Answers.Should().HaveCount(9);
    }

    [Fact]
    public async Task Who5_scores_the_sum_times_four_and_sets_the_score_variables()
    {
        using var kit = new TestKit();
        await kit.SayAll("who5", "3", "3", "3", "3", "3");
        var result = (await kit.Store.GetQuestionnaireResultsAsync("u1")).Should().ContainSingle().Subject;
        result.Score.Should().Be(60);
        result.Severity.Should().Be("good");
        var state = await kit.Store.GetAsync("u1");
        state!.Variables["score.who5"].Should().Be("60");
        state.Variables["severity.who5"].Should().Be("good");
    }

    [Fact]
    public async Task A_questionnaire_answer_can_be_the_option_label()
    {
        using var kit = new TestKit();
        await kit.Say("phq9");
        var reply = await kit.Say("option 2");
        AllText(reply).Should().Contain("Question 2 of 9: phq9 item 2");
    }

    [Fact]
    public async Task A_mood_check_in_is_recorded_with_the_note_and_branches_on_the_mood()
    {
        using var kit = new TestKit();
        await kit.SayAll("check in", "2");
        var reply = await kit.Say("tired after work");
        AllText(reply).Should().Contain("I'm sorry it's hard today.");
        var mood = (await kit.Store.ExportAsync("u1")).Moods.Should().ContainSingle().Subject;
        mood.Mood.Should().Be(2);
        mood.Note.Should().Be("tired after work");
        mood.Emotion.Should().Be("neutral");
        (await kit.Store.GetAsync("u1"))!.Variables["checked_in"].Should().Be("true");
    }

    [Fact]
    public async Task Skipping_the_note_records_the_mood_without_one()
    {
        using var kit = new TestKit();
        await kit.SayAll("check in", "4", "skip");
        (await kit.Store.ExportAsync("u1")).Moods.Should().ContainSingle().Which.Note.Should().BeNull();
    }

    [Fact]
    public async Task A_journal_entry_is_recorded()
    {
        using var kit = new TestKit();
        await kit.SayAll("hello", "journal", "Today I walked by the sea.");
        (await kit.Store.ExportAsync("u1")).Journal.Should().ContainSingle().Which.Text.Should().Be("Today I walked by the sea.");
    }

    [Fact]
    public async Task State_from_an_older_pack_moves_the_user_to_a_safe_point()
    {
        using var kit = new TestKit();
        await kit.Store.TrySaveAsync(new ConversationState
        {
            UserId = "u1",
            FlowId = "retired-flow",
            State = "gone",
            Suspended = [new SuspendedFlow("also-gone", "x")],
            PackVersion = "0.9.0",
        });
        var reply = await kit.Say("next");
        AllText(reply).Should().Contain("let's start again").And.Contain("Hello, I'm WellbeingKit.");
        reply.FlowId.Should().Be("menu");
        (await kit.Store.GetAsync("u1"))!.Suspended.Should().BeEmpty();
    }

    [Fact]
    public async Task A_conversation_survives_a_restart_of_the_kit()
    {
        using var first = new TestKit();
        await first.SayAll("breathe", "next");
        var saved = await first.Store.GetAsync("u1");
        using var second = new TestKit();
        await second.Store.TrySaveAsync(saved! with { Version = 0 });
        var reply = await second.Say("next");
        AllText(reply).Should().Contain("Step 3 of 3: Breathe out for four.");
    }

    [Fact]
    public async Task Concurrent_turns_for_one_user_lose_nothing()
    {
        using var kit = new TestKit(options: o => o.TranscriptLength = 500);
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => kit.Say($"hello {i}")));
        var state = await kit.Store.GetAsync("u1");
        state!.Version.Should().Be(40);
        state.Transcript.Where(l => l.Speaker == Speaker.User).Select(l => l.Text).Should().BeEquivalentTo(Enumerable.Range(0, 40).Select(i => $"hello {i}"));
    }

    [Fact]
    public async Task A_crisis_gets_the_safety_response_even_when_the_store_is_down()
    {
        using var kit = new TestKit(configure: b => b.Services.AddSingleton<IConversationStore, BrokenStore>());
        var reply = await kit.Say("I want to die");
        reply.Safety.Should().BeTrue();
        reply.Helplines.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Other_messages_fail_with_the_stores_error_when_the_store_is_down()
    {
        using var kit = new TestKit(configure: b => b.Services.AddSingleton<IConversationStore, BrokenStore>());
        var act = () => kit.Say("hello");
        await act.Should().ThrowAsync<IOException>().WithMessage("database unreachable");
    }

    [Fact]
    public async Task Concurrent_turns_from_two_kits_sharing_one_store_lose_nothing()
    {
        var shared = new Storage.InMemoryWellbeingStore();
        void Share(WellbeingKitBuilder b) => b.Services.AddSingleton(shared);
        using var first = new TestKit(configure: Share, options: o => o.TranscriptLength = 500);
        using var second = new TestKit(configure: Share, options: o => o.TranscriptLength = 500);
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => (i % 2 == 0 ? first : second).Say($"hello {i}")));
        var state = await shared.GetAsync("u1");
        state!.Version.Should().Be(30);
        state.Transcript.Where(l => l.Speaker == Speaker.User).Select(l => l.Text).Should().BeEquivalentTo(Enumerable.Range(0, 30).Select(i => $"hello {i}"));
    }

    [Fact]
    public async Task A_conflicting_writer_makes_the_turn_run_again_on_the_fresh_state()
    {
        var store = new ConflictingStore();
        using var kit = new TestKit(configure: b => b.Services.AddSingleton<IConversationStore>(store));
        await kit.Say("hello");
        store.ConflictsLeft = 2;
        var reply = await kit.Say("journal");
        reply.State.Should().Be("journal");
        (await store.GetAsync("u1"))!.Transcript.Count(l => l.Text == "journal").Should().Be(1);
    }

    [Fact]
    public async Task A_repeated_message_id_does_not_advance_the_conversation()
    {
        using var kit = new TestKit();
        await kit.Say("breathe");
        var first = await kit.Kit.HandleAsync(new UserMessage("u1", "next") { MessageId = "m-1" });
        var again = await kit.Kit.HandleAsync(new UserMessage("u1", "next") { MessageId = "m-1" });
        AllText(again).Should().Be(AllText(first));
        (await kit.Store.GetAsync("u1"))!.Variables["_breathing.exercise.step"].Should().Be("1");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Empty_text_is_refused_with_a_clear_error(string text)
    {
        using var kit = new TestKit();
        var act = () => kit.Say(text);
        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*text is empty*");
    }

    [Fact]
    public async Task Arabic_replies_are_right_to_left()
    {
        using var kit = new TestKit();
        var reply = await kit.Say("أريد أن أموت I want to die", locale: "ar");
        reply.Direction.Should().Be("rtl");
        AllText(reply).Should().Contain("هل أنت في أمان الآن؟");
    }

    [Fact]
    public async Task The_detected_emotion_is_recorded_and_available_to_guards()
    {
        using var kit = new TestKit(configure: b => b.UseEmotionClassifier<SadClassifier>());
        await kit.SayAll("check in", "4", "meh");
        (await kit.Store.ExportAsync("u1")).Moods.Single().Emotion.Should().Be("sadness");
        (await kit.Store.GetAsync("u1"))!.Variables["emotion"].Should().Be("sadness");
    }

    [Fact]
    public async Task The_hour_variable_uses_the_users_time_zone()
    {
        using var kit = new TestKit();
        await kit.Kit.HandleAsync(new UserMessage("u1", "hello") { TimeZone = "Asia/Tokyo" });
        (await kit.Store.GetAsync("u1"))!.Variables["hour"].Should().Be("19");
    }

    private sealed class SadClassifier : Emotions.IEmotionClassifier
    {
        public ValueTask<Emotions.EmotionResult> ClassifyAsync(string text, string? locale, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new Emotions.EmotionResult { Ekman = "sadness", Distress = 0.6 });
    }

    private sealed class BrokenStore : IConversationStore
    {
        public Task<ConversationState?> GetAsync(string userId, CancellationToken cancellationToken = default) => throw new IOException("database unreachable");

        public Task<ConversationState?> TrySaveAsync(ConversationState state, CancellationToken cancellationToken = default) => throw new IOException("database unreachable");

        public Task DeleteAsync(string userId, CancellationToken cancellationToken = default) => throw new IOException("database unreachable");
    }

    private sealed class ConflictingStore : IConversationStore
    {
        private readonly Storage.InMemoryWellbeingStore _inner = new();

        public int ConflictsLeft { get; set; }

        public Task<ConversationState?> GetAsync(string userId, CancellationToken cancellationToken = default) => _inner.GetAsync(userId, cancellationToken);

        public async Task<ConversationState?> TrySaveAsync(ConversationState state, CancellationToken cancellationToken = default)
        {
            if (ConflictsLeft > 0)
            {
                ConflictsLeft--;
                var current = await _inner.GetAsync(state.UserId, cancellationToken);
                await _inner.TrySaveAsync(current! with { Variables = new Dictionary<string, string>(current.Variables) { ["touched"] = "yes" } }, cancellationToken);
                return null;
            }

            return await _inner.TrySaveAsync(state, cancellationToken);
        }

        public Task DeleteAsync(string userId, CancellationToken cancellationToken = default) => _inner.DeleteAsync(userId, cancellationToken);
    }
}
