namespace WellbeingKit.Conversations.Stories;

/// <summary>A conversation test, like a Rasa test story: what the user says and what the kit must answer.</summary>
public sealed record ConversationStory
{
    /// <summary>The story's name, unique in the pack.</summary>
    public required string Name { get; init; }

    /// <summary>The user's locale; null uses the kit's default.</summary>
    public string? Locale { get; init; }

    /// <summary>The user's country (for helplines); null uses the kit's default.</summary>
    public string? Country { get; init; }

    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<StoryStep> Steps { get; init; } = [];

    /// <summary>The file the story comes from (relative to the pack), when loaded from one.</summary>
    public string? Path { get; init; }

    /// <summary>The line of the story in its file (1-based; 0 when unknown).</summary>
    public int Line { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
