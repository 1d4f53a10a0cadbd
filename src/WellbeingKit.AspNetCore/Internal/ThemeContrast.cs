using System.Globalization;
using WellbeingKit.Content;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>
/// The pack's brand colours as CSS variables, checked both ways: text on the brand colour (black or white, whichever reads
/// better) and the brand colour as text on the page (darkened on white, lightened on the dark theme, until 4.5:1).
/// </summary>
internal static class ThemeContrast
{
    /// <summary>The page surfaces the brand colour is drawn on as text: light and dark theme (chat.css).</summary>
    public const string LightSurface = "#ffffff";

    public const string DarkSurface = "#1c1f22";

    public static string Css(PackBrand brand)
    {
        var defaults = new PackBrand();
        var primary = Colour(brand.PrimaryColor, defaults.PrimaryColor);
        var accent = Colour(brand.AccentColor, defaults.AccentColor);
        return string.Create(
            CultureInfo.InvariantCulture,
            $":root {{\n  --wk-primary: {primary};\n  --wk-accent: {accent};\n  --wk-on-primary: {ColourContrast.OnColour(primary)};\n" +
            $"  --wk-primary-text: {ColourContrast.Readable(primary, LightSurface)};\n" +
            $"  --wk-primary-text-dark: {ColourContrast.Readable(primary, DarkSurface)};\n}}\n");
    }

    /// <summary>A pack colour only reaches the CSS when it is a plain hex colour; anything else falls back to the default.</summary>
    public static string Colour(string? value, string fallback) => ColourContrast.IsHex(value) ? ColourContrast.Full(value!) : fallback;
}
