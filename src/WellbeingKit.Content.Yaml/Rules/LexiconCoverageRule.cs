namespace WellbeingKit.Content.Yaml;

/// <summary>Every locale is screened by crisis phrases: its own lexicon (or the built-in one), or another locale's it names (a warning).</summary>
internal sealed class LexiconCoverageRule : IPackRule
{
    /// <summary>Every locale needs crisis phrases: its own lexicon (or the built-in one), or a declared one that covers it (a warning).</summary>
    public void Check(PackCheck pack)
    {
        var manifest = pack.Manifest;
        var lexicons = pack.Lexicons;
        bool Covered(string locale) =>
            lexicons.Values.Any(l => Locales.SameLanguage(l.Value.Locale, locale) && l.Value.Patterns.Count > 0)
            || (pack.StandsOnDefaultPack && BaselineLexicons.Pack.Lexicons.Keys.Any(l => Locales.SameLanguage(l, locale)));

        for (var i = 0; i < manifest.Value.Locales.Count; i++)
        {
            var entry = manifest.Value.Locales[i];
            if (Covered(entry.Code))
            {
                continue;
            }

            var at = JsonPointer.Append("/locales", i);
            if (entry.Lexicon is { } other)
            {
                if (Covered(other))
                {
                    pack.Problems.WarnAt(manifest, at + "/lexicon", $"locale '{entry.Code}' has no crisis lexicon of its own; the '{other}' lexicon screens it, so a crisis message in '{entry.Code}' reaches the safety flow only when it uses '{other}' phrases. Write lexicons/{entry.Code}.yaml to screen it fully");
                }
                else
                {
                    pack.Problems.AddAt(manifest, at + "/lexicon", $"locale '{entry.Code}' says its crisis lexicon is '{other}', but the pack has no lexicon for '{other}'{Suggestions.DidYouMean(other, lexicons.Keys)}; add lexicons/{entry.Code}.yaml");
                }

                continue;
            }

            pack.Problems.AddAt(manifest, at + "/code", $"locale '{entry.Code}' has no crisis lexicon, so a crisis message in '{entry.Code}' would never reach the safety flow: add lexicons/{entry.Code}.yaml with crisis phrases in '{entry.Code}' (see docs/authoring.md), or, if another locale's lexicon covers it, say which with 'lexicon: <locale>' in this entry");
        }

        if (manifest.Value.Locales.Count == 0 && !Covered(manifest.Value.DefaultLocale))
        {
            pack.Problems.AddAt(manifest, "/default_locale", $"locale '{manifest.Value.DefaultLocale}' has no crisis lexicon, so a crisis message would never reach the safety flow: add lexicons/{manifest.Value.DefaultLocale}.yaml");
        }
    }
}
