using WellbeingKit.Content.Yaml.Tests.Strings;

namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>
/// The checks that refuse packs which would harm people in crisis: each case is a small pack under test that differs
/// from a valid one by one unsafe edit, and the test asserts the one line validate prints for it.
/// </summary>
public sealed class SafetyCheckTests
{
    private static string Change(string path, string from, string to)
    {
        var text = TestPack.ValidFiles[path];
        text.Should().Contain(from);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> ProblemsWith(string path, string? text)
    {
        using var pack = TestPack.With(path, text);
        return pack.Problems();
    }

    /// <summary>The test pack with Ukrainian in place of Spanish (a locale the kit has no crisis lexicon for).</summary>
    private static TestPack UkrainianPack(string? packYaml = null)
    {
        var changes = TestPack.ValidFiles.ToDictionary(
            f => f.Key,
            f => (string?)System.Text.RegularExpressions.Regex.Replace(f.Value, @"(?<![a-z_])es: ", "uk: ").Replace("- code: es", "- code: uk", StringComparison.Ordinal));
        changes["messages/es.yaml"] = null;
        changes["messages/uk.yaml"] = TestPack.ValidFiles["messages/es.yaml"].Replace("locale: es", "locale: uk", StringComparison.Ordinal);
        if (packYaml is not null)
        {
            changes["pack.yaml"] = packYaml;
        }

        return new TestPack(changes);
    }

    [Fact]
    public void A_locale_without_a_crisis_lexicon_is_refused()
    {
        using var pack = UkrainianPack();

        pack.Problems().Should().Equal(
            "pack.yaml:6:11: locale 'uk' has no crisis lexicon, so a crisis message in 'uk' would never reach the safety flow: add lexicons/uk.yaml with crisis phrases in 'uk' (see docs/authoring.md), or, if another locale's lexicon covers it, say which with 'lexicon: <locale>' in this entry");
    }

    [Fact]
    public void A_locale_with_its_own_crisis_lexicon_is_accepted()
    {
        using var pack = UkrainianPack();
        pack.Write("lexicons/uk.yaml", "locale: uk\npatterns:\n  - id: si.uk\n    category: suicidal-ideation\n    level: high\n    phrases: [не хочу жити]\n");

        pack.Problems().Should().BeEmpty();
    }

    [Fact]
    public void A_locale_covered_by_another_locales_lexicon_is_a_warning_not_a_problem()
    {
        var manifest = TestPack.ValidFiles["pack.yaml"].Replace("  - code: es", "  - code: uk\n    lexicon: en", StringComparison.Ordinal);
        using var pack = UkrainianPack(manifest);

        var check = ContentPackLoader.Check(pack.Directory);

        check.Problems.Should().BeEmpty();
        check.Warnings.Where(w => w.Message.Contains("crisis lexicon", StringComparison.Ordinal)).Select(w => w.ToString()).Should().Equal(
            "pack.yaml:7:14: locale 'uk' has no crisis lexicon of its own; the 'en' lexicon screens it, so a crisis message in 'uk' reaches the safety flow only when it uses 'en' phrases. Write lexicons/uk.yaml to screen it fully");
    }

    [Fact]
    public void A_benign_phrase_that_is_a_built_in_crisis_phrase_is_refused_naming_the_phrase_and_rule()
    {
        ProblemsWith("lexicons/es.yaml", "locale: es\nbenign:\n  - id: ok.vivir\n    phrases: [no quiero vivir]\n")
            .Should().Equal(
                "lexicons/es.yaml:4:15: benign phrase 'no quiero vivir' cancels the built-in crisis phrase 'no quiero vivir' (rule si.dont-want-to-live, es): a message saying 'no quiero vivir' would not reach the safety flow. Remove it from 'benign:'; built-in crisis phrases cannot be switched off");
    }

    [Fact]
    public void A_negation_cue_that_switches_off_a_built_in_crisis_phrase_is_refused()
    {
        var problems = ProblemsWith("lexicons/es.yaml", "locale: es\nnegations: [hoy]\n");

        problems.Should().ContainSingle().Which.Should().StartWith("lexicons/es.yaml:2:13: negation cue 'hoy' cancels the built-in crisis rule ")
            .And.Contain(" (es): 'hoy ").And.EndWith("' would not reach the safety flow. Remove it; a pack cannot add negation cues that switch built-in crisis phrases off");
    }

    [Fact]
    public void A_built_in_negation_cue_repeated_in_a_pack_is_accepted()
    {
        ProblemsWith("lexicons/es.yaml", "locale: es\nnegations: [nunca]\n").Should().BeEmpty();
    }

    [Fact]
    public void Lowering_a_built_in_crisis_rule_is_refused_as_having_no_effect()
    {
        ProblemsWith("lexicons/en.yaml", "locale: en\npatterns:\n  - id: si.kill-myself\n    category: suicidal-ideation\n    level: low\n    phrases: [a new phrase]\n")
            .Should().Equal("lexicons/en.yaml:5:12: pattern 'si.kill-myself' lowers the built-in level high to low; this has no effect (built-in crisis rules keep their level): remove 'level:' or set it to high");
    }

    [Fact]
    public void Deleting_built_in_crisis_phrases_is_refused_as_having_no_effect()
    {
        var problems = ProblemsWith("lexicons/en.yaml", "locale: en\npatterns:\n  - id: si.kill-myself\n    category: suicidal-ideation\n    level: high\n    phrases: [want to kill myself]\n");

        problems.Should().ContainSingle().Which.Should().StartWith("lexicons/en.yaml:6:14: pattern 'si.kill-myself' leaves out ")
            .And.EndWith("; this has no effect (built-in crisis phrases are always screened): put them back, or keep only your new phrases under a new id");
    }

    [Fact]
    public void A_helpline_with_neither_phone_nor_website_is_refused()
    {
        ProblemsWith("helplines/international.yaml", Change("helplines/international.yaml", "    url: https://findahelpline.com\n", ""))
            .Should().Equal("helplines/international.yaml:2:5: helpline 'Find a Helpline' has neither a phone number nor a website, so a person in crisis cannot reach it: add 'phone:' (the number as dialled) or 'url:'; if no number is verified yet, give the emergency number and a directory such as https://findahelpline.com");
    }

    [Fact]
    public void A_phone_that_is_not_a_phone_number_is_refused()
    {
        ProblemsWith("helplines/international.yaml", Change("helplines/international.yaml", "    url: https://findahelpline.com\n", "    phone: TBD\n"))
            .Should().Equal("helplines/international.yaml:4:12: phone 'TBD' of helpline 'Find a Helpline' is not a phone number: write the number as dialled (digits, spaces, '+', '-', a leading '*' for a short code), for example \"116 123\"; if no number is verified yet, remove 'phone:' and give a website");
    }

    [Theory]
    [InlineData("\"116 123\"")]
    [InlineData("\"+44 (0)20 7946 0000\"")]
    [InlineData("\"988\"")]
    public void Phone_numbers_as_dialled_are_accepted(string phone)
    {
        ProblemsWith("helplines/international.yaml", Change("helplines/international.yaml", "    url: https://findahelpline.com\n", $"    phone: {phone}\n"))
            .Should().BeEmpty();
    }

    [Fact]
    public void A_safety_flow_without_a_helplines_step_is_refused()
    {
        var flow = TestPack.ValidFiles["flows/safety.yaml"]
            .Replace("    next: lines\n  lines:\n    type: helplines\n    next: person\n", "    next: person\n", StringComparison.Ordinal);

        ProblemsWith("flows/safety.yaml", flow).Should().Equal(
            "flows/safety.yaml:4:1: the safety flow 'safety' has no helplines step reachable from its start 'intro', so a person in crisis would not see the numbers (the kit would not use it and would run its built-in flow, in English): add a state with 'type: helplines' right after the first message");
    }

    [Fact]
    public void A_safety_flow_without_a_handoff_step_is_refused()
    {
        var flow = TestPack.ValidFiles["flows/safety.yaml"]
            .Replace("    next: person\n  person:\n    type: handoff\n    handoff_to: counsellor\n    next: done\n", "    next: done\n", StringComparison.Ordinal);

        ProblemsWith("flows/safety.yaml", flow).Should().Equal(
            "flows/safety.yaml:4:1: the safety flow 'safety' has no handoff step, so a person in crisis could not ask for a human (the kit would not use it and would run its built-in flow, in English): add a state with 'type: handoff' that offers a person");
    }

    /// <summary>The test pack with a second safety flow, for self-harm, written as <paramref name="flow"/>.</summary>
    private static IReadOnlyList<string> ProblemsWithSelfHarmFlow(string flow)
    {
        using var pack = new TestPack(new Dictionary<string, string?>
        {
            ["pack.yaml"] = TestPack.ValidFiles["pack.yaml"] + "\nsafety_flows:\n  self_harm: safety-self-harm",
            ["flows/safety-self-harm.yaml"] = flow,
        });
        return pack.Problems();
    }

    private static string SelfHarmFlow => TestPack.ValidFiles["flows/safety.yaml"].Replace("id: safety\n", "id: safety-self-harm\n", StringComparison.Ordinal);

    [Fact]
    public void A_per_category_safety_flow_with_helplines_and_a_person_is_accepted() =>
        ProblemsWithSelfHarmFlow(SelfHarmFlow).Should().BeEmpty();

    [Fact]
    public void A_per_category_safety_flow_without_a_helplines_step_is_refused_naming_its_category()
    {
        var flow = SelfHarmFlow.Replace("    next: lines\n  lines:\n    type: helplines\n    next: person\n", "    next: person\n", StringComparison.Ordinal);

        ProblemsWithSelfHarmFlow(flow).Should().Equal(
            "flows/safety-self-harm.yaml:4:1: the safety flow 'safety-self-harm' (safety_flows: self_harm) has no helplines step reachable from its start 'intro', so a person in crisis would not see the numbers (the kit would not use it and would run its built-in flow, in English): add a state with 'type: helplines' right after the first message");
    }

    [Fact]
    public void A_per_category_safety_flow_whose_helplines_step_cannot_be_reached_is_refused()
    {
        var flow = SelfHarmFlow.Replace("    next: lines\n", "    next: person\n", StringComparison.Ordinal);

        ProblemsWithSelfHarmFlow(flow).Should().Contain(p => p.Contains("'safety-self-harm' (safety_flows: self_harm) has no helplines step reachable", StringComparison.Ordinal));
    }

    [Fact]
    public void A_condition_on_an_unknown_variable_is_refused_with_a_suggestion()
    {
        var flow = Change("flows/daily.yaml", "    next: finish\n  finish:", "    next: check\n  check:\n    type: branch\n    cases:\n      - when: aks == 'low'\n        next: finish\n    else: finish\n  finish:");

        ProblemsWith("flows/daily.yaml", flow).Should().Equal(
            "flows/daily.yaml:23:15: state 'check' tests 'aks', which no state sets and the kit does not provide; did you mean 'ask'?");
    }

    [Fact]
    public void A_condition_comparing_an_answer_no_option_gives_is_refused()
    {
        var flow = Change("flows/daily.yaml", "    next: finish\n  finish:", "    next: check\n  check:\n    type: branch\n    cases:\n      - when: ask == 'lwo'\n        next: finish\n    else: finish\n  finish:");

        ProblemsWith("flows/daily.yaml", flow).Should().Equal(
            "flows/daily.yaml:23:15: state 'check' compares 'ask' with 'lwo', which it never holds (its values: good, low); did you mean 'low'?");
    }

    [Fact]
    public void A_misspelt_target_is_reported_once_without_follow_on_unreachable_states()
    {
        ProblemsWith("flows/daily.yaml", Change("flows/daily.yaml", "        next: breathe\n", "        next: breath\n"))
            .Should().Equal("flows/daily.yaml:15:15: state 'ask' goes to 'breath', which does not exist in flow 'daily'; did you mean 'breathe'?");
    }

    [Fact]
    public void A_misspelt_message_key_is_reported_once_for_all_locales_with_a_suggestion()
    {
        ProblemsWith("flows/daily.yaml", Change("flows/daily.yaml", "title: daily.title", "title: daily.tilte"))
            .Should().Equal("flows/daily.yaml:3:8: message key 'daily.tilte' is in no messages file; did you mean 'daily.title'?");
    }

    [Fact]
    public void Overlapping_bands_are_refused()
    {
        var questionnaire = Change("questionnaires/who5.yaml", "    max: 100\n    severity: any\n    label: { en: Score, es: Puntuación }", "    max: 60\n    severity: any\n    label: { en: Score, es: Puntuación }\n  - min: 50\n    max: 100\n    severity: high\n    label: { en: High, es: Alta }");

        ProblemsWith("questionnaires/who5.yaml", questionnaire).Should().Equal(
            "questionnaires/who5.yaml:17:10: band 'high' starts at 50, inside band 'any' (0-60); a score must fall in one band only");
    }

    [Fact]
    public void A_validated_questionnaire_without_its_risk_item_is_refused()
    {
        using var pack = new DefaultPackCopy();
        pack.Write("questionnaires/phq9.yaml", pack.Read("questionnaires/phq9.yaml").Replace("    risk: true\n", "", StringComparison.Ordinal));

        ContentPackLoader.Validate(pack.Directory).Select(p => p.ToString()).Should().Equal(
            "questionnaires/phq9.yaml:75:5: questionnaire 'phq9': item 9 is the risk item of the published PHQ-9 (an answer above 0 starts the safety flow): set 'risk: true'; restore the published text, or, for a reviewed adaptation, say why with 'adapted: <reason>'");
    }

    [Fact]
    public void A_validated_questionnaire_with_changed_wording_or_bands_is_refused()
    {
        using var pack = new DefaultPackCopy();
        var text = pack.Read("questionnaires/phq9.yaml")
            .Replace("Thoughts that you would be better off dead", "Thoughts that you would be better off gone", StringComparison.Ordinal)
            .Replace("    max: 27\n", "    max: 30\n", StringComparison.Ordinal);
        pack.Write("questionnaires/phq9.yaml", text);

        var problems = ContentPackLoader.Validate(pack.Directory).Select(p => p.Message).ToList();

        problems.Should().HaveCount(2);
        problems.Should().ContainMatch("questionnaire 'phq9': item 9 is worded differently from the published PHQ-9 (en): \"Thoughts that you would be better off dead*");
        problems.Should().ContainMatch("questionnaire 'phq9': the bands (*20-30 severe) differ from the published PHQ-9 (*20-27 severe)*");
    }

    [Fact]
    public void An_adapted_questionnaire_is_a_warning_not_a_problem()
    {
        using var pack = new DefaultPackCopy();
        var text = pack.Read("questionnaires/phq9.yaml").Replace("    risk: true\n", "", StringComparison.Ordinal) + "adapted: reviewed by our clinical lead for a research study without item 9 follow-up\n";
        pack.Write("questionnaires/phq9.yaml", text);

        var check = ContentPackLoader.Check(pack.Directory);

        check.Problems.Should().BeEmpty();
        check.Warnings.Should().ContainSingle().Which.Message.Should().Contain("(adapted: reviewed by our clinical lead");
    }
}
