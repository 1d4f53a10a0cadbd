using WellbeingKit.Content.Yaml;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Tests.Risk;

/// <summary>
/// The es and fr default lexicons were rewritten from forms listed one by one into the inflection syntax
/// (<c>&lt;querer:1s&gt; morir</c>): every phrase listed before (lexicon-phrases-before-forms.tsv) is still a form of its rule.
/// </summary>
public sealed class LexiconRewriteTests
{
    [Fact]
    public void Every_phrase_listed_before_the_rewrite_is_still_a_form_of_its_rule()
    {
        var pack = ContentPackLoader.LoadDefault();
        var forms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var lexicon in pack.Lexicons.Values)
        {
            foreach (var pattern in lexicon.Patterns)
            {
                var ruleId = $"{lexicon.Locale}.{pattern.Id}";
                var set = forms.TryGetValue(ruleId, out var existing) ? existing : forms[ruleId] = new HashSet<string>(StringComparer.Ordinal);
                foreach (var form in CompiledLexicon.Forms(pattern.Phrases, lexicon.Locale, ruleId))
                {
                    set.Add(Key(form));
                }
            }
        }

        var missing = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Risk", "lexicon-phrases-before-forms.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(row => !forms.TryGetValue($"{row[0]}.{row[1]}", out var set) || !set.Contains(Key(row[2])))
            .Select(row => string.Join(' ', row))
            .ToList();

        missing.Should().BeEmpty("each phrase listed before the rewrite must still be matched by its rule");
    }

    private static string Key(string phrase) => (phrase.TrimEnd().EndsWith('*') ? "*" : "") + TextNormalizer.NormalizePhrase(phrase.TrimEnd().TrimEnd('*'));
}
