namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>The loader checks the inflection syntax of lexicon phrases (issue 16, point 4) and reports a bad one where it is.</summary>
public sealed class LexiconFormsTests
{
    private static IReadOnlyList<string> ProblemsWith(string lexicon)
    {
        using var pack = TestPack.With("lexicons/en.yaml", lexicon);
        return pack.Problems();
    }

    [Fact]
    public void Verb_markers_and_groups_in_a_flow_list_load_without_quotes()
    {
        ProblemsWith("""
            locale: en
            patterns:
              - id: si.test
                category: suicidal-ideation
                phrases: [i <want> to (die|<kill:inf> myself), <end:inf> it all]
            """).Should().BeEmpty();
    }

    [Fact]
    public void A_phrase_with_an_unclosed_marker_is_reported_at_the_phrase()
    {
        ProblemsWith("""
            locale: en
            patterns:
              - id: si.test
                category: suicidal-ideation
                phrases: [test phrase, i <want to die]
            """).Should().Equal("lexicons/en.yaml:5:28: the phrase 'i <want to die', at character 3: '<' is never closed with '>'");
    }

    [Fact]
    public void A_marker_with_an_unknown_tag_is_reported_with_the_tags_that_exist()
    {
        ProblemsWith("""
            locale: en
            patterns:
              - id: si.test
                category: suicidal-ideation
                phrases:
                  - i <want:past> to die
            """).Should().ContainSingle().Which.Should().StartWith("lexicons/en.yaml:6:9: the phrase 'i <want:past> to die', at character 3: 'past' in '<want:past>' is not a tag: use inf ger part");
    }

    [Fact]
    public void A_pronoun_attached_to_an_english_verb_is_reported_in_a_benign_pattern_too()
    {
        ProblemsWith("""
            locale: en
            patterns:
              - id: si.test
                category: suicidal-ideation
                phrases: [test phrase]
            benign:
              - id: benign.test
                phrases: [<kill+me> slowly]
            """).Should().Equal("lexicons/en.yaml:8:15: the phrase '<kill+me> slowly', at character 1: '+me' in '<kill+me>': en verbs take no attached pronoun");
    }

    [Fact]
    public void A_frame_cue_standing_for_too_many_forms_is_reported_at_the_cue()
    {
        // The compiler expands frame lists like every other list; a cue it refuses would otherwise pass validation and then
        // stop the lexicon from loading, so that every message is escalated.
        ProblemsWith("""
            locale: en
            patterns:
              - id: si.test
                category: suicidal-ideation
                phrases: [test phrase]
            news:
              - (a|b|c|d|e) (f|g|h|i|j) (k|l|m|n|o) (p|q|r|s|t) (u|v|w|x|y)
            """).Should().ContainSingle().Which.Should().StartWith("lexicons/en.yaml:7:5: the phrase '(a|b|c|d|e) (f|g|h|i|j) (k|l|m|n|o) (p|q|r|s|t) (u|v|w|x|y)', at character").And.Contain("more than 600 forms");
    }
}
