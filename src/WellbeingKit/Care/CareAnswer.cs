using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.Risk;

namespace WellbeingKit.Care;

/// <summary>A reply care composes on its own (the conversation stays where it was).</summary>
internal sealed class CareAnswer(ContentPack? pack, string locale)
{
    public ContentPack? Pack => pack;

    public string Locale => locale;

    public List<ReplyMessage> Messages { get; } = [];

    public List<QuickReply> Replies { get; } = [];

    /// <summary>Says the text of <paramref name="key"/> (nothing when the pack set it to empty).</summary>
    public void Say(string key, Dictionary<string, string>? arguments = null, ReplyKind kind = ReplyKind.Text)
    {
        var text = CareTexts.Get(pack, key, locale, arguments);
        if (!string.IsNullOrWhiteSpace(text))
        {
            Messages.Add(new ReplyMessage(text, kind));
        }
    }

    public void SayText(string text) => Messages.Add(new ReplyMessage(text));

    public void Offer(string value, string labelKey) => NoticeMessages.Offer(Replies, pack, locale, value, labelKey);

    public Reply ToReply(RiskAssessment risk, ConversationState? state) => new()
    {
        Messages = Messages,
        QuickReplies = Replies,
        Risk = risk,
        Locale = locale,
        Direction = Locales.IsRightToLeft(locale) ? "rtl" : "ltr",
        FlowId = state?.FlowId,
        State = state?.State,
    };
}
