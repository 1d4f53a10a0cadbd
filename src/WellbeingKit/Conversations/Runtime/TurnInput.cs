using WellbeingKit.Content;
using WellbeingKit.Emotions;
using WellbeingKit.Risk;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>What a turn starts from, worked out once per turn (the locale too) and never changed by the flow.</summary>
internal sealed record TurnInput
{
    /// <summary>The user.</summary>
    public required string UserId { get; init; }

    /// <summary>What the user wrote.</summary>
    public required string Text { get; init; }

    /// <summary>The content pack of this turn.</summary>
    public required ContentPack Pack { get; init; }

    /// <summary>The locale of the reply: the message's, else the conversation's, else the default.</summary>
    public required string Locale { get; init; }

    /// <summary>The user's country (ISO 3166-1 alpha-2), for helplines.</summary>
    public string? Country { get; init; }

    /// <summary>When the turn happened.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The screening of the message.</summary>
    public required RiskAssessment Risk { get; init; }

    /// <summary>The emotion of the message.</summary>
    public required EmotionResult Emotion { get; init; }

    /// <summary>How long after an escalation replies keep the helplines and the "help" quick reply.</summary>
    public TimeSpan HelpVisibleFor { get; init; } = TimeSpan.FromHours(24);
}
