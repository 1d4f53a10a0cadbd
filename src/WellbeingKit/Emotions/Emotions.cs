namespace WellbeingKit.Emotions;

/// <summary>One emotion label with its score.</summary>
/// <param name="Label">The label (GoEmotions names such as <c>sadness</c>, <c>nervousness</c>, <c>gratitude</c>).</param>
/// <param name="Score">The classifier's score for the label, from 0 to 1.</param>
public sealed record EmotionScore(string Label, double Score);

/// <summary>The emotions detected in a message.</summary>
public sealed record EmotionResult
{
    /// <summary>A result with no emotion detected (neutral).</summary>
    public static EmotionResult Neutral { get; } = new() { Ekman = "neutral" };

    /// <summary>The emotions above their thresholds, highest score first.</summary>
    public IReadOnlyList<EmotionScore> Top { get; init; } = [];

    /// <summary>The Ekman group of the top emotion: anger, disgust, fear, joy, sadness, surprise or neutral.</summary>
    public string Ekman { get; init; } = "neutral";

    /// <summary>A distress score from 0 (calm) to 1 (high distress), derived from the negative emotions.</summary>
    public double Distress { get; init; }
}

/// <summary>Classifies the emotions in a message. Implement this to plug in your own classifier.</summary>
public interface IEmotionClassifier
{
    /// <summary>Classifies one message.</summary>
    /// <param name="text">The message.</param>
    /// <param name="locale">The user's locale, when known.</param>
    /// <param name="cancellationToken">Cancels the classification.</param>
    /// <returns>The detected emotions.</returns>
    ValueTask<EmotionResult> ClassifyAsync(string text, string? locale, CancellationToken cancellationToken = default);
}
