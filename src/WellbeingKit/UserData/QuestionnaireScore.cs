namespace WellbeingKit.UserData;

/// <summary>One questionnaire score, without the answers, for aggregate outcome reports.</summary>
/// <param name="UserId">The user (used only to pair a user's first and last score; reports never show it).</param>
/// <param name="At">When it was scored.</param>
/// <param name="QuestionnaireId">The questionnaire (for example phq9).</param>
/// <param name="Score">The total score.</param>
public sealed record QuestionnaireScore(string UserId, DateTimeOffset At, string QuestionnaireId, int Score);
