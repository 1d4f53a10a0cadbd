using System.Globalization;
using System.Text.RegularExpressions;

namespace WellbeingKit.Content;

/// <summary>
/// WCAG 2 contrast of the brand's hex colours: one place for the content validator and the web chat's theme.
/// </summary>
internal static partial class ColourContrast
{
    /// <summary>The contrast WCAG 2 (AA) asks for normal text.</summary>
    public const double Text = 4.5;

    /// <summary>True for a plain <c>#rgb</c> or <c>#rrggbb</c> colour.</summary>
    public static bool IsHex(string? value) => value is not null && HexColour().IsMatch(value);

    /// <summary><c>#rgb</c> written as <c>#rrggbb</c>, lowercased.</summary>
    public static string Full(string hex)
    {
        var lower = hex.ToLowerInvariant();
        return lower.Length == 4 ? $"#{lower[1]}{lower[1]}{lower[2]}{lower[2]}{lower[3]}{lower[3]}" : lower;
    }

    /// <summary>The WCAG relative luminance of a hex colour (0 black to 1 white).</summary>
    public static double Luminance(string hex)
    {
        var full = Full(hex);
        double Channel(int at)
        {
            var c = int.Parse(full.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }

    /// <summary>The contrast ratio of two hex colours (1 to 21).</summary>
    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>Black or white, whichever reads better on <paramref name="hex"/>.</summary>
    public static string OnColour(string hex) => Luminance(hex) > 0.179 ? "#111111" : "#ffffff";

    /// <summary>
    /// <paramref name="hex"/> itself when it reaches 4.5:1 on <paramref name="surface"/>, else the nearest shade toward black
    /// (on a light surface) or white (on a dark one) that does.
    /// </summary>
    public static string Readable(string hex, string surface)
    {
        var full = Full(hex);
        var towards = Luminance(surface) > 0.179 ? 0 : 255;
        for (var step = 0; step <= 20; step++)
        {
            var candidate = Mix(full, towards, step / 20.0);
            if (Ratio(candidate, surface) >= Text)
            {
                return candidate;
            }
        }

        return towards == 0 ? "#000000" : "#ffffff";
    }

    private static string Mix(string hex, int towards, double amount)
    {
        int Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return (int)Math.Round(c + ((towards - c) * amount));
        }

        return string.Create(CultureInfo.InvariantCulture, $"#{Channel(1):x2}{Channel(3):x2}{Channel(5):x2}");
    }

    [GeneratedRegex("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColour();
}
