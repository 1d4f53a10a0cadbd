namespace WellbeingKit.Conversations.Stories;

/// <summary>The YAML keys of story steps.</summary>
internal static class StoryKeys
{
    private static readonly Dictionary<string, StoryStepKind> ByKey = new(StringComparer.Ordinal)
    {
        ["user"] = StoryStepKind.User,
        ["bot_says"] = StoryStepKind.BotSays,
        ["bot_not_says"] = StoryStepKind.BotNotSays,
        ["bot_offers"] = StoryStepKind.BotOffers,
        ["bot_shows_helpline"] = StoryStepKind.BotShowsHelpline,
        ["bot_offers_handoff"] = StoryStepKind.BotOffersHandoff,
        ["flow"] = StoryStepKind.Flow,
        ["state"] = StoryStepKind.State,
        ["safety"] = StoryStepKind.Safety,
    };

    /// <summary>Every step key, as written in YAML.</summary>
    public static IReadOnlyCollection<string> All => ByKey.Keys;

    /// <summary>The kind of the step key <paramref name="key"/>.</summary>
    /// <param name="key">The YAML key (for example <c>bot_says</c>).</param>
    /// <param name="kind">The kind, when the key is known.</param>
    /// <returns>Whether the key is a step key.</returns>
    public static bool TryParse(string key, out StoryStepKind kind) => ByKey.TryGetValue(key, out kind);

    /// <summary>The YAML key of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The key.</returns>
    public static string Of(StoryStepKind kind) => ByKey.First(p => p.Value == kind).Key;
}
