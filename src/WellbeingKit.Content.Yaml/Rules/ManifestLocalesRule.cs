namespace WellbeingKit.Content.Yaml;

/// <summary>Each locale of <c>pack.yaml</c> is listed once, and right-to-left languages say <c>direction: rtl</c>.</summary>
internal sealed class ManifestLocalesRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        var manifest = pack.Manifest;
        var locales = manifest.Value.Locales;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < locales.Count; i++)
        {
            if (!seen.Add(locales[i].Code))
            {
                pack.Problems.AddAt(manifest, JsonPointer.Append("/locales", i) + "/code", $"locale '{locales[i].Code}' is listed twice");
            }

            if (Locales.IsRightToLeft(locales[i].Code) && locales[i].Direction != "rtl")
            {
                pack.Problems.AddAt(manifest, JsonPointer.Append("/locales", i), $"locale '{locales[i].Code}' is written right to left; set direction: rtl");
            }
        }
    }
}
