using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using WellbeingKit.Conversations;
using WellbeingKit.Storage.Sqlite;

namespace WellbeingKit.Cli.Commands;

/// <summary><c>wellbeing chat</c>: a conversation with the kit in the terminal, or scripted through standard input.</summary>
internal static class ChatCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var content = new Option<string?>("--content") { Description = "A content pack folder; the default pack when left out." };
        var locale = new Option<string?>("--locale") { Description = "The user's locale (en, es, fr, ar...)." };
        var country = new Option<string?>("--country") { Description = "The user's country (ISO 3166-1 alpha-2, for example ES) for helplines." };
        var user = new Option<string>("--user") { Description = "The user id (keeps the conversation across runs with --store).", DefaultValueFactory = _ => "cli-user" };
        var store = new Option<string?>("--store") { Description = "A SQLite file that keeps conversations and user data; in memory when left out." };
        var chat = new Command(
            "chat",
            "Chat with the kit. Interactive in a terminal; when standard input is redirected, reads one user line at a time and prints the replies "
            + "(quick replies as '[1] label'; typing the number sends the quick reply).")
        {
            content, locale, country, user, store,
        };
        chat.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var settings = new CliSettings
            {
                ContentDirectory = parseResult.GetValue(content),
                Locale = parseResult.GetValue(locale),
                Country = parseResult.GetValue(country)?.ToUpperInvariant(),
                StorePath = parseResult.GetValue(store),
            };
            if (settings.ContentDirectory is not null && !Directory.Exists(settings.ContentDirectory))
            {
                await error.WriteLineAsync($"--content: the folder '{settings.ContentDirectory}' does not exist.");
                return 1;
            }

            await using var services = CliServices.Build(settings);
            if (settings.StorePath is not null)
            {
                // Open the store before the first message, so a store that cannot be used (keys it needs are missing,
                // a file it cannot read) ends the command with one line that says why, and nothing is written.
                try
                {
                    await services.GetRequiredService<SqliteWellbeingStore>().InitializeAsync(cancellationToken);
                }
                catch (InvalidOperationException ex)
                {
                    await error.WriteLineAsync($"--store: {ex.Message}");
                    return 1;
                }
            }

            var session = new ChatSession(services.GetRequiredService<IWellbeingKit>(), parseResult.GetValue(user)!, settings.Locale, settings.Country);
            return Console.IsInputRedirected
                ? await session.RunScriptedAsync(Console.In, output, cancellationToken)
                : await session.RunInteractiveAsync(AnsiConsole.Console, cancellationToken);
        });
        return chat;
    }
}
