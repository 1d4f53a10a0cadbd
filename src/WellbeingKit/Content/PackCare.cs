namespace WellbeingKit.Content;

/// <summary>
/// Care between conversations as the pack sets it (<c>care:</c> in <c>pack.yaml</c>): per questionnaire, the support
/// suggested for each band (stepped care) and what the kit does when the scores get worse.
/// </summary>
public sealed record PackCare
{
    /// <summary>Questionnaire id → its stepped care and deterioration response. A questionnaire not listed uses the kit's defaults.</summary>
    public IReadOnlyDictionary<string, QuestionnaireCare> Questionnaires { get; init; } = new Dictionary<string, QuestionnaireCare>();
}

