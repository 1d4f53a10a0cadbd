namespace WellbeingKit.Conversations.Runtime;

/// <summary>The conversation state a turn leaves behind, to be saved.</summary>
internal static class ConversationStates
{
    private const int TurnIdsKept = 50;
    private const int RepliesKept = 3;

    /// <summary>The state after <paramref name="turn"/>: its position and variables, the transcript, the recent risk levels and replies.</summary>
    public static ConversationState Next(UserMessage message, ConversationState? stored, Turn turn, WellbeingKitOptions options)
    {
        var transcript = new List<TranscriptLine>(stored?.Transcript ?? []) { new(Speaker.User, message.Text, turn.Now) };
        transcript.AddRange(turn.Reply.Messages.Select(m => new TranscriptLine(Speaker.Kit, m.Text, turn.Now)));
        var turnIds = new List<string>(stored?.RecentTurnIds ?? []);
        var replies = new List<RecordedReply>(stored?.RecentReplies ?? []);
        if (message.MessageId is not null)
        {
            turnIds.Add(message.MessageId);
            replies.Add(new RecordedReply(message.MessageId, ReplyComposer.ToReply(turn)));
        }

        return new ConversationState
        {
            UserId = message.UserId,
            Version = stored?.Version ?? 0,
            Locale = turn.Locale,
            Country = turn.Country,
            FlowId = turn.FlowId,
            State = turn.StateName,
            Suspended = [.. turn.Suspended],
            Calls = [.. turn.Calls],
            Variables = turn.Variables,
            Transcript = [.. transcript.TakeLast(options.TranscriptLength)],
            RecentRisk = [.. (stored?.RecentRisk ?? []).Append(turn.Risk.Level).TakeLast(Math.Max(options.ScreeningHistory, 1))],
            PackVersion = turn.Pack.Manifest.Version,
            CreatedAt = stored?.CreatedAt ?? turn.Now,
            UpdatedAt = turn.Now,
            RecentTurnIds = [.. turnIds.TakeLast(TurnIdsKept)],
            RecentReplies = [.. replies.TakeLast(RepliesKept)],
        };
    }
}
