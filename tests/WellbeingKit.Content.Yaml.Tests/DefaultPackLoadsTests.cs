using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml.Stories;
using WellbeingKit.Conversations;
using WellbeingKit.Conversations.Stories;

namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>The default content pack shipped as embedded resources loads and is complete in its four locales.</summary>
public sealed partial class DefaultPackLoadsTests(DefaultKitFixture kit) : IClassFixture<DefaultKitFixture>
{
    private static readonly string[] Locales = ["en", "es", "fr", "ar"];

    private static readonly Lazy<ContentPack> LazyPack = new(ContentPackLoader.LoadDefault);

    private static ContentPack Pack => LazyPack.Value;

    [Fact]
    public void Default_pack_loads_without_problems()
    {
        var load = ContentPackLoader.LoadDefault;

        load.Should().NotThrow();
    }

    [Fact]
    public void Manifest_offers_english_spanish_french_and_arabic_with_arabic_right_to_left()
    {
        Pack.Manifest.Locales.Select(l => l.Code).Should().BeEquivalentTo(Locales);
        Pack.Manifest.Locales.Single(l => l.Code == "ar").Direction.Should().Be("rtl");
        Pack.Manifest.Locales.Where(l => l.Code != "ar").Should().OnlyContain(l => l.Direction == "ltr");
    }

    [Fact]
    public void Manifest_start_and_safety_flows_exist()
    {
        Pack.Flows.Should().ContainKey(Pack.Manifest.StartFlow!);
        Pack.Flows.Should().ContainKey(Pack.Manifest.SafetyFlow!);
        Pack.Flows[Pack.Manifest.SafetyFlow!].Kind.Should().Be(FlowKind.Safety);
    }

    [Fact]
    public void Pack_ships_the_required_exercises()
    {
        Pack.Exercises.Keys.Should().Contain(
        [
            "box-breathing", "grounding-54321", "progressive-muscle-relaxation", "thought-record", "behavioural-activation",
            "worry-time", "self-compassion-break", "sleep-wind-down", "problem-solving", "gratitude-journal", "values-compass",
            "safe-place",
        ]);
        Pack.Exercises.Should().HaveCount(15);
    }

    [Fact]
    public void Every_exercise_has_four_to_eight_steps_and_its_title_summary_and_steps_in_every_locale()
    {
        foreach (var exercise in Pack.Exercises.Values)
        {
            exercise.Steps.Count.Should().BeInRange(4, 8, exercise.Id);
            var texts = new[] { exercise.Title, exercise.Summary }.Concat(exercise.Steps);
            foreach (var text in texts)
            {
                text.Values.Keys.Should().BeEquivalentTo(Locales, exercise.Id);
                text.Values.Values.Should().OnlyContain(v => v.Length > 0, exercise.Id);
            }
        }
    }

    [Fact]
    public void Every_exercise_has_a_duration_concerns_contexts_a_prior_and_a_source()
    {
        string[] contexts = ["class", "workplace", "shelter", "commuting", "home", "bed"];
        foreach (var exercise in Pack.Exercises.Values)
        {
            exercise.DurationMinutes.Should().BeInRange(2, 15, exercise.Id);
            exercise.Helps.Should().NotBeEmpty(exercise.Id);
            exercise.Emotions.Should().NotBeEmpty(exercise.Id);
            exercise.Contexts.Should().NotBeEmpty(exercise.Id).And.BeSubsetOf(contexts, exercise.Id);
            exercise.Prior.Should().BeInRange(0, 1, exercise.Id);
            exercise.Source.Should().NotBeNullOrWhiteSpace(exercise.Id);
        }
    }

    [Fact]
    public void Exercises_give_the_selector_real_choices_for_class_and_eyes_open_use()
    {
        var silentInClass = Pack.Exercises.Values.Where(e =>
            e.Contexts.Contains("class") && !e.Requires.EyesClosed && !e.Requires.Writing && !e.Requires.Privacy && !e.Requires.Movement);

        silentInClass.Should().HaveCountGreaterThanOrEqualTo(3);
        Pack.Exercises.Values.Where(e => !e.Contraindications.Contains("breath-holding") && e.Kind == "breathing").Should().NotBeEmpty();
    }

