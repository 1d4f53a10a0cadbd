namespace WellbeingKit.Content;

/// <summary>One case of a branch.</summary>
public sealed record FlowCase
{
    /// <summary>
    /// The guard, a condition expression such as <c>mood == 'low'</c>, <c>score.phq9 &gt;= 10</c>,
    /// <c>emotion in ['sadness', 'fear']</c> or <c>hour &gt;= 18 and not done</c>.
    /// </summary>
    public required string When { get; init; }

    /// <summary>The state to go to when the guard holds.</summary>
    public required string Next { get; init; }
}
