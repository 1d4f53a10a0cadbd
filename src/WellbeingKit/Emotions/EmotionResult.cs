namespace WellbeingKit.Emotions;

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
