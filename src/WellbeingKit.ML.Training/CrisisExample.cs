using WellbeingKit.Risk;

namespace WellbeingKit.ML.Training;

/// <summary>One line of the crisis corpus.</summary>
/// <param name="Crisis">Whether the text is a crisis statement.</param>
/// <param name="Category">Its category when it is one.</param>
/// <param name="Language">Its language tag.</param>
/// <param name="Text">The text.</param>
internal sealed record CrisisExample(bool Crisis, RiskCategory? Category, string Language, string Text);
