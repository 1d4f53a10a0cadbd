namespace WellbeingKit.Content.Yaml;

/// <summary>"Did you mean" for misspelt names: the closest known name within a few edits.</summary>
internal static class Suggestions
{
    /// <summary>The known name closest to <paramref name="name"/> (within a third of its length, at least one edit), or null.</summary>
    public static string? Closest(string name, IEnumerable<string> known) =>
        known.Select(k => (Name: k, Distance: Distance(k, name)))
            .Where(k => k.Distance <= Math.Max(1, name.Length / 3))
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Name, StringComparer.Ordinal)
            .Select(k => k.Name)
            .FirstOrDefault();

    /// <summary><c>; did you mean 'x'?</c> when a known name is close, else <paramref name="otherwise"/>.</summary>
    public static string DidYouMean(string name, IEnumerable<string> known, string otherwise = "") =>
        Closest(name, known) is { } suggestion ? $"; did you mean '{suggestion}'?" : otherwise;

    /// <summary><c> (known: a, b, c)</c> for a short list of names (up to 12), else nothing.</summary>
    public static string Known(IEnumerable<string> ids)
    {
        var list = ids.Order(StringComparer.Ordinal).ToList();
        return list.Count is > 0 and <= 12 ? $" (known: {string.Join(", ", list)})" : "";
    }

    /// <summary>The edit distance between two strings, a swap of two neighbouring letters counting as one edit.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
