namespace WellbeingKit.Conversations;

/// <summary>The reply given to a message with an id, kept so that a retry of the message gets it again.</summary>
/// <param name="MessageId">The message's id.</param>
/// <param name="Reply">The reply it got.</param>
public sealed record RecordedReply(string MessageId, Reply Reply);
