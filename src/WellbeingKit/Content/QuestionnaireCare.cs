using WellbeingKit.Care;

namespace WellbeingKit.Content;

/// <summary>The stepped care and deterioration response of one questionnaire.</summary>
public sealed record QuestionnaireCare
{
    /// <summary>Band severity name → the suggested level of support. A band not listed uses the kit's default (NICE CG90/CG113).</summary>
    public IReadOnlyDictionary<string, SupportLevel> Support { get; init; } = new Dictionary<string, SupportLevel>();

    /// <summary>What the kit does when this questionnaire's scores get worse; null keeps the kit's defaults.</summary>
    public DeteriorationResponse? OnDeterioration { get; init; }
}

