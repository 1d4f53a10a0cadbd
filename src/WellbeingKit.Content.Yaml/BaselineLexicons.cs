using WellbeingKit.Content;

namespace WellbeingKit.Content.Yaml;

/// <summary>
/// The default pack's risk lexicons are the floor every pack stands on: a pack loaded from a folder can add
/// phrases (in a locale the default pack has, or a new one) but cannot remove the default crisis phrases, so
/// content can never switch the crisis path off.
/// </summary>
internal static class BaselineLexicons
{
    private static readonly Lazy<ContentPack> Default =
        new(ContentPackLoader.LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Risk.Lexicon.LexiconRiskDetector> FloorDetector =
        new(() => Risk.Lexicon.LexiconRiskDetector.Create(Default.Value.Lexicons.Values), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The default pack: its lexicons are the floor, its questionnaires the published instruments.</summary>
    public static ContentPack Pack => Default.Value;

    /// <summary>A detector over the floor lexicons alone (what every pack screens at least).</summary>
    public static Risk.Lexicon.LexiconRiskDetector Detector => FloorDetector.Value;

    /// <summary>The pack with the default lexicons merged under its own.</summary>
    public static ContentPack Apply(ContentPack pack) => pack with { Lexicons = Apply(pack.Lexicons) };

    /// <summary>The default lexicons with <paramref name="lexicons"/> merged over them.</summary>
    public static Dictionary<string, LexiconDefinition> Apply(IReadOnlyDictionary<string, LexiconDefinition> lexicons)
    {
        var merged = new Dictionary<string, LexiconDefinition>(Default.Value.Lexicons, StringComparer.OrdinalIgnoreCase);
        foreach (var (locale, lexicon) in lexicons)
        {
            merged[locale] = merged.TryGetValue(locale, out var baseline) ? Merge(baseline, lexicon) : lexicon;
        }

        return merged;
    }

    /// <summary>Unites two lexicons of one locale; a pattern id present in both keeps every phrase and the higher level.</summary>
    internal static LexiconDefinition Merge(LexiconDefinition baseline, LexiconDefinition pack) => new()
    {
        Locale = pack.Locale,
        Patterns = MergePatterns(baseline.Patterns, pack.Patterns),
        Benign = MergePatterns(baseline.Benign, pack.Benign),
        Negations = Union(baseline.Negations, pack.Negations),
        PastMarkers = Union(baseline.PastMarkers, pack.PastMarkers),
        PresentMarkers = Union(baseline.PresentMarkers, pack.PresentMarkers),
        ThirdParty = Union(baseline.ThirdParty, pack.ThirdParty),
        Losses = Union(baseline.Losses, pack.Losses),
        News = Union(baseline.News, pack.News),
        Recovery = Union(baseline.Recovery, pack.Recovery),
        Professional = Union(baseline.Professional, pack.Professional),
        Fiction = Union(baseline.Fiction, pack.Fiction),
        Prefixes = Union(baseline.Prefixes, pack.Prefixes),
    };

    private static List<LexiconPattern> MergePatterns(IReadOnlyList<LexiconPattern> baseline, IReadOnlyList<LexiconPattern> pack)
    {
        var result = baseline.ToList();
        foreach (var pattern in pack)
        {
            var index = result.FindIndex(p => p.Id == pattern.Id);
            if (index < 0)
            {
                result.Add(pattern);
                continue;
            }

            var existing = result[index];
            result[index] = existing with
            {
                Phrases = Union(existing.Phrases, pattern.Phrases),
                Level = existing.Level >= pattern.Level ? existing.Level : pattern.Level,
                Fuzzy = existing.Fuzzy || pattern.Fuzzy,
                AfterDistress = existing.AfterDistress >= pattern.AfterDistress ? existing.AfterDistress : pattern.AfterDistress ?? existing.AfterDistress,
                OnlyWith = Union(existing.OnlyWith, pattern.OnlyWith),
            };
        }

        return result;
    }

    private static List<string> Union(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
        first.Concat(second).Distinct(StringComparer.Ordinal).ToList();
}
