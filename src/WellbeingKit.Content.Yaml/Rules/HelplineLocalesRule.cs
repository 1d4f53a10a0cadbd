namespace WellbeingKit.Content.Yaml;

/// <summary>Every locale has a helpline that serves its language (or an international one).</summary>
internal sealed class HelplineLocalesRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        var manifest = pack.Manifest;
        if (pack.Sources.BrokenIds.TryGetValue(ContentFileKind.Helplines, out var broken) && broken.Count > 0)
        {
            return; // a helpline file has problems of its own: do not guess which locales it serves.
        }

        var languages = pack.Sources.Helplines.SelectMany(h => h.Value).SelectMany(h => h.Languages).ToList();
        foreach (var locale in pack.Locales)
        {
            var served = languages.Any(language => language == Helpline.International || Locales.SameLanguage(language, locale));
            if (!served)
            {
                pack.Problems.AddAt(manifest, PackCheck.LocalePointer(manifest.Value, locale), $"locale '{locale}' has no helpline: add one whose languages include '{locale}' (or '*')");
            }
        }
    }
}
