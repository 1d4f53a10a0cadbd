namespace WellbeingKit.Content;

/// <summary>One item of a questionnaire.</summary>
public sealed record QuestionnaireItem
{
    /// <summary>The item id (for example <c>phq9-9</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The item's wording.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>True when an answer above 0 is a risk signal that starts the safety flow (PHQ-9 item 9).</summary>
    public bool Risk { get; init; }
}
