namespace WellbeingKit.Risk.Lexicon;

/// <summary>
/// The conversation rule: three or more messages at Low or above among the recent ones (this one included) make at
/// least Moderate; when two of them are at Moderate or above, High. History only ever raises the level.
/// </summary>
internal static class SustainedDistress
{
    /// <summary>The rule id of the evidence the rule adds.</summary>
    public const string RuleId = "conversation.sustained-distress";

    /// <summary>Raises <paramref name="message"/>'s level when the recent history keeps showing distress.</summary>
    /// <param name="compiled">The compiled lexicon the history is screened with.</param>
    /// <param name="request">The request (its <see cref="RiskScreeningRequest.History"/>).</param>
    /// <param name="message">The current message's own assessment.</param>
    /// <returns>The assessment, raised or as it was.</returns>
    public static RiskAssessment Apply(CompiledLexicon compiled, RiskScreeningRequest request, RiskAssessment message)
    {
        if (message.Level == RiskLevel.None)
        {
            return message; // nothing kept a level (None or Cancelled, with the lexicon's reading of the message)
        }

        var distressed = 1;
        var serious = message.Level >= RiskLevel.Moderate ? 1 : 0;
        var categories = new List<RiskCategory>(message.Categories);
        foreach (var previous in request.History)
        {
            var past = LexiconScreening.Screen(compiled, previous, collectEvidence: false);
            if (past.Level >= RiskLevel.Low)
            {
                distressed++;
                serious += past.Level >= RiskLevel.Moderate ? 1 : 0;
                categories.AddRange(past.Categories);
            }
        }

        var raised = distressed >= 3 ? (serious >= 2 ? RiskLevel.High : RiskLevel.Moderate) : message.Level;
        if (raised <= message.Level)
        {
            return message;
        }

        var category = categories.Count > 0 ? categories[0] : RiskCategory.SuicidalIdeation;
        var evidence = new List<RiskEvidence>(message.Evidence)
        {
            new(0, 0, "", RuleId, category, raised, LexiconScores.Detector),
        };
        return message with
        {
            Level = raised,
            Score = Math.Max(message.Score, LexiconScores.Of(raised, 0)),
            Categories = message.Categories.Count > 0 ? message.Categories : [category],
            Evidence = evidence,
        };
    }
}
