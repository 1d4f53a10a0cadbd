using WellbeingKit.Content.Yaml.Authoring;

namespace WellbeingKit.Content.Yaml.Tests.Authoring;

public sealed class PackLocaleEditorTests
{
    [Fact]
    public void An_added_locale_is_partial_and_leaves_only_the_safety_texts_and_crisis_phrases_to_write()
    {
        using var pack = new TestPack();

        var result = PackLocaleEditor.Add(pack.Directory, "UK");

        File.ReadAllText(pack.FullPath("pack.yaml")).Should().Contain("  - code: uk\n    fallback: en");
        File.ReadAllText(pack.FullPath("messages/uk.yaml")).Should().Contain("  # You matter.\n  safety.intro: \"\"\n");
        result.NextSteps.Should().Contain(s => s.Contains("lexicons/uk.yaml", StringComparison.Ordinal));
        pack.Problems().Should().BeEquivalentTo(
            "messages/uk.yaml:6:17: message 'safety.intro' is empty: write its text in 'uk' (an empty text is shown as nothing; it does not fall back)",
            "pack.yaml:7:11: locale 'uk' has no crisis lexicon, so a crisis message in 'uk' would never reach the safety flow: add lexicons/uk.yaml with crisis phrases in 'uk' (see docs/authoring.md), or, if another locale's lexicon covers it, say which with 'lexicon: <locale>' in this entry");
    }

    [Fact]
    public void An_added_locale_is_valid_once_its_safety_texts_and_crisis_phrases_are_written()
    {
        using var pack = new TestPack();
        PackLocaleEditor.Add(pack.Directory, "uk");

        pack.Write("messages/uk.yaml", File.ReadAllText(pack.FullPath("messages/uk.yaml")).Replace("safety.intro: \"\"", "safety.intro: Ви важливі.", StringComparison.Ordinal));
        pack.Write("lexicons/uk.yaml", "locale: uk\npatterns:\n  - id: uk.si\n    category: suicidal-ideation\n    level: high\n    phrases: [не хочу жити]");

        pack.Problems().Should().BeEmpty();
    }

    [Fact]
    public void A_right_to_left_locale_is_added_with_its_direction()
    {
        using var pack = new TestPack();

        PackLocaleEditor.Add(pack.Directory, "fa");

        File.ReadAllText(pack.FullPath("pack.yaml")).Should().Contain("  - code: fa\n    direction: rtl\n    fallback: en");
    }

    [Fact]
    public void A_locale_the_pack_has_is_not_added_twice()
    {
        using var pack = new TestPack();

        var add = () => PackLocaleEditor.Add(pack.Directory, "es");

        add.Should().Throw<ArgumentException>().WithMessage("the pack already has the locale 'es'*");
    }

    [Fact]
    public void A_removed_locale_leaves_a_valid_pack_with_none_of_its_texts()
    {
        using var pack = new TestPack();

        var result = PackLocaleEditor.Remove(pack.Directory, "es");

        result.Files.Should().Contain(["pack.yaml", "messages/es.yaml (deleted)", "exercises/box-breathing.yaml", "questionnaires/who5.yaml"]);
        pack.Problems().Should().BeEmpty();
        File.Exists(pack.FullPath("messages/es.yaml")).Should().BeFalse();
        File.ReadAllText(pack.FullPath("exercises/box-breathing.yaml")).Should().NotContain(" es:").And.Contain("en: Box breathing");
        File.ReadAllText(pack.FullPath("questionnaires/who5.yaml")).Should().Contain("title: { en: WHO-5 }").And.NotContain(" es:");
    }

    [Fact]
    public void The_default_locale_cannot_be_removed()
    {
        using var pack = new TestPack();

        var remove = () => PackLocaleEditor.Remove(pack.Directory, "en");

        remove.Should().Throw<ArgumentException>().WithMessage("'en' is the pack's default locale*");
    }

    [Fact]
    public void Adding_then_removing_a_locale_gives_back_the_pack_as_it_was()
    {
        using var pack = new TestPack();
        var before = File.ReadAllText(pack.FullPath("pack.yaml"));

        PackLocaleEditor.Add(pack.Directory, "uk");
        PackLocaleEditor.Remove(pack.Directory, "uk");

        File.ReadAllText(pack.FullPath("pack.yaml")).Should().Be(before);
        File.Exists(pack.FullPath("messages/uk.yaml")).Should().BeFalse();
    }
}
