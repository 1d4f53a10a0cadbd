namespace WellbeingKit.Cli.Reports;

/// <summary>One exercise's ratings in the period.</summary>
internal sealed record HelpfulnessRow(string ExerciseId, int People, int Ratings, double MeanRating);
