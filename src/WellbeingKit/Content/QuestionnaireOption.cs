namespace WellbeingKit.Content;

/// <summary>One answer option of a questionnaire.</summary>
public sealed record QuestionnaireOption
{
    /// <summary>The option's score.</summary>
    public required int Value { get; init; }

    /// <summary>The option's label.</summary>
    public required LocalizedText Label { get; init; }
}
