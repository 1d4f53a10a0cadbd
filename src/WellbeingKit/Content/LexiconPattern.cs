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

    /// <summary>
    /// The level a match of this pattern reaches when one of the last few messages of the conversation showed distress or
    /// told of a loss (a method or means question after "my dad died last week": <c>high</c>); null (the default) for none.
    /// Only the composite screening, which sees the conversation, applies it (docs/risk.md, "Conversation-level risk").
    /// </summary>
    public Risk.RiskLevel? AfterDistress { get; init; }

    /// <summary>
    /// When not empty, a match of this pattern counts only when one of these phrases is in the same clause: a height
    /// question ("how tall is") counts only next to a bridge, a building or a cliff.
    /// </summary>
    public IReadOnlyList<string> OnlyWith { get; init; } = [];
}
