namespace WellbeingKit.Emotions;

/// <summary>One emotion label with its score.</summary>
/// <param name="Label">The label (GoEmotions names such as <c>sadness</c>, <c>nervousness</c>, <c>gratitude</c>).</param>
/// <param name="Score">The classifier's score for the label, from 0 to 1.</param>
public sealed record EmotionScore(string Label, double Score);