    [Fact]
    public void Box_breathing_is_contraindicated_for_breath_holding_and_the_safe_place_for_trauma_imagery()
    {
        Pack.Exercises["box-breathing"].Contraindications.Should().Contain("breath-holding");
        Pack.Exercises["safe-place"].Contraindications.Should().Contain("trauma-imagery");
        Pack.Exercises["safe-place"].Requires.EyesClosed.Should().BeTrue();
    }

    [Fact]
    public void Pack_ships_the_required_flows()
    {
        Pack.Flows.Keys.Should().BeEquivalentTo(
            ["menu", "daily-checkin", "mood-checkin", "exercise", "journal", "phq9", "gad7", "who5", "safety",
             "safety-imminent", "safety-self-harm", "safety-child-abuse", "safety-violence", "safety-harm-to-others", "safety-plan"]);
    }

    [Fact]
    public void Every_crisis_kind_has_its_safety_flow()
    {
        Pack.Manifest.SafetyFlows.Keys.Should().BeEquivalentTo(WellbeingKit.Safety.CrisisKinds.All);
        Pack.Manifest.SafetyFlows.Values.Should().OnlyContain(id => Pack.Flows[id].Kind == FlowKind.Safety);
    }

    [Fact]
    public void Every_step_type_is_used_by_some_flow()
    {
        var used = Pack.Flows.Values.SelectMany(f => f.States.Values).Select(s => s.Type).Distinct();

        used.Should().BeEquivalentTo(Enum.GetValues<FlowStepType>());
    }

    [Fact]
    public void Every_flow_state_is_reachable_and_every_transition_names_an_existing_state()
    {
        foreach (var flow in Pack.Flows.Values)
        {
            var reached = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>([flow.Start]);
            while (pending.TryPop(out var name))
            {
                flow.States.Should().ContainKey(name, $"flow {flow.Id} goes to it");
                if (!reached.Add(name))
                {
                    continue;
                }

                foreach (var next in Targets(flow.States[name]))
                {
                    pending.Push(next);
                }
            }

            reached.Should().BeEquivalentTo(flow.States.Keys, $"every state of {flow.Id} is reachable");
        }
    }

    [Fact]
    public void Every_flow_has_triggers_in_every_locale()
    {
        // The safety flows per crisis kind start from screening only, never from a typed word.
        foreach (var flow in Pack.Flows.Values.Where(f => f.Id == Pack.Manifest.SafetyFlow || !Pack.Manifest.SafetyFlows.Values.Contains(f.Id)))
        {
            flow.Triggers.Keys.Should().BeEquivalentTo(Locales, flow.Id);
            flow.Triggers.Values.Should().OnlyContain(t => t.Count > 0, flow.Id);
        }
    }

    [Fact]
    public void Flows_refer_only_to_exercises_and_questionnaires_that_exist()
    {
        var states = Pack.Flows.Values.SelectMany(f => f.States.Values).ToList();

        states.Where(s => s.Exercise is not null).Select(s => s.Exercise).Should().OnlyContain(id => Pack.Exercises.ContainsKey(id!));
        states.Where(s => s.Type == FlowStepType.Questionnaire).Select(s => s.Questionnaire)
            .Should().OnlyContain(id => id != null && Pack.Questionnaires.ContainsKey(id));
    }

