namespace WellbeingKit.Conversations.Stories;

/// <summary>What a step of a conversation test does.</summary>
public enum StoryStepKind
{
    /// <summary><c>user: "text"</c>: the user sends the text.</summary>
    User,

    /// <summary><c>bot_says: "text"</c>: a message of the last reply contains the text (case- and accent-insensitive).</summary>
    BotSays,

    /// <summary><c>bot_not_says: "text"</c>: no message of the last reply contains the text.</summary>
    BotNotSays,

    /// <summary><c>bot_offers: "text"</c>: the last reply has a quick reply whose value is the text or whose label contains it.</summary>
    BotOffers,

    /// <summary><c>bot_shows_helpline: "024"</c>: the last reply shows a helpline whose name, phone, SMS or web address contains the text.</summary>
    BotShowsHelpline,

    /// <summary><c>bot_offers_handoff: true|false</c>: the last reply offers (or requested) a person, or does not.</summary>
    BotOffersHandoff,

    /// <summary><c>flow: id</c>: the active flow after the last reply; <c>safety</c> matches whichever safety flow runs.</summary>
    Flow,

    /// <summary><c>state: name</c>: the active state after the last reply.</summary>
    State,

    /// <summary><c>safety: true|false</c>: whether the last reply is a safety reply.</summary>
    Safety,
}
