namespace WellbeingKit.Care;

/// <summary>An exercise the user did, and how helpful they rated it.</summary>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="Title">Its title in the user's locale, when the pack has it.</param>
/// <param name="Completed">How many times they finished it.</param>
/// <param name="AverageRating">Their mean "did this help?" rating (1-5), or null when they never rated it.</param>
public sealed record ExerciseInsight(string ExerciseId, string? Title, int Completed, double? AverageRating);
