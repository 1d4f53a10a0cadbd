namespace WellbeingKit.Risk;

/// <summary>One piece of evidence behind an assessment: a span of the original text and the rule that matched it.</summary>
/// <param name="Start">Index of the first character of the span in the original message text.</param>
/// <param name="Length">Length of the span in characters of the original message text.</param>
/// <param name="Text">The matched text, as it appears in the original message.</param>
/// <param name="RuleId">The identifier of the rule or pattern that fired (for example <c>en.si.want-to-die</c>, or <c>ml.risk</c>).</param>
/// <param name="Category">The category the rule points to.</param>
/// <param name="Level">The level this piece of evidence alone supports.</param>
/// <param name="Detector">The name of the detector that produced it.</param>
public sealed record RiskEvidence(int Start, int Length, string Text, string RuleId, RiskCategory Category, RiskLevel Level, string Detector);
