namespace WellbeingKit.Content.Yaml;

/// <summary>A translated message keeps every placeholder (<c>{name}</c>) the default locale's text uses.</summary>
internal sealed class PlaceholdersRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        var messages = pack.Messages;
        var defaultLocale = pack.Manifest.Value.DefaultLocale;
        if (!messages.TryGetValue(defaultLocale, out var reference))
        {
            return;
        }

        foreach (var file in messages.Values.Where(m => !ReferenceEquals(m, reference)))
        {
            foreach (var (key, text) in file.Value.Messages)
            {
                if (!reference.Value.Messages.TryGetValue(key, out var original))
                {
                    continue;
                }

                var expected = Placeholders(original);
                var missing = expected.Except(Placeholders(text), StringComparer.Ordinal).ToList();
                if (missing.Count > 0)
                {
                    pack.Problems.AddAt(file, JsonPointer.Append("/messages", key), $"message '{key}' lacks {string.Join(", ", missing)}, which {reference.Path} uses");
                }
            }
        }
    }

    private static HashSet<string> Placeholders(string text) =>
        new(System.Text.RegularExpressions.Regex.Matches(text, @"\{[A-Za-z_][A-Za-z0-9_.]*\}", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Value), StringComparer.Ordinal);
}
