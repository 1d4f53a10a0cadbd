using System.Globalization;
using WellbeingKit.Content;
using WellbeingKit.Emotions;
using WellbeingKit.Events;
using WellbeingKit.Risk;
using WellbeingKit.Safety;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>
/// One turn being worked out: its read-only <see cref="Input"/>, where the conversation is (flow, state, variables), the
/// <see cref="Reply"/> being built, and the <see cref="Events"/> it raised. It holds no services and no callbacks: the
/// engine dispatches the events once the state is saved.
/// </summary>
internal sealed class Turn
{
    /// <summary>Internal variables (step progress) start with this prefix and are cleared when a flow ends.</summary>
    public const string InternalPrefix = "_";

    private RiskAssessment? _risk;

    public required TurnInput Input { get; init; }

    public string UserId => Input.UserId;

    public string Text => Input.Text;

    public ContentPack Pack => Input.Pack;

    public string Locale => Input.Locale;

    public string? Country => Input.Country;

    public DateTimeOffset Now => Input.Now;

    public EmotionResult Emotion => Input.Emotion;

    public TimeSpan HelpVisibleFor => Input.HelpVisibleFor;

    /// <summary>The turn's risk: the screening's, raised by a questionnaire's risk item.</summary>
    public RiskAssessment Risk
    {
        get => _risk ?? Input.Risk;
        set => _risk = value;
    }

    public required Dictionary<string, string> Variables { get; init; }

    public required List<SuspendedFlow> Suspended { get; init; }

    /// <summary>The flows that started the active one (<c>type: flow</c>), innermost last.</summary>
    public List<FlowCall> Calls { get; init; } = [];

    public string? FlowId { get; set; }

    public string? StateName { get; set; }

    /// <summary>True when the safety flow ran or is running this turn.</summary>
    public bool Safety { get; set; }

    /// <summary>The reply being built.</summary>
    public ReplyBuilder Reply { get; } = new();

    /// <summary>What the turn did that others should hear about, dispatched after the save, in order.</summary>
    public List<TurnEvent> Events { get; } = [];

    public string? Variable(string name) => Variables.GetValueOrDefault(name);

    /// <summary>The name of a step's internal variable, private to the active flow (<c>_&lt;flow&gt;.&lt;name&gt;</c>).</summary>
    public string Internal(string name) => InternalPrefix + FlowId + "." + name;

    /// <summary>The conversation leaves the called flows for good (stop, another flow started): their callers do not go on.</summary>
    public void DropCalls()
    {
        foreach (var call in Calls)
        {
            ClearInternal(call.FlowId);
        }

        Calls.Clear();
    }

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
        Reply.Add(new ReplyMessage(text, Safety && kind == ReplyKind.Text ? ReplyKind.Safety : kind));

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
        Reply.QuickReplies.Add(new QuickReply(string.IsNullOrWhiteSpace(label) ? value : label, value));
    }

    public string Resolve(LocalizedText text) => text.Resolve(Locale, Pack.Manifest.DefaultLocale);

    /// <summary>
    /// Shows the helplines for the user's country that fit the crisis (<see cref="Helplines"/>), each as a
    /// <see cref="ReplyKind.Helplines"/> line, then the emergency advice. Where the pack lists no number for the
    /// country (emergency services and directories do not count), it says so honestly and gives the emergency advice and a directory.
    /// </summary>
    /// <param name="topics">The topics the lines are for (for example <c>child-abuse</c>); null for the crisis kind of the safety conversation.</param>
    /// <param name="again">True to list lines already shown earlier in this reply too.</param>
    public void ShowHelplines(IReadOnlyList<string>? topics = null, bool again = false)
    {
        topics ??= CrisisTopics();
        var lines = HelplineText.For(Pack, Country, topics);
        if (!HelplineText.HasCheckedLine(lines, topics))
        {
            Say(MessageKeys.SafetyNoVerifiedNumber, ReplyKind.Safety);
        }

        var shown = Reply.Helplines;
        foreach (var line in lines.Where(l => again || !shown.Contains(l)))
        {
            if (!shown.Contains(line))
            {
                shown.Add(line);
            }

            SayText(HelplineText.Format(line, Resolve), ReplyKind.Helplines);
        }

        Say(MessageKeys.SafetyEmergency, ReplyKind.Safety);
    }

    /// <summary>The helplines that fit this turn: those of the safety conversation's crisis kind while it lasts or help is kept visible; all otherwise.</summary>
    public List<Helpline> Helplines() => HelplineText.For(Pack, Country, CrisisTopics());

    /// <summary>The helpline topics of the safety conversation's crisis kind while it lasts or help is kept visible; null otherwise.</summary>
    private IReadOnlyList<string>? CrisisTopics() =>
        HelpVisibility.Shown(this) ? HelplineText.TopicsFor(Escalation.Kind(this)) : null;

    public int? IntVariable(string name) =>
        int.TryParse(Variable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
