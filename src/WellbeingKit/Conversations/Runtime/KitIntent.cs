using WellbeingKit.Safety;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>What the user asks for, whatever flow is active: the kit-level intents.</summary>
internal enum KitIntent
{
    /// <summary>Nothing the kit handles itself.</summary>
    None,

    /// <summary>Show the helplines ("help", "helplines", "who can I call").</summary>
    Help,

    /// <summary>Talk to a person ("can I talk to a real person", "human please").</summary>
    Person,

    /// <summary>Stop what is going on.</summary>
    Stop,

    /// <summary>Show the safety plan ("my safety plan").</summary>
    SafetyPlan,
}
