using System.Globalization;
using WellbeingKit.Content;
using WellbeingKit.Emotions;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;
using WellbeingKit.Safety;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>
/// One turn being worked out: the conversation as it was read, what the flow changes, and what the reply will say.
/// Side effects (user data, hand-off, audit) are queued and run only once the state is saved.
/// </summary>
internal sealed class Turn
{
    /// <summary>Internal variables (step progress) start with this prefix and are cleared when a flow ends.</summary>
    public const string InternalPrefix = "_";

    public required string UserId { get; init; }

    public required StepServices Services { get; init; }

    public required string Text { get; init; }

    public required ContentPack Pack { get; init; }

    public required string Locale { get; init; }

    public string? Country { get; init; }

    public required DateTimeOffset Now { get; init; }

    public required RiskAssessment Risk { get; set; }

    /// <summary>How long after an escalation replies keep the helplines and the "help" quick reply.</summary>
    public TimeSpan HelpVisibleFor { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The safety plan to show with the reply, when the user asked for it.</summary>
    public SafetyPlanView? SafetyPlan { get; set; }

    public required EmotionResult Emotion { get; init; }

    public required Dictionary<string, string> Variables { get; init; }

    public required List<SuspendedFlow> Suspended { get; init; }

    public string? FlowId { get; set; }

    public string? StateName { get; set; }

    /// <summary>True when the safety flow ran or is running this turn.</summary>
    public bool Safety { get; set; }

    public List<ReplyMessage> Messages { get; } = [];

    public List<QuickReply> QuickReplies { get; } = [];

    public List<Helpline> Helplines { get; } = [];

    public HandoffResult? Handoff { get; set; }

    /// <summary>Where the hand-off answer goes in <see cref="Messages"/> (it is known only after the save).</summary>
    public int? HandoffMessageIndex { get; set; }

    /// <summary>Work to do after the state is saved, in order.</summary>
    public List<Func<Turn, CancellationToken, Task>> Effects { get; } = [];

    public string? Variable(string name) => Variables.GetValueOrDefault(name);

    /// <summary>The name of a step's internal variable, private to the active flow (<c>_&lt;flow&gt;.&lt;name&gt;</c>).</summary>
    public string Internal(string name) => InternalPrefix + FlowId + "." + name;

    /// <summary>Removes the internal variables of <paramref name="flowId"/>.</summary>
    public void ClearInternal(string flowId)
    {
        var prefix = InternalPrefix + flowId + ".";
        foreach (var key in Variables.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            Variables.Remove(key);
        }
    }

    /// <summary>
    /// Looks up a message: the pack first (locale, language, default locale), then the kit's built-in text; fills its
    /// placeholders from <paramref name="extra"/>, then <c>brand</c>, then the conversation's variables.
    /// </summary>
    public string? Message(string key, IReadOnlyDictionary<string, string>? extra = null)
    {
        var text = Pack.GetMessage(key, Locale) ?? BuiltInTexts.Get(key, Locale);
        if (text is null)
        {
            MissingKeys.Add(key);
            return null;
        }

        return Placeholders.Fill(text, (Turn: this, Extra: extra), static (name, s) =>
            s.Extra?.GetValueOrDefault(name)
            ?? (name == "brand" ? s.Turn.Pack.Manifest.Brand.Name : s.Turn.Variables.GetValueOrDefault(name)));
    }

    /// <summary>Keys that had no text anywhere (logged by the engine).</summary>
    public List<string> MissingKeys { get; } = [];

    public void Say(string key, ReplyKind kind = ReplyKind.Text, IReadOnlyDictionary<string, string>? extra = null)
    {
        var text = Message(key, extra);
        if (!string.IsNullOrWhiteSpace(text))
        {
            SayText(text, kind);
        }
    }

    public void SayText(string text, ReplyKind kind = ReplyKind.Text) =>
        Messages.Add(new ReplyMessage(text, Safety && kind == ReplyKind.Text ? ReplyKind.Safety : kind));

    public void SayAll(IReadOnlyList<string> keys, ReplyKind kind = ReplyKind.Text)
    {
        foreach (var key in keys)
        {
            Say(key, kind);
        }
    }

    public void Offer(string value, string labelKey)
    {
        var label = Message(labelKey);
        QuickReplies.Add(new QuickReply(string.IsNullOrWhiteSpace(label) ? value : label, value));
    }

    public string Resolve(LocalizedText text) => text.Resolve(Locale, Pack.Manifest.DefaultLocale);

    /// <summary>
    /// Shows the helplines for the user's country (those for <paramref name="topics"/> first), each as a
    /// <see cref="ReplyKind.Helplines"/> line, then the emergency advice. Where the pack lists no number for the
    /// country, it says so honestly and gives the emergency advice and a directory.
    /// </summary>
    /// <param name="topics">Topics to put first (for example <c>child-abuse</c>); null keeps the pack's order.</param>
    /// <param name="again">True to list lines already shown earlier in this reply too.</param>
    public void ShowHelplines(IReadOnlyList<string>? topics = null, bool again = false)
    {
        var lines = HelplinesFor(Pack, Country, topics);
        if (!lines.Any(l => l.Phone is not null && l.Country != Helpline.International))
        {
            Say("safety.no-verified-number", ReplyKind.Safety);
        }

        foreach (var line in lines.Where(l => again || !Helplines.Contains(l)))
        {
            if (!Helplines.Contains(line))
            {
                Helplines.Add(line);
            }

            SayText(Format(line), ReplyKind.Helplines);
        }

        Say("safety.emergency", ReplyKind.Safety);
    }

    /// <summary>The helplines for <paramref name="country"/> (those serving <paramref name="topics"/> first), or the international directory.</summary>
    public static List<Helpline> HelplinesFor(ContentPack pack, string? country, IReadOnlyList<string>? topics = null)
    {
        var lines = pack.GetHelplines(country).ToList();
        if (lines.Count == 0)
        {
            lines.Add(BuiltInFlows.InternationalDirectory);
        }

        if (topics is { Count: > 0 })
        {
            lines = [.. lines.OrderBy(l => l.Topics.Any(t => topics.Contains(t, StringComparer.OrdinalIgnoreCase)) ? 0 : 1)];
        }

        return lines;
    }

    public int? IntVariable(string name) =>
        int.TryParse(Variable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private string Format(Helpline line)
    {
        var parts = new List<string> { line.Name };
        if (line.Phone is not null)
        {
            parts.Add("☎ " + line.Phone);
        }

        if (line.Sms is not null)
        {
            parts.Add("SMS " + line.Sms);
        }

        if (line.Url is not null)
        {
            parts.Add(line.Url);
        }

        var text = string.Join(" · ", parts);
        if (line.Hours is not null)
        {
            text += " (" + line.Hours + ")";
        }

        if (line.Description is not null)
        {
            var description = Resolve(line.Description);
            if (description.Length > 0)
            {
                text += " — " + description;
            }
        }

        return text;
    }
}