    [Fact]
    public void Every_message_key_used_by_a_flow_exists_in_every_locale()
    {
        var keys = Pack.Flows.Values
            .SelectMany(f => f.States.Values.SelectMany(s => s.Say.Concat(s.Options.Select(o => o.Label))).Append(f.Title!))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var locale in Locales)
        {
            Pack.Messages.Should().ContainKey(locale);
            keys.Except(Pack.Messages[locale].Keys).Should().BeEmpty($"messages/{locale}.yaml must define every key the flows use");
        }
    }

    [Fact]
    public void Every_locale_defines_the_same_message_keys_with_the_same_placeholders()
    {
        var english = Pack.Messages["en"];
        foreach (var locale in Locales.Skip(1))
        {
            var messages = Pack.Messages[locale];
            messages.Keys.Should().BeEquivalentTo(english.Keys, locale);
            foreach (var (key, text) in english)
            {
                Placeholders(messages[key]).Should().BeEquivalentTo(Placeholders(text), $"{locale} {key}");
            }
        }
    }

    [Fact]
    public void Messages_define_the_generic_strings_the_engine_needs()
    {
        string[] keys =
        [
            "common.yes", "common.no", "common.not-sure", "common.continue", "common.stop", "common.menu", "exercise.offer",
            "exercise.step", "exercise.done", "exercise.rate", "exercise.why", "questionnaire.progress", "safety.acknowledge",
            "safety.ask-safe", "safety.helplines-intro", "safety.handoff-offer", "safety.handoff-queued",
            "safety.handoff-unavailable", "safety.resume-offer", "fallback.not-understood",

            // The keys the conversation engine says itself (WellbeingKit.Safety.BuiltInTexts); the pack rewords them in its own tone.
            "safety.emergency", "safety.option_handoff", "handoff.option_no", "handoff.queued", "handoff.accepted", "handoff.unavailable", "resume.offer",
            "resume.option_yes", "resume.option_no", "resume.declined", "engine.choose_option", "engine.restart", "engine.fallback",
            "exercise.next", "exercise.stop", "exercise.skip", "exercise.stopped", "exercise.helped", "exercise.thanks", "exercise.none",
            "questionnaire.result",
        ];

        foreach (var locale in Locales)
        {
            Pack.Messages[locale].Keys.Should().Contain(keys, locale);
        }
    }

    [Fact]
    public void Translations_are_not_copies_of_the_english_text()
    {
        var english = Pack.Messages["en"];
        foreach (var locale in Locales.Skip(1))
        {
            var copies = english.Where(m => m.Value.Length > 12 && Pack.Messages[locale][m.Key] == m.Value).Select(m => m.Key);
            copies.Should().BeEmpty(locale);
        }
    }

    [Fact]
    public void Messages_avoid_the_phrase_commit_suicide()
    {
        var texts = Pack.Messages.Values.SelectMany(m => m.Values);

        texts.Should().NotContain(t => t.Contains("commit suicide", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("phq9", 9, 27, "sum")]
    [InlineData("gad7", 7, 21, "sum")]
    [InlineData("who5", 5, 100, "sum-times-4")]
    public void Questionnaire_bands_cover_the_whole_score_range_without_gaps(string id, int items, int maxScore, string scoring)
    {
        var questionnaire = Pack.Questionnaires[id];

        questionnaire.Items.Should().HaveCount(items);
        questionnaire.Scoring.Should().Be(scoring);
        questionnaire.Bands[0].Min.Should().Be(0);
        questionnaire.Bands[^1].Max.Should().Be(maxScore);
        questionnaire.Bands.Zip(questionnaire.Bands.Skip(1)).Should().OnlyContain(p => p.Second.Min == p.First.Max + 1);
        questionnaire.Source.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Phq9_uses_the_published_bands()
    {
        Pack.Questionnaires["phq9"].Bands.Select(b => (b.Min, b.Max, b.Severity)).Should().Equal(
            (0, 4, "minimal"), (5, 9, "mild"), (10, 14, "moderate"), (15, 19, "moderately-severe"), (20, 27, "severe"));
    }

    [Fact]
    public void Gad7_uses_the_published_bands()
    {
        Pack.Questionnaires["gad7"].Bands.Select(b => (b.Min, b.Max, b.Severity)).Should().Equal(
            (0, 4, "minimal"), (5, 9, "mild"), (10, 14, "moderate"), (15, 21, "severe"));
    }

    [Fact]
    public void Who5_scores_items_from_zero_to_five()
    {
        Pack.Questionnaires["who5"].Options.Select(o => o.Value).Should().BeEquivalentTo([0, 1, 2, 3, 4, 5]);
        Pack.Questionnaires["who5"].Bands.Select(b => (b.Min, b.Max)).Should().Equal((0, 28), (29, 50), (51, 100));
    }

    [Fact]
    public void Only_phq9_item_9_is_a_risk_item()
    {
        var riskItems = Pack.Questionnaires.Values.SelectMany(q => q.Items).Where(i => i.Risk).Select(i => i.Id);

        riskItems.Should().Equal("phq9-9");
    }

    [Fact]
    public void Questionnaire_translations_are_not_claimed_as_validated()
    {
        Pack.Questionnaires.Values.Should().OnlyContain(q => q.ValidatedLocales.SequenceEqual(new[] { "en" }));
    }

    [Fact]
    public void Questionnaire_texts_exist_in_every_locale()
    {
        foreach (var questionnaire in Pack.Questionnaires.Values)
        {
            var texts = new[] { questionnaire.Title, questionnaire.Instructions }
                .Concat(questionnaire.Items.Select(i => i.Text))
                .Concat(questionnaire.Options.Select(o => o.Label))
                .Concat(questionnaire.Bands.Select(b => b.Label));
            texts.Should().OnlyContain(t => Locales.All(t.Has), questionnaire.Id);
        }
    }

    [Theory]
    [InlineData("US", "988")]
    [InlineData("GB", "116 123")]
    [InlineData("ES", "024")]
    [InlineData("FR", "3114")]
    [InlineData("CA", "988")]
    [InlineData("IE", "116 123")]
    [InlineData("AU", "13 11 14")]
    public void National_crisis_lines_are_listed_first_for_their_country(string country, string phone)
    {
        var helplines = Pack.GetHelplines(country);

        helplines[0].Phone.Should().Be(phone);
        helplines[^1].Country.Should().Be(Helpline.International);
    }

    [Fact]
    public void Every_locale_has_an_international_helpline()
    {
        var international = Pack.GetHelplines(null);

        foreach (var locale in Locales)
        {
            international.Should().Contain(h => h.Languages.Contains(locale), locale);
        }
    }

    [Fact]
    public void Every_helpline_names_its_source_and_when_it_was_checked()
    {
        Pack.Helplines.Should().OnlyContain(h => h.Source.Contains("http", StringComparison.Ordinal) && h.Checked != null && h.Source.Contains("checked " + h.Checked, StringComparison.Ordinal));
        Pack.Helplines.Should().OnlyContain(h => h.Description != null && Locales.All(h.Description.Has));
    }

    public static TheoryData<string> DefaultStories() => [.. StoryLoader.LoadDefault().Select(s => s.Name)];

    [Fact]
    public void Default_pack_ships_at_least_25_conversation_tests_in_each_of_its_four_languages()
    {
        var stories = StoryLoader.LoadDefault();

        stories.Should().HaveCountGreaterThanOrEqualTo(25);
        stories.Select(s => s.Locale).Distinct().Should().Contain(Locales);
    }

    [Theory]
    [MemberData(nameof(DefaultStories))]
    public async Task Default_pack_story_passes_with_the_default_kit(string name)
    {
        var story = StoryLoader.LoadDefault().Single(s => s.Name == name);

        var result = await StoryRunner.RunAsync(kit.Kit, story);

        result.Failures.Select(f => f.ToString()).Should().BeEmpty();
    }

    private static IEnumerable<string> Targets(FlowState state) =>
        state.Options.Select(o => o.Next ?? state.Next).Concat(state.Cases.Select(c => c.Next)).Append(state.Next).Append(state.Else)
            .OfType<string>();

    private static IEnumerable<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex PlaceholderPattern();
}
