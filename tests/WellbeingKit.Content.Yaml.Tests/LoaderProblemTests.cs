namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>One test per kind of problem, each asserting the exact path, line, column and message.</summary>
public sealed class LoaderProblemTests
{
    private static readonly string Daily = TestPack.ValidFiles["flows/daily.yaml"];

    private static IReadOnlyList<string> ProblemsWith(string path, string? text)
    {
        using var pack = TestPack.With(path, text);
        return pack.Problems();
    }

    private static IReadOnlyList<string> ProblemsWith(IReadOnlyDictionary<string, string?> changes)
    {
        using var pack = new TestPack(changes);
        return pack.Problems();
    }

    private static string Change(string path, string from, string to)
    {
        var text = TestPack.ValidFiles[path];
        text.Should().Contain(from);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_where_the_parser_stopped()
    {
        ProblemsWith("flows/daily.yaml", "id: daily\ntitle: \"daily.title\nstart: ask\n")
            .Should().Equal("flows/daily.yaml:2:8: YAML syntax error: While scanning a multi-line double-quoted scalar, found wrong indentation.");
    }

    [Fact]
    public void An_unknown_key_is_reported_at_the_key_with_a_suggestion()
    {
        ProblemsWith("flows/daily.yaml", Change("flows/daily.yaml", "    next: finish\n  finish:", "    nxt: finish\n  finish:"))
            .Should().Equal("flows/daily.yaml:19:5: unknown key 'nxt'; did you mean 'next'?");
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_at_the_value()
    {
        ProblemsWith("exercises/box-breathing.yaml", Change("exercises/box-breathing.yaml", "duration_minutes: 2", "duration_minutes: two"))
            .Should().Equal("exercises/box-breathing.yaml:12:19: 'duration_minutes' must be a number, not the text 'two'");
    }

    [Fact]
    public void A_number_where_text_is_expected_asks_for_quotes()
    {
        ProblemsWith("helplines/international.yaml", Change("helplines/international.yaml", "    url: https://findahelpline.com\n", "    phone: 988\n"))
            .Should().Equal("helplines/international.yaml:4:12: 'phone' must be text, not the number 988; put the value in quotes");
    }

    [Fact]
    public void A_missing_required_key_is_reported_at_its_mapping()
    {
        ProblemsWith("flows/daily.yaml", Change("flows/daily.yaml", "start: ask\n", ""))
            .Should().Equal("flows/daily.yaml:1:1: missing required key 'start'");
    }

    [Fact]
    public void A_missing_required_key_in_a_list_item_names_the_item()
    {
        ProblemsWith("flows/daily.yaml", Change("flows/daily.yaml", "        label: daily.good\n", ""))
            .Should().Equal("flows/daily.yaml:10:9: missing required key 'label' in item 1 of 'options'");
    }

    [Fact]
    public void A_value_outside_its_enum_lists_the_allowed_values()
    {
        ProblemsWith("flows/daily.yaml", Change("flows/daily.yaml", "type: question", "type: questoin"))
            .Should().Equal("flows/daily.yaml:7:11: 'type' is 'questoin', which is not one of: message, question, capture, exercise, questionnaire, branch, set, helplines, handoff, end, flow, safety-plan");
    }

    [Fact]
    public void A_duplicate_key_is_reported_at_the_second_key()
    {
        ProblemsWith("flows/daily.yaml", Change("flows/daily.yaml", "start: ask\n", "start: ask\ntitle: daily.ask\n"))
            .Should().Equal("flows/daily.yaml:5:1: duplicate key 'title' (first at line 3)");
    }

    [Fact]
    public void A_duplicate_id_is_reported_in_the_second_file()
    {
        ProblemsWith("exercises/zz-copy.yaml", TestPack.ValidFiles["exercises/box-breathing.yaml"])
            .Should().Equal("exercises/zz-copy.yaml:1:5: exercise id 'box-breathing' is already used by exercises/box-breathing.yaml");
    }

    [Fact]
    public void An_option_going_to_a_missing_state_is_reported()
    {
        ProblemsWith("flows/daily.yaml", Change("flows/daily.yaml", "        next: finish\n", "        next: finsh\n"))
            .Should().Equal("flows/daily.yaml:12:15: state 'ask' goes to 'finsh', which does not exist in flow 'daily'; did you mean 'finish'?");
    }

    [Fact]
    public void A_state_going_to_a_missing_state_is_reported()
    {
        ProblemsWith("flows/daily.yaml", Change("flows/daily.yaml", "    next: finish\n  finish:", "    next: finished\n  finish:"))
            .Should().Equal("flows/daily.yaml:19:11: state 'breathe' goes to 'finished', which does not exist in flow 'daily'; did you mean 'finish'?");
    }

    [Fact]
    public void A_branch_case_and_else_going_to_missing_states_are_reported()
    {
        var branch = """
              breathe:
                type: branch
                cases:
                  - when: ask == 'low'
                    next: nowhere
                else: elsewhere
            """;
        ProblemsWith("flows/daily.yaml", Change("flows/daily.yaml", "  breathe:\n    type: exercise\n    exercise: box-breathing\n    next: finish\n", branch + "\n"))
            .Should().Equal(
                "flows/daily.yaml:20:15: state 'breathe' goes to 'nowhere', which does not exist in flow 'daily'",
                "flows/daily.yaml:21:11: state 'breathe' goes to 'elsewhere', which does not exist in flow 'daily'");
    }

    [Fact]
    public void A_missing_start_state_is_reported()
    {
        ProblemsWith("flows/daily.yaml", Change("flows/daily.yaml", "start: ask", "start: begin"))
            .Should().Equal("flows/daily.yaml:4:8: start state 'begin' does not exist in flow 'daily'");
    }

    [Fact]
    public void An_exercise_state_naming_a_missing_exercise_is_reported()
    {
        ProblemsWith("flows/daily.yaml", Change("flows/daily.yaml", "exercise: box-breathing", "exercise: box-breath"))
            .Should().Equal("flows/daily.yaml:18:15: state 'breathe' offers exercise 'box-breath', which does not exist; did you mean 'box-breathing'?");
    }

    [Fact]
    public void A_questionnaire_state_naming_a_missing_questionnaire_is_reported()
    {
        ProblemsWith("flows/daily.yaml", Change("flows/daily.yaml", "    type: exercise\n    exercise: box-breathing\n", "    type: questionnaire\n    questionnaire: phq9\n"))
            .Should().Equal("flows/daily.yaml:18:20: state 'breathe' runs questionnaire 'phq9', which does not exist (known: who5)");
    }

    [Fact]
    public void A_start_flow_naming_a_missing_flow_is_reported()
    {
        ProblemsWith("pack.yaml", Change("pack.yaml", "start_flow: daily", "start_flow: weekly"))
            .Should().Equal("pack.yaml:7:13: start_flow 'weekly' is not a flow of the pack (known: daily, safety)");
    }

    [Fact]
    public void A_safety_flow_naming_a_missing_flow_is_reported()
    {
        ProblemsWith("pack.yaml", Change("pack.yaml", "safety_flow: safety", "safety_flow: crisis"))
            .Should().Equal("pack.yaml:8:14: safety_flow 'crisis' is not a flow of the pack (known: daily, safety)");
    }

    [Fact]
    public void A_brand_colour_that_cannot_reach_4_5_to_1_both_ways_is_reported()
    {
        ProblemsWith("pack.yaml", Change("pack.yaml", "safety_flow: safety", "safety_flow: safety\nbrand: { primary_color: \"#ffb000\" }"))
            .Should().Equal("pack.yaml:9:25: brand primary_color '#ffb000' reaches only 1.83:1 (as text on white 1.83:1, under text 10.31:1); the web chat needs 4.5:1 both ways: try #996a00");
    }

    [Fact]
    public void A_dark_enough_brand_colour_passes()
    {
        ProblemsWith("pack.yaml", Change("pack.yaml", "safety_flow: safety", "safety_flow: safety\nbrand: { primary_color: \"#3a4f9a\" }"))
            .Should().BeEmpty();
    }

    [Fact]
    public void A_safety_flow_that_is_not_of_kind_safety_is_reported()
    {
        ProblemsWith("pack.yaml", Change("pack.yaml", "safety_flow: safety", "safety_flow: daily"))
            .Should().Equal("pack.yaml:8:14: safety_flow 'daily' is a flow of kind 'checkin'; it must be of kind 'safety'");
    }

    [Fact]
    public void A_pack_without_a_safety_flow_is_reported()
    {
        ProblemsWith("pack.yaml", Change("pack.yaml", "safety_flow: safety", ""))
            .Should().Equal("pack.yaml:1:1: pack.yaml names no safety_flow; every locale needs a safety flow (a flow of kind safety)");
    }

    [Fact]
    public void An_unreachable_state_is_reported_at_its_name()
    {
        ProblemsWith("flows/daily.yaml", Daily + "\n  orphan:\n    type: end")
            .Should().Equal("flows/daily.yaml:23:3: state 'orphan' cannot be reached from the start state 'ask' of flow 'daily'");
    }

    [Fact]
    public void A_message_key_missing_in_a_locale_is_reported_where_it_is_used()
    {
        ProblemsWith("messages/es.yaml", Change("messages/es.yaml", "  daily.low: Mal\n", ""))
            .Should().Equal("flows/daily.yaml:14:16: message key 'daily.low' is missing in messages/es.yaml");
    }

    [Fact]
    public void A_safety_message_missing_in_a_locale_says_the_locale_lacks_a_safety_flow()
    {
        ProblemsWith("messages/es.yaml", Change("messages/es.yaml", "\n  safety.intro: Importas.", ""))
            .Should().Equal("flows/safety.yaml:7:11: message key 'safety.intro' is missing in messages/es.yaml; locale 'es' needs every message of the safety flow 'safety'");
    }

    [Fact]
    public void Localized_text_missing_a_locale_is_reported()
    {
        ProblemsWith("exercises/box-breathing.yaml", Change("exercises/box-breathing.yaml", "    es: Inhala en cuatro.\n", ""))
            .Should().Equal("exercises/box-breathing.yaml:10:5: step 1 is missing the locale(s) es");
    }

    [Fact]
    public void Plain_localized_text_in_a_multilingual_pack_is_reported()
    {
        ProblemsWith("questionnaires/who5.yaml", Change("questionnaires/who5.yaml", "title: { en: WHO-5, es: WHO-5 }", "title: WHO-5"))
            .Should().Equal("questionnaires/who5.yaml:2:8: 'title' is plain text in the default locale 'en'; give a map with every pack locale (missing: es)");
    }

    [Fact]
    public void A_locale_without_a_helpline_is_reported()
    {
        ProblemsWith("helplines/international.yaml", Change("helplines/international.yaml", "languages: [\"*\"]", "languages: [en]"))
            .Should().Equal("pack.yaml:6:11: locale 'es' has no helpline: add one whose languages include 'es' (or '*')");
    }

    [Fact]
    public void A_locale_without_messages_is_reported()
    {
        ProblemsWith("messages/es.yaml", null)
            .Should().Equal("pack.yaml:6:11: locale 'es' has no messages/es.yaml");
    }

    [Fact]
    public void A_messages_file_whose_locale_differs_from_its_name_is_reported()
    {
        ProblemsWith(new Dictionary<string, string?>
        {
            ["messages/es.yaml"] = null,
            ["messages/sp.yaml"] = TestPack.ValidFiles["messages/es.yaml"],
        }).Should().Equal(
            "messages/sp.yaml:1:9: locale 'es' does not match the file name; name the file messages/es.yaml");
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        ProblemsWith("exercises/zz-empty.yaml", "# nothing yet")
            .Should().Equal("exercises/zz-empty.yaml:1:1: the file is empty");
    }

    [Fact]
    public void A_file_in_an_unknown_folder_is_reported()
    {
        ProblemsWith("exercise/box.yaml", "id: box")
            .Should().Equal("exercise/box.yaml:0:0: this file is in no known place: pack.yaml, exercises/, flows/, questionnaires/, helplines/, lexicons/, messages/ or lint/");
    }

    [Fact]
    public void A_yml_file_is_reported()
    {
        ProblemsWith("exercises/box.yml", "id: box")
            .Should().Equal("exercises/box.yml:0:0: content files end in .yaml; rename this file");
    }

    [Fact]
    public void A_file_with_two_documents_is_reported()
    {
        ProblemsWith("lexicons/en.yaml", TestPack.ValidFiles["lexicons/en.yaml"] + "\n---\nlocale: en")
            .Should().Equal("lexicons/en.yaml:7:1: the file holds more than one YAML document; keep one (remove the second '---')");
    }

    [Fact]
    public void A_pack_without_pack_yaml_is_reported()
    {
        ProblemsWith("pack.yaml", null).Should().Equal("pack.yaml:0:0: the pack has no pack.yaml");
    }

    [Fact]
    public void A_crisis_pattern_without_a_category_is_reported()
    {
        ProblemsWith("lexicons/en.yaml", Change("lexicons/en.yaml", "    category: suicidal-ideation\n", ""))
            .Should().Equal("lexicons/en.yaml:3:5: missing required key 'category' in item 1 of 'patterns'");
    }

    [Fact]
    public void A_malformed_id_explains_the_expected_form()
    {
        ProblemsWith("exercises/box-breathing.yaml", Change("exercises/box-breathing.yaml", "id: box-breathing", "id: Box Breathing"))
            .Should().Equal("exercises/box-breathing.yaml:1:5: 'id' 'Box Breathing' is not well formed (a stable identifier, lowercase with dashes (for example box-breathing). Unique in the pack)");
    }

    [Fact]
    public void A_right_to_left_locale_marked_left_to_right_is_reported()
    {
        ProblemsWith(new Dictionary<string, string?>
        {
            ["pack.yaml"] = TestPack.ValidFiles["pack.yaml"].Replace("  - code: es\n", "  - code: es\n  - code: ar\n", StringComparison.Ordinal),
            ["messages/ar.yaml"] = TestPack.ValidFiles["messages/es.yaml"].Replace("locale: es", "locale: ar", StringComparison.Ordinal),
        }).Should().Contain("pack.yaml:7:5: locale 'ar' is written right to left; set direction: rtl")
            .And.NotContain(p => p.StartsWith("pack.yaml:", StringComparison.Ordinal) && p != "pack.yaml:7:5: locale 'ar' is written right to left; set direction: rtl");
    }

    [Fact]
    public void Triggers_for_a_locale_the_pack_does_not_have_are_reported()
    {
        ProblemsWith("flows/daily.yaml", Change("flows/daily.yaml", "start: ask\n", "start: ask\ntriggers:\n  en: [check in]\n  de: [einchecken]\n"))
            .Should().Equal("flows/daily.yaml:7:3: triggers for 'de', which is not one of the pack's locales (en, es)");
    }

    [Fact]
    public void A_translation_that_drops_a_placeholder_is_reported()
    {
        ProblemsWith(new Dictionary<string, string?>
        {
            ["messages/en.yaml"] = Change("messages/en.yaml", "daily.bye: Thank you.", "daily.bye: Thank you, {name}."),
            ["messages/es.yaml"] = Change("messages/es.yaml", "daily.bye: Gracias.", "daily.bye: Gracias, {nombre}."),
        }).Should().Equal("messages/es.yaml:7:14: message 'daily.bye' lacks {name}, which messages/en.yaml uses");
    }

    [Fact]
    public void A_condition_that_does_not_parse_is_reported_at_its_when()
    {
        var branch = """
              breathe:
                type: branch
                cases:
                  - when: mood == 'low' and
                    next: finish
                else: finish
            """;
        ProblemsWith("flows/daily.yaml", Change("flows/daily.yaml", "  breathe:\n    type: exercise\n    exercise: box-breathing\n    next: finish\n", branch + "\n"))
            .Should().ContainSingle().Which.Should().StartWith("flows/daily.yaml:19:15: state 'breathe' has a condition that does not parse, 'mood == 'low' and': ");
    }

    [Fact]
    public void A_malformed_locale_in_localized_text_is_reported()
    {
        ProblemsWith("exercises/box-breathing.yaml", Change("exercises/box-breathing.yaml", "  es: Respiración cuadrada", "  ES: Respiración cuadrada"))
            .Should().Equal("exercises/box-breathing.yaml:5:3: key 'ES' is not well formed: expected a locale tag such as en, es or pt-BR (lowercase language)");
    }
}
