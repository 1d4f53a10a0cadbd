namespace WellbeingKit.Conversations.Stories;

/// <summary>The outcome of one story.</summary>
/// <param name="Story">The story.</param>
/// <param name="Failures">The steps that did not hold; empty when the story passed.</param>
public sealed record StoryResult(ConversationStory Story, IReadOnlyList<StoryFailure> Failures)
{
    /// <summary>True when every step held.</summary>
    public bool Passed => Failures.Count == 0;
}
