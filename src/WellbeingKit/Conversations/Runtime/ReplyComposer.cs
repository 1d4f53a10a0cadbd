using WellbeingKit.Content;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>The public <see cref="Reply"/> of a turn.</summary>
internal static class ReplyComposer
{
    /// <summary>The reply: the messages in order (the hand-off answer in its place), quick replies, risk, helplines, direction.</summary>
    public static Reply ToReply(Turn turn) => new()
    {
        Messages = [.. turn.Reply.All],
        QuickReplies = [.. turn.Reply.QuickReplies],
        Risk = turn.Risk,
        Safety = turn.Safety || PackFlows.IsSafetyFlow(turn.Pack, turn.FlowId),
        Helplines = [.. turn.Reply.Helplines],
        Handoff = turn.Reply.Handoff,
        SafetyPlan = turn.Reply.SafetyPlan,
        Locale = turn.Locale,
        Direction = Direction(turn.Pack, turn.Locale),
        FlowId = turn.FlowId,
        State = turn.StateName,
    };

    /// <summary>The text direction of <paramref name="locale"/>: the pack's declaration, else the language's.</summary>
    public static string Direction(ContentPack pack, string locale)
    {
        var language = Content.Locales.Language(locale);
        var declared = pack.Manifest.Locales.FirstOrDefault(l => string.Equals(l.Code, locale, StringComparison.OrdinalIgnoreCase))
            ?? pack.Manifest.Locales.FirstOrDefault(l => string.Equals(l.Code, language, StringComparison.OrdinalIgnoreCase));
        return declared?.Direction ?? (Content.Locales.IsRightToLeft(language) ? "rtl" : "ltr");
    }
}
