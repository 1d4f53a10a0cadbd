using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Content.Yaml.Tests;

public sealed class BaselineLexiconTests
{
    [Fact]
    public void A_pack_without_lexicons_still_screens_with_the_default_crisis_phrases()
    {
        using var pack = TestPack.With("lexicons/en.yaml", null);

        var loaded = ContentPackLoader.LoadDirectory(pack.Directory);

        loaded.Lexicons.Keys.Should().Contain(["en", "es", "fr", "ar"]);
        loaded.Lexicons["en"].Patterns.Should().BeEquivalentTo(ContentPackLoader.LoadDefault().Lexicons["en"].Patterns);
    }

    [Fact]
    public void A_pack_lexicon_adds_its_phrases_to_the_default_ones()
    {
        using var pack = new TestPack();

        var loaded = ContentPackLoader.LoadDirectory(pack.Directory);

        var defaults = ContentPackLoader.LoadDefault().Lexicons["en"].Patterns;
        loaded.Lexicons["en"].Patterns.Should().HaveCount(defaults.Count + 1);
        loaded.Lexicons["en"].Patterns.Should().Contain(p => p.Id == "si.test");
    }

    [Fact]
    public void A_pack_pattern_with_a_default_id_keeps_every_default_phrase_and_the_higher_level()
    {
        var baseline = ContentPackLoader.LoadDefault().Lexicons["en"];
        var first = baseline.Patterns.First(p => p.Level >= Risk.RiskLevel.High);
        var weakened = new LexiconDefinition
        {
            Locale = "en",
            Patterns = [first with { Phrases = ["a new phrase"], Level = Risk.RiskLevel.Low }],
        };

        var merged = BaselineLexicons.Merge(baseline, weakened);

        var pattern = merged.Patterns.Single(p => p.Id == first.Id);
        pattern.Phrases.Should().Contain(first.Phrases).And.Contain("a new phrase");
        pattern.Level.Should().Be(first.Level);
    }
}
