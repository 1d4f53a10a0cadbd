namespace WellbeingKit.ML.Training;

/// <summary>One GoEmotions-style example: a text and the ids of its labels.</summary>
/// <param name="Text">The comment text.</param>
/// <param name="Labels">The label ids (indexes into <see cref="GoEmotionsData.Labels"/>).</param>
internal sealed record LabelledText(string Text, int[] Labels);
