namespace WellbeingKit.Content;

/// <summary>A severity band of a questionnaire score (inclusive bounds).</summary>
public sealed record ScoreBand
{
    /// <summary>The lowest score of the band.</summary>
    public required int Min { get; init; }

    /// <summary>The highest score of the band.</summary>
    public required int Max { get; init; }

    /// <summary>A stable name (for example <c>mild</c>, <c>moderately-severe</c>).</summary>
    public required string Severity { get; init; }

    /// <summary>The band's label as shown to the user. The kit never diagnoses: labels describe the score, not the person.</summary>
    public required LocalizedText Label { get; init; }
}
