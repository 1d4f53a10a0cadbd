namespace WellbeingKit.Emotions;

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
