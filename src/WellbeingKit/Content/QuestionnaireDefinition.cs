namespace WellbeingKit.Content;

/// <summary>A questionnaire such as PHQ-9, GAD-7 or WHO-5 (<c>questionnaires/*.yaml</c>).</summary>
public sealed record QuestionnaireDefinition
{
    /// <summary>A stable identifier (for example <c>phq9</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The instructions (for example "Over the last 2 weeks, how often have you been bothered by...").</summary>
    public required LocalizedText Instructions { get; init; }

    /// <summary>The items, in order.</summary>
    public IReadOnlyList<QuestionnaireItem> Items { get; init; } = [];

    /// <summary>The answer options shared by every item.</summary>
    public IReadOnlyList<QuestionnaireOption> Options { get; init; } = [];

    /// <summary>How the score is computed: <c>sum</c>, or <c>sum-times-4</c> (WHO-5's percentage score).</summary>
    public string Scoring { get; init; } = "sum";

    /// <summary>The published severity bands of the score.</summary>
    public IReadOnlyList<ScoreBand> Bands { get; init; } = [];

    /// <summary>Locales whose item wording is a licensed or validated translation that must not be changed.</summary>
    public IReadOnlyList<string> ValidatedLocales { get; init; } = [];

    /// <summary>The published source and its terms of use.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Why this copy of a validated questionnaire (PHQ-9, GAD-7, WHO-5) differs from the published instrument, when it
    /// deliberately does; the validator then warns instead of refusing the pack.
    /// </summary>
    public string? Adapted { get; init; }
}
