using System.Globalization;
using System.Text;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>Compares what a user typed with options and triggers: case-, diacritics- and punctuation-insensitive.</summary>
internal static class TextMatch
{
    /// <summary>Lowercases, strips diacritics and punctuation, and collapses spaces ("¡Sí!" → "si").</summary>
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

    /// <summary>True when both texts are equal once normalized.</summary>
    public static bool Same(string? a, string? b)
    {
        var left = Normalize(a);
        return left.Length > 0 && left == Normalize(b);
    }

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words, once both are normalized.</summary>
    public static bool ContainsPhrase(string text, string phrase)
    {
        var p = Normalize(phrase);
        if (p.Length == 0)
        {
            return false;
        }

        var t = " " + Normalize(text) + " ";
        return t.Contains(" " + p + " ", StringComparison.Ordinal);
    }
}
