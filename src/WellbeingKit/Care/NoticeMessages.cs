using System.Globalization;
using WellbeingKit.Content;

namespace WellbeingKit.Care;

/// <summary>
/// What the kit says when it noticed that someone is getting worse: what changed (named plainly, never a diagnosis), the
/// suggested level of support, an offer of a person, a repeat of the questionnaire, and whether an alert went out. The
/// pack sets each text; a pack that sets one to an empty text turns that part off.
/// </summary>
internal static class NoticeMessages
{
    /// <summary>Adds the messages and quick replies of <paramref name="note"/>.</summary>
    public static void Add(List<ReplyMessage> messages, List<QuickReply> replies, ContentPack? pack, string locale, CareNote note)
    {
        var notice = note.Notice;
        void Say(string key, Dictionary<string, string>? args = null)
        {
            var text = CareTexts.Get(pack, key, locale, args);
            if (!string.IsNullOrWhiteSpace(text))
            {
                messages.Add(new ReplyMessage(text));
            }
        }

        var response = notice.QuestionnaireId is { } qid ? pack?.Manifest.Care.Questionnaires.GetValueOrDefault(qid)?.OnDeterioration : null;
        if (notice.QuestionnaireId is { } id)
        {
            var higherIsWorse = ReliableChange.For(id)?.HigherIsWorse ?? true;
            Say(response?.Message ?? (higherIsWorse ? "care.change.score" : "care.change.wellbeing"), new Dictionary<string, string>
            {
                ["questionnaire"] = InsightsBuilder.QuestionnaireTitle(pack, id, locale),
                ["score"] = notice.Score?.ToString(CultureInfo.InvariantCulture) ?? "",
                ["previous"] = notice.PreviousScore?.ToString(CultureInfo.InvariantCulture) ?? "",
            });
            if (notice.Kind.HasFlag(DeteriorationKind.WorseBand))
            {
                var band = pack is not null && pack.Questionnaires.TryGetValue(id, out var q)
                    ? q.Bands.FirstOrDefault(b => b.Severity == notice.Severity)?.Label.Resolve(locale, pack.Manifest.DefaultLocale)
                    : null;
                Say("care.change.band", new Dictionary<string, string> { ["band"] = band ?? notice.Severity ?? "" });
            }

            Say(SteppedCare.MessageKey(SteppedCare.Suggest(id, notice.Severity, pack)));
        }

        if (notice.Kind.HasFlag(DeteriorationKind.FallingMood))
        {
            Say("care.change.mood", new Dictionary<string, string> { ["days"] = (notice.WindowDays ?? 14).ToString(CultureInfo.InvariantCulture) });
        }

        var offer = CareTexts.Get(pack, "care.change.offer", locale);
        if (!string.IsNullOrWhiteSpace(offer) && response?.OfferPerson != false)
        {
            messages.Add(new ReplyMessage(offer, ReplyKind.Question));
            Offer(replies, pack, locale, CareValues.Person, "care.option_person");
            Offer(replies, pack, locale, CareValues.Later, "care.option_not_now");
        }

        if (notice.QuestionnaireId is not null && response?.RepeatQuestionnaire != false)
        {
            Say("care.change.repeat");
        }

        if (notice.Alerted)
        {
            Say("care.alert.sent");
        }
        else if (note.AskConsent)
        {
            Say("care.consent.ask");
            Offer(replies, pack, locale, CareValues.ConsentYes, "care.consent.option_yes");
            Offer(replies, pack, locale, CareValues.ConsentNo, "care.consent.option_no");
        }
    }

    /// <summary>Adds a quick reply unless one with the same value is there.</summary>
    public static void Offer(List<QuickReply> replies, ContentPack? pack, string locale, string value, string labelKey)
    {
        if (!replies.Any(r => r.Value == value))
        {
            replies.Add(new QuickReply(CareTexts.Get(pack, labelKey, locale), value));
        }
    }
}
