using System.Globalization;
using Spectre.Console;
using WellbeingKit.Conversations;

namespace WellbeingKit.Cli.Commands;

/// <summary>
/// One terminal conversation. Scripted (standard input redirected): reads one user line at a time and prints the replies
/// plainly, quick replies as <c>[1] label</c>. Interactive: a Spectre.Console prompt, helplines in a highlighted panel.
/// Typing the number shown before a quick reply sends its value.
/// </summary>
internal sealed class ChatSession(IWellbeingKit kit, string userId, string? locale, string? country)
{
    private IReadOnlyList<QuickReply> _offered = [];

    /// <summary>Reads lines from <paramref name="input"/> until it ends and writes the replies to <paramref name="output"/>.</summary>
    public async Task<int> RunScriptedAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            await output.WriteLineAsync("you> " + line);
            var reply = await SendAsync(line, cancellationToken);
            foreach (var message in reply.Messages)
            {
                await output.WriteLineAsync("kit> " + message.Text);
            }

            foreach (var (key, quickReply) in Keys(reply.QuickReplies))
            {
                await output.WriteLineAsync($"  [{key}] {quickReply.Label}");
            }
        }

        return 0;
    }

    /// <summary>Chats in the terminal until the user types <c>/quit</c> or the input ends.</summary>
    public async Task<int> RunInteractiveAsync(IAnsiConsole console, CancellationToken cancellationToken)
    {
        console.MarkupLine("[grey]Type a message and press Enter. A number sends the quick reply shown with it. /quit ends the chat.[/]");
        while (!cancellationToken.IsCancellationRequested)
        {
            var line = await new TextPrompt<string>("[bold]you>[/]").AllowEmpty().ShowAsync(console, cancellationToken);
            if (line.Trim() is "/quit" or "/exit")
            {
                return 0;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var reply = await SendAsync(line, cancellationToken);
            // Helplines are shown once, as a highlighted panel where their lines would be.
            var helplineNames = reply.Helplines.Select(h => h.Name).ToList();
            var panelShown = false;
            foreach (var message in reply.Messages)
            {
                if (helplineNames.Any(n => message.Text.StartsWith(n, StringComparison.Ordinal)))
                {
                    panelShown = panelShown || ShowHelplines(console, reply);
                    continue;
                }

                var colour = message.Kind == ReplyKind.Safety ? "yellow" : "aqua";
                console.MarkupLine($"[{colour}]kit>[/] {Markup.Escape(message.Text)}");
            }

            if (!panelShown && reply.Helplines.Count > 0)
            {
                ShowHelplines(console, reply);
            }

            foreach (var (key, quickReply) in Keys(reply.QuickReplies))
            {
                console.MarkupLine($"  [green][[{key}]][/] {Markup.Escape(quickReply.Label)}");
            }
        }

        return 0;
    }

    private static bool ShowHelplines(IAnsiConsole console, Reply reply)
    {
        var lines = reply.Helplines.Select(h => Markup.Escape(string.Join(" · ", new[] { h.Name, h.Phone, h.Sms, h.Url, h.Hours }.Where(x => x is not null))));
        console.Write(new Panel(string.Join("\n", lines)) { Header = new PanelHeader(" Helplines "), Border = BoxBorder.Double, BorderStyle = new Style(Color.Yellow) });
        return true;
    }

    /// <summary>The key shown before each quick reply: the value itself when every value is a number, else the position.</summary>
    internal static IEnumerable<(string Key, QuickReply Reply)> Keys(IReadOnlyList<QuickReply> quickReplies)
    {
        var numeric = quickReplies.Count > 0 && quickReplies.All(q => int.TryParse(q.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));
        return quickReplies.Select((q, i) => (numeric ? q.Value : (i + 1).ToString(CultureInfo.InvariantCulture), q));
    }

    /// <summary>Turns a typed key into the quick reply's value; any other text is sent as it is.</summary>
    internal static string Resolve(string line, IReadOnlyList<QuickReply> offered)
    {
        var typed = line.Trim();
        return Keys(offered).FirstOrDefault(k => k.Key == typed).Reply?.Value ?? line;
    }

    private async Task<Reply> SendAsync(string line, CancellationToken cancellationToken)
    {
        var reply = await kit.HandleAsync(new UserMessage(userId, Resolve(line, _offered)) { Locale = locale, Country = country }, cancellationToken);
        _offered = reply.QuickReplies;
        return reply;
    }
}
