namespace WellbeingKit.ML.Features;

/// <summary>How text becomes features: n-gram sizes and vocabulary limits.</summary>
internal sealed record FeatureSettings
{
    /// <summary>Longest word n-gram, 1 or 2 (all lengths from 1 are used).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Vocabulary limit per word n-gram length (the most frequent n-grams are kept).</summary>
    public int[] WordNgramLimits { get; init; } = [20_000, 20_000];

    /// <summary>Longest character n-gram, 1 to 4 (all lengths from 1 are used).</summary>
    public int CharNgramLength { get; init; } = 4;

    /// <summary>Vocabulary limit per character n-gram length (the most frequent n-grams are kept).</summary>
    public int[] CharNgramLimits { get; init; } = [300, 3_000, 15_000, 30_000];

    /// <summary>Whether to keep diacritics (é stays é); false folds them away.</summary>
    public bool KeepDiacritics { get; init; }
}
