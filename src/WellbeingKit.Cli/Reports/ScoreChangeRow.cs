namespace WellbeingKit.Cli.Reports;

/// <summary>One questionnaire's change across users with at least two scores in the period.</summary>
internal sealed record ScoreChangeRow(string QuestionnaireId, int People, double MeanFirst, double MeanLast, double MeanDelta);
