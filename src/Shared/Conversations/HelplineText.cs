using WellbeingKit.Content;
using WellbeingKit.Safety;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>
/// Which helplines a reply lists, and how one reads as a line of text. Shared source (src/Shared), compiled into the core
/// and WellbeingKit.AspNetCore: the web chat's pinned helplines follow the engine's rule.
/// </summary>
internal static class HelplineText
{
    /// <summary>
    /// The helplines a reply lists for <paramref name="country"/> (the international directory when the pack has none).
    /// Without <paramref name="topics"/> (no crisis known) every line, in the pack's order. With them (a crisis kind's,
    /// <see cref="TopicsFor"/>, or a flow's <c>concerns</c>): the lines serving those topics first, then the general crisis
    /// lines, the emergency number, the rest; a line for another group only (a child line after a suicidal thought, a
    /// domestic-violence line for a child) is left out, unless nothing else a person can call or text for this crisis
    /// remains. Emergency lines and directories are always kept, so the list is never empty. Every channel (chat, web, SMS,
    /// CLI) shows this choice: the one place for the rule.
    /// </summary>
    public static List<Helpline> For(ContentPack pack, string? country, IReadOnlyList<string>? topics = null)
    {
        var lines = pack.GetHelplines(country).ToList();
        if (lines.Count == 0)
        {
            lines.Add(BuiltInFlows.InternationalDirectory);
        }

        if (topics is not { Count: > 0 })
        {
            return lines;
        }

        var ordered = lines.OrderBy(l => Serves(l, topics) ? 0 : IsGeneralCrisisLine(l) ? 1 : IsEmergency(l) ? 2 : 3).ToList();
        var relevant = ordered.Where(l => Serves(l, topics) || IsGeneralCrisisLine(l) || !l.Topics.Any(GroupTopics.Contains)).ToList();
        return HasCheckedLine(relevant, topics) ? relevant : ordered;
    }

    /// <summary>
    /// The helpline topics of a crisis kind (<see cref="CrisisKinds"/>): a child's lines for abuse of a child, the
    /// domestic-violence lines for violence, the emergency number for imminent danger and harm to others, the general
    /// crisis lines for thoughts of suicide and self-harm; null when no kind is known.
    /// </summary>
    public static IReadOnlyList<string>? TopicsFor(string? kind) => kind switch
    {
        CrisisKinds.ChildAbuse => ChildTopics,
        CrisisKinds.Violence => ViolenceTopics,
        CrisisKinds.Imminent or CrisisKinds.HarmToOthers => EmergencyTopics,
        CrisisKinds.SuicidalIdeation or CrisisKinds.SelfHarm => CrisisTopics,
        _ => null,
    };

    private static readonly string[] ChildTopics = ["child-abuse", "children", "youth"];
    private static readonly string[] ViolenceTopics = ["domestic-violence", "abuse"];
    private static readonly string[] EmergencyTopics = ["emergency"];
    private static readonly string[] CrisisTopics = ["crisis", "suicide", "emotional-distress"];

    /// <summary>The topics of lines that serve one group only: left out of a reply for another kind of crisis.</summary>
    private static readonly HashSet<string> GroupTopics = new([.. ChildTopics, .. ViolenceTopics], StringComparer.OrdinalIgnoreCase);

    private static bool Serves(Helpline line, IReadOnlyList<string> topics) =>
        line.Topics.Any(t => topics.Contains(t, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// True for a general crisis line, which helps whatever the crisis: one without topics, or one for <c>crisis</c>,
    /// <c>suicide</c> or <c>emotional-distress</c> (a child line or a domestic-violence line serves one group only).
    /// </summary>
    private static bool IsGeneralCrisisLine(Helpline line) => line.Topics.Count == 0 || line.Topics.Any(GeneralTopics.Contains);

    private static readonly HashSet<string> GeneralTopics = new(StringComparer.OrdinalIgnoreCase) { "crisis", "suicide", "emotional-distress" };

    private static bool IsEmergency(Helpline line) => line.Topics.Contains("emergency", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when <paramref name="lines"/> hold a national line a person can call or text for this crisis: one for
    /// <paramref name="topics"/> or a general crisis line (emergency services and directories do not count). Where there
    /// is none, the reply says honestly that no checked number is known, never "call one of the numbers above".
    /// </summary>
    public static bool HasCheckedLine(IEnumerable<Helpline> lines, IReadOnlyList<string>? topics) =>
        lines.Any(l => l.Country != Helpline.International
            && (l.Phone is not null || l.Sms is not null)
            && (IsGeneralCrisisLine(l) || (topics is not null && Serves(l, topics))));

    /// <summary>One helpline as a line: name, phone, SMS, web site, hours and its description in the turn's locale.</summary>
    public static string Format(Helpline line, Func<LocalizedText, string> resolve)
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
            var description = resolve(line.Description);
            if (description.Length > 0)
            {
                text += " — " + description;
            }
        }

        return text;
    }
}
