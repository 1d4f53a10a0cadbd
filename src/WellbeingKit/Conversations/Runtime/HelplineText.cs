using WellbeingKit.Content;
using WellbeingKit.Safety;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>Which helplines a reply lists, and how one reads as a line of text.</summary>
internal static class HelplineText
{
    /// <summary>The helplines for <paramref name="country"/> (those serving <paramref name="topics"/> first), or the international directory.</summary>
    public static List<Helpline> For(ContentPack pack, string? country, IReadOnlyList<string>? topics = null)
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

    /// <summary>
    /// True when <paramref name="lines"/> hold a national line a person can call or text for this crisis: one for
    /// <paramref name="topics"/> or a general crisis line (emergency services and directories do not count). Where there
    /// is none, the reply says honestly that no checked number is known, never "call one of the numbers above".
    /// </summary>
    public static bool HasCheckedLine(IEnumerable<Helpline> lines, IReadOnlyList<string>? topics) =>
        lines.Any(l => l.Country != Helpline.International
            && (l.Phone is not null || l.Sms is not null)
            && (l.IsGeneralCrisisLine()
                || (topics is not null && l.Topics.Any(t => topics.Contains(t, StringComparer.OrdinalIgnoreCase)))));

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
