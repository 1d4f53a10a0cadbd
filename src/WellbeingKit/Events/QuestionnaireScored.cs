namespace WellbeingKit.Events;

/// <summary>A questionnaire was completed and scored.</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When.</param>
/// <param name="QuestionnaireId">For example <c>phq9</c>.</param>
/// <param name="Score">The total score.</param>
/// <param name="Severity">The band's severity name.</param>
/// <param name="Answers">The answer values, in item order.</param>
internal sealed record QuestionnaireScored(string UserId, DateTimeOffset At, string QuestionnaireId, int Score, string Severity, IReadOnlyList<int> Answers)
    : TurnEvent(UserId, At);
