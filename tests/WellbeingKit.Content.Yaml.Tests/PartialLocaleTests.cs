using WellbeingKit.Content.Yaml.Strings;

namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>
/// A partial locale (<c>fallback: en</c>) may leave texts untranslated: each falls back to the default locale, string by
/// string. The safety flow's texts never fall back, and coverage tells translated, copied and fallback strings apart.
/// </summary>
public sealed class PartialLocaleTests
{
    private static readonly string PartialManifest = TestPack.ValidFiles["pack.yaml"].Replace("  - code: es", "  - code: es\n    fallback: en", StringComparison.Ordinal);

    /// <summary>Spanish keeps only the safety flow's message; the exercise keeps only its English text.</summary>
    private static TestPack HalfTranslated(string manifest) => new(new Dictionary<string, string?>
    {
        ["pack.yaml"] = manifest,
        ["messages/es.yaml"] = "locale: es\nmessages:\n  safety.intro: Importas.\n  daily.ask: How are you today?",
        ["exercises/box-breathing.yaml"] = """
            id: box-breathing
            kind: breathing
            title:
              en: Box breathing
            summary:
              en: Breathe in four counts.
            steps:
              - en: Breathe in for four.
            duration_minutes: 2
            """,
    });

    [Fact]
    public void A_partial_locale_that_leaves_texts_untranslated_is_valid()
    {
        using var pack = HalfTranslated(PartialManifest);

        pack.Problems().Should().BeEmpty();
    }

    [Fact]
    public void The_same_locale_without_fallback_is_refused_for_each_missing_text()
    {
        using var pack = HalfTranslated(TestPack.ValidFiles["pack.yaml"]);

        pack.Problems().Should().Contain("exercises/box-breathing.yaml:4:3: 'title' is missing the locale(s) es")
            .And.Contain(p => p.Contains("message key 'daily.title' is missing in messages/es.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Untranslated_texts_of_a_partial_locale_are_shown_in_the_default_locale()
    {
        using var pack = HalfTranslated(PartialManifest);

        var loaded = ContentPackLoader.LoadDirectory(pack.Directory, new ContentLimits());

        loaded.GetMessage("daily.title", "es").Should().Be("Daily check-in");
        loaded.GetMessage("safety.intro", "es").Should().Be("Importas.");
        loaded.Exercises["box-breathing"].Title.Resolve("es", loaded.Manifest.DefaultLocale).Should().Be("Box breathing");
    }

    [Fact]
    public void The_safety_flows_texts_never_fall_back()
    {
        using var pack = HalfTranslated(PartialManifest);
        pack.Write("messages/es.yaml", "locale: es\nmessages:\n  daily.ask: ¿Cómo estás?");

        pack.Problems().Should().Equal(
            "flows/safety.yaml:7:11: message key 'safety.intro' is missing in messages/es.yaml; locale 'es' needs every message of the safety flow 'safety' (safety texts never fall back to 'en')");
    }

    [Fact]
    public void A_fallback_other_than_the_default_locale_is_refused()
    {
        using var pack = HalfTranslated(PartialManifest.Replace("fallback: en", "fallback: fr", StringComparison.Ordinal));

        pack.Problems().Should().Contain(p => p.StartsWith("pack.yaml:", StringComparison.Ordinal)
            && p.EndsWith("locale 'es' falls back to 'fr', but a missing text is shown in the default locale 'en': write 'fallback: en'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_locale_cannot_be_complete_and_partial()
    {
        using var pack = HalfTranslated(PartialManifest.Replace("fallback: en", "fallback: en\n    complete: true", StringComparison.Ordinal));

        pack.Problems().Should().Contain(p => p.EndsWith("locale 'es' says it is complete and also falls back to 'en'; remove 'complete: true' until every string is translated, or remove 'fallback:'", StringComparison.Ordinal));
    }

    [Fact]
    public void Coverage_counts_copied_source_text_and_fallbacks_apart_from_translations()
    {
        using var pack = HalfTranslated(PartialManifest);

        var coverage = PackStringCatalog.Read(pack.Directory, "es").Coverage();

        coverage.Translated.Should().Be(6, "safety.intro and the questionnaire's five texts are Spanish");
        coverage.Copied.Should().Be(1, "daily.ask is the English text copied");
        coverage.FallsBack.Should().Be(7, "four messages and the exercise's three texts are left to English");
        coverage.Missing.Should().Be(0);
        coverage.Percent.Should().BeApproximately(100.0 * 6 / 14, 0.01);
    }

    [Fact]
    public void Coverage_of_a_full_locale_counts_untranslated_strings_as_missing()
    {
        using var pack = HalfTranslated(TestPack.ValidFiles["pack.yaml"]);

        var coverage = PackStringCatalog.Read(pack.Directory, "es").Coverage();

        coverage.FallsBack.Should().Be(0);
        coverage.Missing.Should().Be(7);
    }

    [Theory]
    [InlineData("How are you today?", "How are you today?", true)]
    [InlineData("PHQ-9", "PHQ-9", false)]
    [InlineData("OK", "OK", false)]
    [InlineData("How are you today?", "¿Cómo estás hoy?", false)]
    public void A_copy_is_the_same_text_of_two_words_or_more(string source, string target, bool copy) =>
        PackStringCatalog.IsCopy(source, target).Should().Be(copy);
}
