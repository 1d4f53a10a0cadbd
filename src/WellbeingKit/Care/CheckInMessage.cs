using WellbeingKit.Content;

namespace WellbeingKit.Care;

/// <summary>
/// Builds the opening message of a check-in: a short hello, then either the practice follow-up (how did the exercise the
/// user chose go?) or the choice to check in now (the pack's check-in flow) or later.
/// </summary>
internal static class CheckInMessage
{
    /// <summary>The check-in for <paramref name="record"/>, due at <paramref name="dueAt"/>.</summary>
    public static OutboundMessage Build(ContentPack? pack, string locale, string? country, CareRecord record, DateTimeOffset dueAt)
    {
        var messages = new List<ReplyMessage> { new(CareTexts.Get(pack, "care.checkin.open", locale)) };
        var replies = new List<QuickReply>();
        if (PendingPractice(record) is { } practice)
        {
            var title = pack is not null && pack.Exercises.TryGetValue(practice.ExerciseId, out var exercise)
                ? exercise.Title.Resolve(locale, pack.Manifest.DefaultLocale)
                : practice.ExerciseId;
            messages.Add(new ReplyMessage(CareTexts.Get(pack, "care.practice.ask", locale, new Dictionary<string, string> { ["exercise"] = title }), ReplyKind.Question));
            replies.AddRange(CareValues.PracticeReplies(pack, locale));
        }
        else
        {
            AddCheckInChoice(replies, pack, locale);
        }

        return new OutboundMessage
        {
            UserId = record.UserId,
            DedupeKey = CheckInClaim.DedupeKeyFor(record.UserId, dueAt),
            Messages = messages,
            QuickReplies = replies,
            Locale = locale,
            Direction = Locales.IsRightToLeft(locale) ? "rtl" : "ltr",
            Country = country,
            DueAt = dueAt,
        };
    }

    /// <summary>The practice follow-up still to ask, or null.</summary>
    public static PracticeFollowUp? PendingPractice(CareRecord record) => record.Practice is { AskedAt: null } practice ? practice : null;

    /// <summary>Adds "Check in" (starts the pack's check-in flow) and "Not now".</summary>
    public static void AddCheckInChoice(List<QuickReply> replies, ContentPack? pack, string locale)
    {
        replies.Add(new QuickReply(CareTexts.Get(pack, "care.checkin.option_go", locale), CheckInTrigger(pack, locale)));
        replies.Add(new QuickReply(CareTexts.Get(pack, "care.checkin.option_later", locale), CareValues.Later));
    }

    /// <summary>A phrase that starts the pack's check-in flow in <paramref name="locale"/> (its first trigger).</summary>
    public static string CheckInTrigger(ContentPack? pack, string locale)
    {
        IEnumerable<FlowDefinition> flows = pack is null ? [] : pack.Flows.Values.Where(f => f.Kind == FlowKind.Checkin).OrderBy(f => f.Id, StringComparer.Ordinal);
        foreach (var flow in flows)
        {
            if ((flow.Triggers.GetValueOrDefault(locale) ?? flow.Triggers.GetValueOrDefault(Locales.Language(locale))) is [var first, ..])
            {
                return first;
            }
        }

        return "check in";
    }
}
