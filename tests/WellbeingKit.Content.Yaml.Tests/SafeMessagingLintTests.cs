using WellbeingKit.Safety;

namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>The safe-messaging lint: built-in dosage rules, and phrases a pack adds per locale in lint/&lt;locale&gt;.yaml.</summary>
public sealed class SafeMessagingLintTests
{
    private static string MessagesWith(string locale, string text) =>
        TestPack.ValidFiles[$"messages/{locale}.yaml"].Replace("  safety.intro: ", $"  extra.text: {text}\n  safety.intro: ", StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "Remember that ten tablets can kill you.")]
    [InlineData("en", "Do not take a whole packet of sleeping pills.")]
    [InlineData("es", "Una caja entera de pastillas es peligrosa.")]
    [InlineData("es", "Diez pastillas pueden matarte.")]
    public void Dosage_details_are_caught_by_the_built_in_rules(string locale, string text)
    {
        using var pack = TestPack.With($"messages/{locale}.yaml", MessagesWith(locale, text));

        var check = ContentPackLoader.Check(pack.Directory);

        check.Problems.Should().BeEmpty();
        check.SafeMessaging.Should().Contain(f => f.Rule == SafeMessagingRule.MethodDetail && f.Key == "extra.text");
    }

    [Theory]
    [InlineData("Dix comprimés peuvent tuer.")]
    [InlineData("une boîte entière de somnifères")]
    public void French_dosage_details_are_caught(string text)
    {
        SafeMessagingLint.CheckText(text).Should().Contain(f => f.Rule == SafeMessagingRule.MethodDetail);
    }

    [Fact]
    public void Arabic_dosage_details_are_caught()
    {
        SafeMessagingLint.CheckText("علبة كاملة من الحبوب المنومة").Should().Contain(f => f.Rule == SafeMessagingRule.MethodDetail);
    }

    [Fact]
    public void A_pack_adds_its_own_phrases_per_locale()
    {
        using var pack = TestPack.With("messages/es.yaml", MessagesWith("es", "No hagas una locura."));
        pack.Write("lint/es.yaml", "locale: es\ndiagnosis: [una locura]\n");

        var check = ContentPackLoader.Check(pack.Directory);

        check.Problems.Should().BeEmpty();
        check.SafeMessaging.Should().ContainSingle().Which.Should().Be(new SafeMessagingFinding("messages/es.yaml", "extra.text", "una locura", SafeMessagingRule.Diagnosis));
    }

    [Fact]
    public void A_locale_with_no_lint_rules_is_a_warning()
    {
        var files = TestPack.ValidFiles.ToDictionary(f => f.Key, f => (string?)f.Value);
        files["pack.yaml"] = files["pack.yaml"]!.Replace("  - code: es", "  - code: es\n  - code: uk\n    lexicon: en", StringComparison.Ordinal);
        using var pack = new TestPack(files);

        var warnings = ContentPackLoader.Check(pack.Directory).Warnings.Where(w => w.Message.Contains("lint", StringComparison.Ordinal)).Select(w => w.ToString());

        warnings.Should().Equal("pack.yaml:7:11: the safe-messaging lint has no rules for 'uk' (the built-in rules cover en, es, fr and ar), so method details or dosages written in 'uk' would pass: add lint/uk.yaml with such phrases in 'uk'");
    }
}
