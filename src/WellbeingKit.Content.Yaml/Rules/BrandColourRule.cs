using System.Globalization;

namespace WellbeingKit.Content.Yaml;

/// <summary>The brand's primary colour is readable on the web chat, both as text and under text.</summary>
internal sealed class BrandColourRule : IPackRule
{
    /// <summary>
    /// The primary colour is drawn both ways on the web chat: as a background under black or white text, and as text
    /// (quick replies, links) on white. It must reach 4.5:1 both ways (WCAG 2 AA).
    /// </summary>
    public void Check(PackCheck pack)
    {
        var manifest = pack.Manifest;
        var colour = manifest.Value.Brand.PrimaryColor;
        if (!ColourContrast.IsHex(colour))
        {
            return; // the schema names a colour that is not hex
        }

        var asText = ColourContrast.Ratio(colour, "#ffffff");
        var underText = ColourContrast.Ratio(colour, ColourContrast.OnColour(colour));
        if (Math.Min(asText, underText) < ColourContrast.Text)
        {
            pack.Problems.AddAt(manifest, "/brand/primary_color", string.Create(
                CultureInfo.InvariantCulture,
                $"brand primary_color '{colour}' reaches only {Math.Min(asText, underText):0.00}:1 (as text on white {asText:0.00}:1, under text {underText:0.00}:1); the web chat needs 4.5:1 both ways: try {ColourContrast.Readable(colour, "#ffffff")}"));
        }
    }
}
