using System.Text;
using System.Text.RegularExpressions;
using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.Handoff;

namespace WellbeingKit.Channels.Sms;

/// <summary>Writes a kit reply as SMS text, and cuts a long one to a part budget.</summary>
internal static partial class SmsReplyFormatter
{
    /// <summary>
    /// The reply as compact text: the messages, each helpline as one short line (name and number: a line of the reply that
    /// describes a helpline at length is replaced by it, so the numbers are never lost and never sent twice; of the
    /// directories, such as Find A Helpline, only the first is sent), the hand-off
    /// status and numbered options; typographic punctuation becomes its GSM-7 twin. Which lines fit the crisis is the kit's
    /// choice (<see cref="Reply.Helplines"/>), the same as in every channel. A message or option label the pack has an
    /// SMS variant of (<see cref="SmsPackTexts"/>) is written in that variant.
    /// </summary>
    public static string Format(Reply reply, SmsPackTexts? texts = null)
    {
        texts ??= SmsPackTexts.None;

        // One directory is enough in an SMS (it lists every country's lines); the numbers themselves are all kept.
        var firstDirectory = reply.Helplines.FirstOrDefault(IsDirectory);
        var left = reply.Helplines.Where(h => IsDirectory(h) && !ReferenceEquals(h, firstDirectory)).Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        var helplines = reply.Helplines.Select(h => (h.Name, Short: Compact(h))).ToList();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var line in reply.Messages.SelectMany(m => texts.Shorten(m.Text, reply.Locale).Trim().Split('\n')))
        {
            var helpline = helplines.FirstOrDefault(h => line.TrimStart().StartsWith(h.Name, StringComparison.Ordinal));
            if (helpline.Name is null)
            {
                text.AppendLine(line.Trim());
            }
            else if (!left.Contains(helpline.Name) && shown.Add(helpline.Name))
            {
                text.AppendLine(helpline.Short);
            }
        }

        foreach (var helpline in helplines.Where(h => !shown.Contains(h.Name) && !left.Contains(h.Name)).Take(3))
        {
            text.AppendLine(helpline.Short);
        }

        if (reply.Handoff is { Status: HandoffStatus.Queued or HandoffStatus.Accepted } handoff)
        {
            text.AppendLine(texts.ChannelText("handoff", reply.Locale, Localized(reply.Locale, "handoff")) + $" ({handoff.Reference})");
        }

        for (var i = 0; i < reply.QuickReplies.Count; i++)
        {
            text.Append(i + 1).Append(") ").AppendLine(texts.Shorten(reply.QuickReplies[i].Label, reply.Locale));
        }

        var compact = BlankLines().Replace(text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), "\n").Trim();
        return SmsSegmenter.GsmPunctuation(compact);
    }

    /// <summary>
    /// Cuts <paramref name="text"/> to <paramref name="maxParts"/> SMS parts at a line: the first lines that fit, the "MORE"
    /// <paramref name="hint"/>, then the numbered options (the last <paramref name="optionLines"/> lines, always kept). Returns
    /// the text to send and the rest (null when it fitted).
    /// </summary>
    public static (string Text, string? Remainder) Cut(string text, int optionLines, int maxParts, string hint)
    {
        if (SmsSegmenter.PartCount(text) <= maxParts)
        {
            return (text, null);
        }

        var lines = text.Split('\n');
        var options = lines[^optionLines..];
        var body = lines[..^optionLines];
        var keep = body.Length;
        while (keep > 1 && SmsSegmenter.PartCount(string.Join('\n', [.. body[..keep], hint, .. options])) > maxParts)
        {
            keep--;
        }

        return keep >= body.Length
            ? (text, null)
            : (string.Join('\n', [.. body[..keep], hint, .. options]), string.Join('\n', body[keep..]));
    }

    public static string Localized(string? locale, string key) => (key, locale) switch
    {
        ("handoff", "fr") => "Une personne va vous contacter",
        ("handoff", "es") => "Una persona te contactará pronto",
        ("handoff", "ar") => "سيتواصل معك شخص قريبًا",
        ("handoff", _) => "A person will contact you soon",
        ("more", "fr") => "(SUITE pour lire la suite)",
        ("more", "es") => "(MAS para leer el resto)",
        ("more", "ar") => "(أرسل المزيد للباقي)",
        _ => "(MORE for the rest)",
    };

    private static bool IsDirectory(Helpline helpline) => helpline.Topics.Contains("directory", StringComparer.OrdinalIgnoreCase);

    /// <summary>A helpline as one line: its name and its number (or SMS number, or address without <c>https://www.</c>).</summary>
    private static string Compact(Helpline helpline)
    {
        var reach = helpline.Phone ?? (helpline.Sms is null ? null : "SMS " + helpline.Sms) ?? ShortUrl(helpline.Url);
        return reach is null ? helpline.Name : $"{helpline.Name}: {reach}";
    }

    /// <summary>An address as phones show and link it: no scheme, no <c>www.</c>, no trailing slash.</summary>
    private static string? ShortUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return url;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return (host + uri.PathAndQuery).TrimEnd('/');
    }

    [GeneratedRegex("\\n{2,}")]
    private static partial Regex BlankLines();
}
