namespace WellbeingKit.Content;

/// <summary>A group of phrases that share a rule id, a category and a level.</summary>
public sealed record LexiconPattern
{
    /// <summary>The rule id shown in evidence (for example <c>si.want-to-die</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The category; null for benign patterns.</summary>
    public Risk.RiskCategory? Category { get; init; }

    /// <summary>The level a match supports; ignored for benign patterns.</summary>
    public Risk.RiskLevel Level { get; init; } = Risk.RiskLevel.High;

    /// <summary>The phrases, in plain lowercase words; matching handles case, diacritics, repeated letters, leetspeak and missing spaces.
    /// A phrase ending in <c>*</c> also matches longer words (<c>suicid*</c> matches "suicidio", "suicidaire").</summary>
    public IReadOnlyList<string> Phrases { get; init; } = [];

    /// <summary>True to also match single-word phrases of 7 letters or more misspelt by one letter ("sucide", "suicidle").</summary>
    public bool Fuzzy { get; init; }
}
