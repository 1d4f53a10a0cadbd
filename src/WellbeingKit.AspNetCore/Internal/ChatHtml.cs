using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using WellbeingKit.Conversations;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>
/// The server-side markup of the chat (the same shapes chat.js builds): the helpline card, the log with speaker labels,
/// the quick replies as form buttons. Every text is HTML-encoded; phone numbers are isolated left to right.
/// </summary>
internal sealed partial class ChatHtml(IReadOnlyDictionary<string, string> strings, string brand, string locale)
{
    /// <summary>The number of the first emergency line (topic <c>emergency</c>) among <paramref name="helplines"/>, if any.</summary>
    public static string? EmergencyNumber(IEnumerable<HelplineDto> helplines) =>
        helplines.FirstOrDefault(h => h.Topics.Contains("emergency") && h.Phone is not null)?.Phone;

    /// <summary>The helpline card: a heading, each line with its call / text / website buttons, and the emergency number.</summary>
    public string HelpCard(IReadOnlyList<HelplineDto> helplines, string? emergency, string id, bool focus)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"wk-card\" data-testid=\"helpline-card\" aria-labelledby=\"{id}-title\">");
        html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"{id}-title\" class=\"wk-card-title\" tabindex=\"-1\"{(focus ? " autofocus" : "")}>{T("helplines")}</h2>");
        html.Append("<ul class=\"wk-lines\">");
        foreach (var line in helplines)
        {
            html.Append("<li>");
            var emergencyLine = line.Topics.Contains("emergency");
            var name = emergencyLine && line.NameLang is not null ? strings["emergency_services"] : line.Name;
            var lang = emergencyLine && line.NameLang is not null ? null : line.NameLang;
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"wk-line-name\"{Lang(lang)}>{E(name)}</div>");
            var meta = Meta(line);
            if (meta.Length > 0)
            {
                html.Append("<div class=\"wk-line-meta\">").Append(meta).Append("</div>");
            }

            html.Append("<div class=\"wk-line-actions\">");
            if (line.Phone is { Length: > 0 } phone)
            {
                html.Append(CultureInfo.InvariantCulture, $"<a href=\"tel:{E(Dial(phone))}\">{T("call")} {Number(phone)}</a>");
            }

            if (line.Sms is { Length: > 0 } sms)
            {
                html.Append(CultureInfo.InvariantCulture, $"<a class=\"wk-secondary\" href=\"sms:{E(Dial(sms))}\">{T("text")} {Number(sms)}</a>");
            }

            if (line.Url is { } url && (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal)))
            {
                html.Append(CultureInfo.InvariantCulture, $"<a class=\"wk-secondary\" href=\"{E(url)}\" target=\"_blank\" rel=\"noopener noreferrer\">{T("website")}<span class=\"wk-sr\"> {T("new_tab")}</span></a>");
            }

            html.Append("</div></li>");
        }

        html.Append("</ul>");
        html.Append("<p class=\"wk-emergency\">").Append(EmergencyLine(emergency)).Append("</p>");
        return html.Append("</section>").ToString();
    }

    /// <summary>The conversation: the transcript, then the reply (with its kinds), a notice, the hand-off status and quick replies.</summary>
    public string Log(IReadOnlyList<TranscriptLine> transcript, ReplyDto? reply, string? notice, bool cardShown)
    {
        var html = new StringBuilder();
        var lines = transcript;
        if (reply is not null && reply.Messages.Count > 0 && transcript.Count >= reply.Messages.Count
            && transcript.TakeLast(reply.Messages.Count).Select(l => l.Text).SequenceEqual(reply.Messages.Select(m => m.Text)))
        {
            // The reply's own lines are drawn from the reply, which knows their kinds.
            lines = [.. transcript.Take(transcript.Count - reply.Messages.Count)];
        }

        foreach (var line in lines)
        {
            Bubble(html, line.Speaker == Speaker.User ? "user" : "kit", line.Text, null);
        }

        if (reply is not null)
        {
            foreach (var message in reply.Messages.Where(m => !(cardShown && m.Kind == "helplines")))
            {
                Bubble(html, "kit", message.Text, message.Kind);
            }

            if (reply.Handoff is { } handoff)
            {
                var parts = new List<string> { strings.GetValueOrDefault(handoff.Status) ?? handoff.Status };
                if (handoff.EstimatedWaitMinutes is { } wait)
                {
                    parts.Add(strings["wait"].Replace("{n}", wait.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
                }

                if (handoff.Reference is { } reference)
                {
                    parts.Add(strings["reference"].Replace("{r}", reference, StringComparison.Ordinal));
                }

                html.Append(CultureInfo.InvariantCulture, $"<p class=\"wk-handoff\" data-testid=\"handoff-status\" data-status=\"{E(handoff.Status)}\">{E(string.Join(' ', parts))}</p>");
            }
        }

        if (notice is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"wk-bubble wk-system{(notice == "deleted" ? "" : " wk-error")}\" data-testid=\"notice\">{T(notice)}</p>");
        }
        else if (transcript.Count == 0 && reply is null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"wk-bubble wk-system\" data-testid=\"welcome\">{T("welcome")}</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<div id=\"wk-quick\" class=\"wk-quick\" role=\"group\" aria-label=\"{T("quick")}\">");
        foreach (var quick in reply?.QuickReplies ?? [])
        {
            html.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" form=\"wk-form\" name=\"choice\" value=\"{E(quick.Value)}\" formnovalidate>{E(quick.Label)}</button>");
        }

        return html.Append("</div>").ToString();
    }

    private void Bubble(StringBuilder html, string speaker, string text, string? kind)
    {
        var label = speaker == "user" ? T("you") : E(strings["kit"].Replace("{name}", brand, StringComparison.Ordinal));
        var kindClass = kind is null or "text" ? "" : " wk-" + E(kind);
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"wk-bubble wk-{speaker}{kindClass}\" data-speaker=\"{speaker}\"><span class=\"wk-sr\">{label} </span>{WithNumbers(text)}</div>");
    }

    private string Meta(HelplineDto line)
    {
        var parts = new List<string>();
        if (line.Topics.Contains("directory"))
        {
            parts.Add(T("directory"));
        }
        else if (line.Hours is { Length: > 0 } hours)
        {
            parts.Add(hours.Trim() == "24/7" ? T("hours_24_7") : $"<span{Lang(line.NameLang)}>{E(hours)}</span>");
        }

        if (line.Description is { Length: > 0 } description)
        {
            parts.Add(WithNumbers(description));
        }

        return string.Join(" · ", parts);
    }

    private string EmergencyLine(string? emergency) => emergency is null
        ? T("emergency_local")
        : E(strings["emergency"]).Replace("{number}", $"<a href=\"tel:{E(Dial(emergency))}\">{Number(emergency)}</a>", StringComparison.Ordinal);

    /// <summary>A number kept left to right in any paragraph, its spaces unbreakable, so "116 123" never reads "123 116".</summary>
    private static string Number(string number) => $"<bdi dir=\"ltr\">{E(number.Trim().Replace(' ', '\u00a0'))}</bdi>";

    /// <summary><paramref name="text"/> encoded, its spaced numbers ("116 123") isolated as <see cref="Number"/> does.</summary>
    private static string WithNumbers(string text) =>
        string.Join("", SpacedNumber().Split(E(text)).Select((part, i) => i % 2 == 1 ? $"<bdi dir=\"ltr\">{part.Replace(' ', '\u00a0')}</bdi>" : part));

    private static string Dial(string number) => new([.. number.Where(c => char.IsAsciiDigit(c) || c is '+' or '*' or '#')]);

    private string Lang(string? lang) => lang is null || string.Equals(lang, locale, StringComparison.OrdinalIgnoreCase) ? "" : $" lang=\"{E(lang)}\"";

    private string T(string name) => E(strings.GetValueOrDefault(name) ?? name);

    private static string E(string value) => WebUtility.HtmlEncode(value);

    [GeneratedRegex(@"(\+?\d+(?: \d+)+)")]
    private static partial Regex SpacedNumber();
}
