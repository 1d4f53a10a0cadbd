namespace WellbeingKit.Content.Yaml;

/// <summary>Each locale has safe-messaging lint rules: built in (en, es, fr, ar) or the pack's <c>lint/&lt;locale&gt;.yaml</c> (a warning when neither).</summary>
internal sealed class LintCoverageRule : IPackRule
{
    /// <summary>The safe-messaging lint knows en, es, fr and ar; a locale in any other language needs lint/&lt;locale&gt;.yaml (a warning).</summary>
    public void Check(PackCheck pack)
    {
        var manifest = pack.Manifest;
        var lint = pack.UniqueLocale(pack.Sources.Lint, l => l.Locale, "lint", declaredOnly: false, []);
        for (var i = 0; i < manifest.Value.Locales.Count; i++)
        {
            var code = manifest.Value.Locales[i].Code;
            if (Locales.Language(code) is "en" or "es" or "fr" or "ar" || lint.Keys.Any(l => Locales.SameLanguage(l, code)))
            {
                continue;
            }

            pack.Problems.WarnAt(manifest, JsonPointer.Append("/locales", i) + "/code", $"the safe-messaging lint has no rules for '{code}' (the built-in rules cover en, es, fr and ar), so method details or dosages written in '{code}' would pass: add lint/{code}.yaml with such phrases in '{code}'");
        }
    }
}
