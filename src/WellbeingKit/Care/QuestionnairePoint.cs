namespace WellbeingKit.Care;

/// <summary>One questionnaire score with its band.</summary>
/// <param name="QuestionnaireId">The questionnaire (<c>phq9</c>, <c>gad7</c>, <c>who5</c>).</param>
/// <param name="At">When it was completed.</param>
/// <param name="Score">The total score.</param>
/// <param name="Severity">The band's stable name (for example <c>mild</c>).</param>
/// <param name="Band">The band's label in the user's locale, when the pack has it.</param>
public sealed record QuestionnairePoint(string QuestionnaireId, DateTimeOffset At, int Score, string Severity, string? Band);
