using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;
using WellbeingKit.Content.Yaml.Stories;
using WellbeingKit.Conversations;
using WellbeingKit.Conversations.Stories;

namespace WellbeingKit.Cli.Commands;

/// <summary><c>wellbeing content test [dir]</c>: runs a pack's conversation tests (<c>stories/*.yaml</c>).</summary>
internal static class ContentTestCommand
{
    /// <summary>Adds <c>content test</c>, <c>content diagram</c>, <c>content lint</c> and <c>content helplines</c> to the <c>content</c> command of <paramref name="root"/> (created when missing).</summary>
    /// <param name="root">The root command.</param>
    internal static void AddTo(Command root)
    {
        var content = root.Subcommands.FirstOrDefault(c => c.Name == "content");
        if (content is null)
        {
            content = new Command("content", "Work with content packs (YAML).");
            root.Subcommands.Add(content);
        }

        content.Subcommands.Add(Create());
        content.Subcommands.Add(ContentDiagramCommand.Create());
        content.Subcommands.Add(ContentLintCommand.Create());
        content.Subcommands.Add(ContentHelplinesCommand.Create());
    }

    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var directory = new Argument<string?>("dir") { Description = "The content pack folder; the default pack when left out.", Arity = ArgumentArity.ZeroOrOne };
        var test = new Command(
            "test",
            "Run the pack's conversation tests (stories/*.yaml). Exit 0 when every story passes; exit 1 with one line per failed step "
            + "naming the story, the step number and what was expected and got.")
        {
            directory,
        };
        test.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult.GetValue(directory), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return test;
    }

    /// <summary>Loads the pack in <paramref name="directory"/> (the default pack when null); on problems writes one line each and returns null.</summary>
    internal static ContentPack? TryLoadPack(string? directory, TextWriter error)
    {
        try
        {
            return directory is null ? ContentPackLoader.LoadDefault() : ContentPackLoader.LoadDirectory(directory);
        }
        catch (ContentValidationException e)
        {
            foreach (var problem in e.Problems)
            {
                error.WriteLine(directory is null ? problem.ToString() : Path.Combine(directory, problem.ToString()));
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{directory}: {e.Message}");
            return null;
        }
    }

    /// <summary>Runs the stories of the pack in <paramref name="directory"/> (the default pack when null).</summary>
    internal static async Task<int> RunAsync(string? directory, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (TryLoadPack(directory, error) is null)
        {
            return 1;
        }

        IReadOnlyList<ConversationStory> stories;
        try
        {
            stories = directory is null ? StoryLoader.LoadDefault() : StoryLoader.LoadDirectory(directory);
        }
        catch (ContentValidationException e)
        {
            foreach (var problem in e.Problems)
            {
                await error.WriteLineAsync(directory is null ? problem.ToString() : Path.Combine(directory, problem.ToString()));
            }

            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{directory}: {e.Message}");
            return 1;
        }

        if (stories.Count == 0)
        {
            await error.WriteLineAsync($"{directory ?? "default pack"}: no stories to run (add stories/*.yaml).");
            return 1;
        }

        await using var services = CliServices.Build(new CliSettings { ContentDirectory = directory, CheckIns = true }); // as a host with check-ins runs the stories
        var kit = services.GetRequiredService<IWellbeingKit>();
        var failed = 0;
        foreach (var story in stories)
        {
            var result = await StoryRunner.RunAsync(kit, story, cancellationToken);
            if (result.Passed)
            {
                continue;
            }

            failed++;
            foreach (var failure in result.Failures)
            {
                await output.WriteLineAsync("FAIL " + failure);
            }
        }

        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{stories.Count} stories: {stories.Count - failed} passed, {failed} failed."));
        return failed == 0 ? 0 : 1;
    }
}
