using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Risk;

/// <summary>
/// The conversation rules of the composite screening (docs/risk.md, "Conversation-level risk"), over what every kit
/// detector (the lexicon and the ML model) found in the recent messages. History only ever raises the level, and only
/// of a message that shows something itself:
/// <list type="bullet">
/// <item>a method or means question (a lexicon pattern with <c>after_distress:</c>) after distress or a loss in one of the
/// last <see cref="RecentMessages"/> messages reaches that pattern's level (High);</item>
/// <item>sustained distress: three messages at Low or above (this one included) of which two are at Moderate or above make
/// High; of which one is, Moderate; <see cref="LongRun"/> at Low or above, Moderate.</item>
/// </list>
/// </summary>
internal static class ConversationContext
{
    /// <summary>The rule id of the evidence the sustained-distress rule adds.</summary>
    public const string SustainedRuleId = SustainedDistress.RuleId;

    /// <summary>The rule id of the evidence the method-after-distress rule adds.</summary>
    public const string AfterDistressRuleId = "conversation.method-after-distress";

    /// <summary>How many of the latest earlier messages a method question looks back at for distress or a loss.</summary>
    public const int RecentMessages = 3;

    /// <summary>
    /// How many messages at Low or above (this one included), none of them at Moderate, make Moderate. Chosen so that a
    /// conversation made of the 31 everyday-stress sentences (tests/data/risk/everyday-stress.txt, in order, six earlier
    /// messages each) never reaches it: at most six of any seven are at Low with the models of 7 December 2026 (the
    /// lexicon's "tired", "can't sleep", "drained"; the ML model's Low), none at Moderate. The margin is one message.
    /// </summary>
    public const int LongRun = 7;

    /// <summary>What one earlier message showed.</summary>
    /// <param name="Level">The level it counts at: the lexicon's level, or the ML model's (its Low and Moderate count as Low, its
    /// High as Moderate; not on a message of fewer than <see cref="Words.TrustedByModels"/> words), whichever is higher.</param>
    /// <param name="DistressOrLoss">True when the lexicon found distress (Low or above) or a loss (<c>losses:</c>) in it, or the ML
    /// model High: an ML Low or Moderate alone ("I have a bad headache") is not enough to raise a method question.</param>
    /// <param name="Category">The category of its highest level, when it had one.</param>
    internal readonly record struct Signal(RiskLevel Level, bool DistressOrLoss, RiskCategory? Category);

    /// <summary>Raises <paramref name="message"/> by the rules above.</summary>
    /// <param name="message">The combined assessment of the current message.</param>
    /// <param name="history">What each earlier message showed, oldest first.</param>
    /// <param name="afterDistress">The level the message's method or means question reaches after distress; None when it has none.</param>
    /// <param name="detector">The name the added evidence carries.</param>
    /// <returns>The assessment, raised or as it was.</returns>
    public static RiskAssessment Apply(RiskAssessment message, IReadOnlyList<Signal> history, RiskLevel afterDistress, string detector)
    {
        if (message.Level == RiskLevel.None || history.Count == 0)
        {
            return message;
        }

        var raised = message.Level;
        string? rule = null;
        RiskCategory? category = null;
        if (afterDistress > raised && history.Skip(Math.Max(0, history.Count - RecentMessages)).Any(s => s.DistressOrLoss))
        {
            (raised, rule, category) = (afterDistress, AfterDistressRuleId, RiskCategory.SuicidalIdeation);
        }

        var distressed = 1 + history.Count(s => s.Level >= RiskLevel.Low);
        var serious = (message.Level >= RiskLevel.Moderate ? 1 : 0) + history.Count(s => s.Level >= RiskLevel.Moderate);
        var sustained = distressed >= 3 && serious >= 2 ? RiskLevel.High
            : (distressed >= 3 && serious >= 1) || distressed >= LongRun ? RiskLevel.Moderate
            : RiskLevel.None;
        if (sustained > raised)
        {
            raised = sustained;
            rule = SustainedRuleId;
            category = history.Where(s => s.Category is not null).Select(s => s.Category).LastOrDefault() ?? RiskCategory.SuicidalIdeation;
        }

        if (rule is null)
        {
            return message;
        }

        var kept = message.Categories.Count > 0 ? message.Categories : [category!.Value];
        return message with
        {
            Level = raised,
            Score = Math.Max(message.Score, LexiconScores.Of(raised, 0)),
            Categories = kept,
            Evidence = [.. message.Evidence, new RiskEvidence(0, 0, "", rule, kept[0], raised, detector)],
        };
    }
}
