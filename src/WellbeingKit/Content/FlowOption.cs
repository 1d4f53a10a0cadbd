namespace WellbeingKit.Content;

/// <summary>A quick reply of a question.</summary>
public sealed record FlowOption
{
    /// <summary>The value stored when chosen.</summary>
    public required string Value { get; init; }

    /// <summary>The message key of the button label.</summary>
    public required string Label { get; init; }

    /// <summary>The state to go to when chosen; null to use the question's <see cref="FlowState.Next"/>.</summary>
    public string? Next { get; init; }

    /// <summary>
    /// The message key of the phrases that also choose this option when typed, separated by <c>|</c> (for example
    /// <c>yes | yeah | i'm safe</c>), translated like any message. A phrase counts when it occurs as whole words; a phrase
    /// written <c>=phrase</c> counts only as the whole message. The longest phrase found wins over shorter ones.
    /// </summary>
    public string? Match { get; init; }
}
