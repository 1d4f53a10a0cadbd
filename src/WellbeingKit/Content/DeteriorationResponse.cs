namespace WellbeingKit.Content;

/// <summary>What the kit does when a questionnaire's scores get worse.</summary>
public sealed record DeteriorationResponse
{
    /// <summary>The message key that names what changed (default <c>care.change.score</c>, or <c>care.change.wellbeing</c> when lower is worse).</summary>
    public string? Message { get; init; }

    /// <summary>Whether to offer a person (the <c>care.change.offer</c> text with "Talk to a person"). Default true.</summary>
    public bool OfferPerson { get; init; } = true;

    /// <summary>Whether to offer a repeat of the questionnaire (the <c>care.change.repeat</c> text). Default true.</summary>
    public bool RepeatQuestionnaire { get; init; } = true;
}
