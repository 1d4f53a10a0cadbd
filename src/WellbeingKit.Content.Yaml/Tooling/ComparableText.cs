using System.Globalization;
using System.Text;

namespace WellbeingKit.Content.Yaml;

/// <summary>
/// Texts compared as written, for the content tooling (the story runner's expectations, the safe-messaging lint): what
/// a user types is compared with the runtime's own folding instead (the risk lexicon's, in the core).
/// </summary>
internal static class ComparableText
{
    /// <summary>
    /// Lowercases, strips diacritics and punctuation, and collapses spaces ("¡Sí!" → "si"), keeping every letter: for
    /// texts compared as written (the safe-messaging lint, story checks).
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when both texts are equal once normalized (and not empty).</summary>
    public static bool Same(string a, string b)
    {
        var left = Normalize(a);
        return left.Length > 0 && left == Normalize(b);
    }
}
