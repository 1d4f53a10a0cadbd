using System.Globalization;
using WellbeingKit.Events;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>Raises the events of what the user chose to keep (moods, journal entries, feedback, questionnaire results).</summary>
internal static class Recording
{
    public static void Mood(Turn turn, string? value, string? note)
    {
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var mood) || mood is < 1 or > 5)
        {
            return;
        }

        turn.Events.Add(new MoodRecorded(turn.UserId, turn.Now, mood, note, turn.Emotion.Ekman));
    }

    public static void Journal(Turn turn, string text) =>
        turn.Events.Add(new JournalWritten(turn.UserId, turn.Now, text, turn.Emotion.Ekman));

    public static void Feedback(Turn turn, string exerciseId, bool completed, int? rating) =>
        turn.Events.Add(new FeedbackGiven(turn.UserId, turn.Now, exerciseId, completed, rating, turn.Variable("context")));
}
