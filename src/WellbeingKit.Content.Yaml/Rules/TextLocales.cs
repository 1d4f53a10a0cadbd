using System.Globalization;

namespace WellbeingKit.Content.Yaml;

/// <summary>A text given per locale (a title, a step, an item) has every pack locale (partial locales may leave it out) and no other.</summary>
internal static class TextLocales
{
    /// <summary>Reports the locales <paramref name="text"/> lacks, and those it has that the pack does not.</summary>
    public static void Check<T>(PackCheck pack, Located<T> located, string pointer, LocalizedText? text)
    {
        if (text is null)
        {
            return;
        }

        var locales = pack.Locales;
        var defaultLocale = pack.Manifest.Value.DefaultLocale;
        var missing = locales
            .Where(l => !text.Has(l) && !(string.Equals(l, defaultLocale, StringComparison.OrdinalIgnoreCase) && text.Has(LocalizedText.DefaultLocaleKey)))
            .Where(l => pack.FallbackOf(l) is null) // a partial locale shows its fallback's text
            .ToList();
        var name = Describe(pointer);
        if (missing.Count > 0)
        {
            pack.Problems.AddAt(located, pointer, text.Values.Count == 1 && text.Has(LocalizedText.DefaultLocaleKey)
                ? $"{name} is plain text in the default locale '{defaultLocale}'; give a map with every pack locale (missing: {string.Join(", ", missing)})"
                : $"{name} is missing the locale(s) {string.Join(", ", missing)}");
        }

        foreach (var extra in text.Values.Keys.Where(k => k != LocalizedText.DefaultLocaleKey && !locales.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            pack.Problems.AddAt(located, pointer + "/" + extra, $"{name} has text in '{extra}', which is not one of the pack's locales ({string.Join(", ", locales)})");
        }
    }

    /// <summary>A name for a text's place: <c>'title'</c>, <c>step 2</c>, <c>'text' of item 3</c>.</summary>
    private static string Describe(string pointer)
    {
        var last = JsonPointer.LastSegment(pointer);
        var parent = JsonPointer.Parent(pointer);
        if (int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return $"{Singular(JsonPointer.LastSegment(parent))} {index + 1}";
        }

        var grandParent = JsonPointer.Parent(parent);
        return int.TryParse(JsonPointer.LastSegment(parent), NumberStyles.None, CultureInfo.InvariantCulture, out var parentIndex) && parent.Length > 0
            ? $"'{last}' of {Singular(JsonPointer.LastSegment(grandParent))} {parentIndex + 1}"
            : $"'{last}'";
    }

    private static string Singular(string list) => list.EndsWith('s') ? list[..^1] : list;
}
