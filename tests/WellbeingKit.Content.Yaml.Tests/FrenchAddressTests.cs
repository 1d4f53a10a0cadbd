using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;
using WellbeingKit.Safety;
using Xunit;

namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>
/// The kit speaks French in one register: "vous" (a mixed audience, adults and young people alike), in the default pack and
/// in the built-in fallbacks that fill its gaps, so a conversation never switches from "vous" to "tu".
/// </summary>
public sealed partial class FrenchAddressTests
{
    /// <summary>Where the user's own words are written (patterns, synonyms, triggers, lexicons): the user may say "tu".</summary>
    private static readonly string[] UserWords = ["intent.", ".match", "Match", "Synonyms", "Patterns", "Triggers", "Lexicon", "Idioms"];

    /// <summary>"tu" and its forms: tu, te, t', toi, ton, ta, tes (as whole words; "t'" before a vowel).</summary>
    [GeneratedRegex(@"(?<!\p{L})((tu|te|toi|ton|ta|tes)(?!\p{L})|t['’](?=\p{L}))", RegexOptions.IgnoreCase)]
    private static partial Regex Tu();

    /// <summary>Texts, with where they come from, that use a form of "tu".</summary>
    private static List<string> Familiar(IEnumerable<(string Where, string Text)> texts) =>
        [.. texts.Where(t => !UserWords.Any(u => t.Where.Contains(u, StringComparison.Ordinal)) && Tu().IsMatch(t.Text)).Select(t => $"{t.Where}: {t.Text}")];

    [Fact]
    public void Every_french_text_of_the_default_pack_says_vous()
    {
        var pack = ContentPackLoader.LoadDefault();

        var localized = LocalizedTexts(pack, "pack", "fr", []).ToList();
        var texts = pack.Messages["fr"].Select(m => ("messages/fr.yaml " + m.Key, m.Value)).Concat(localized);

        localized.Should().Contain(t => t.Where.StartsWith("pack.Exercises", StringComparison.Ordinal), "the exercises' texts are scanned too");
        Familiar(texts).Should().BeEmpty();
    }

    [Fact]
    public void Every_built_in_french_text_says_vous()
    {
        var texts = BuiltInTexts.Keys.Select(k => ("built-in " + k, BuiltInTexts.Get(k, "fr") ?? ""));

        Familiar(texts).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Vous pouvez m'écrire quand vous voulez.", false)]
    [InlineData("Tu peux m'écrire quand tu veux.", true)]
    [InlineData("Je t'écoute.", true)]
    [InlineData("Ce n'est pas de ta faute.", true)]
    [InlineData("Veux-tu reprendre ?", true)]
    [InlineData("Une attente, tenez bon : c'est normal.", false)]
    public void The_check_finds_tu_and_only_tu(string text, bool familiar)
    {
        Familiar([("test", text)]).Should().HaveCount(familiar ? 1 : 0);
    }

    /// <summary>Every <see cref="LocalizedText"/> in the pack's object graph, in <paramref name="locale"/>, with the path to it.</summary>
    private static IEnumerable<(string Where, string Text)> LocalizedTexts(object? node, string where, string locale, HashSet<object> seen)
    {
        if (node is null || node is string || node.GetType().IsValueType || !seen.Add(node))
        {
            yield break;
        }

        if (node is LocalizedText text)
        {
            if (text.Values.TryGetValue(locale, out var value))
            {
                yield return (where, value);
            }

            yield break;
        }

        if (node is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                foreach (var found in LocalizedTexts(entry.Value, $"{where}[{entry.Key}]", locale, seen))
                {
                    yield return found;
                }
            }

            yield break;
        }

        if (node is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                foreach (var found in LocalizedTexts(item, $"{where}[{i++}]", locale, seen))
                {
                    yield return found;
                }
            }

            yield break;
        }

        if (node.GetType().Namespace?.StartsWith("WellbeingKit", StringComparison.Ordinal) != true)
        {
            yield break;
        }

        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            foreach (var found in LocalizedTexts(property.GetValue(node), $"{where}.{property.Name}", locale, seen))
            {
                yield return found;
            }
        }
    }
}
