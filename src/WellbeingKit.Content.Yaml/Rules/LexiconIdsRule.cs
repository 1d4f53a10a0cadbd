namespace WellbeingKit.Content.Yaml;

/// <summary>A lexicon uses each pattern id once (crisis and benign patterns together).</summary>
internal sealed class LexiconIdsRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        foreach (var lexicon in pack.Lexicons.Values)
        {
            Check(pack, lexicon);
        }
    }

    private static void Check(PackCheck pack, Located<LexiconDefinition> located)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        void Patterns(string list, IReadOnlyList<LexiconPattern> patterns)
        {
            for (var i = 0; i < patterns.Count; i++)
            {
                if (!ids.Add(patterns[i].Id))
                {
                    pack.Problems.AddAt(located, JsonPointer.Append(list, i) + "/id", $"pattern id '{patterns[i].Id}' is used twice in {located.Path}");
                }
            }
        }

        Patterns("/patterns", located.Value.Patterns);
        Patterns("/benign", located.Value.Benign);
    }
}
