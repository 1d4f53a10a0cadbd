namespace WellbeingKit.Content.Yaml;

/// <summary>
/// A partial locale (<c>fallback:</c> in <c>pack.yaml</c>) falls back to the pack's default locale, the one the kit shows
/// where a text is missing; the default locale itself cannot be partial, nor a locale that says it is complete.
/// </summary>
internal sealed class PartialLocalesRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        var manifest = pack.Manifest;
        var defaultLocale = manifest.Value.DefaultLocale;
        for (var i = 0; i < manifest.Value.Locales.Count; i++)
        {
            var locale = manifest.Value.Locales[i];
            if (locale.Fallback is not { } fallback)
            {
                continue;
            }

            var at = JsonPointer.Append("/locales", i);
            if (string.Equals(locale.Code, defaultLocale, StringComparison.OrdinalIgnoreCase))
            {
                pack.Problems.AddAt(manifest, at + "/fallback", $"locale '{locale.Code}' is the default locale, the one other locales fall back to; remove 'fallback:'");
            }
            else if (!string.Equals(fallback, defaultLocale, StringComparison.OrdinalIgnoreCase))
            {
                pack.Problems.AddAt(manifest, at + "/fallback", $"locale '{locale.Code}' falls back to '{fallback}', but a missing text is shown in the default locale '{defaultLocale}': write 'fallback: {defaultLocale}'");
            }
            else if (locale.Complete)
            {
                pack.Problems.AddAt(manifest, at + "/complete", $"locale '{locale.Code}' says it is complete and also falls back to '{fallback}'; remove 'complete: true' until every string is translated, or remove 'fallback:'");
            }
        }
    }
}
