namespace WellbeingKit.Events;

/// <summary>
/// Something a turn did that the world outside the conversation should hear about (user data, audit, hand-off,
/// telemetry). Steps raise events as data; after the state is saved, <see cref="TurnEventDispatcher"/> hands them to every
/// <see cref="ITurnEventListener"/>, once. Never carries message text except where the user asked to keep it (a journal entry).
/// </summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When the turn happened.</param>
internal abstract record TurnEvent(string UserId, DateTimeOffset At);
