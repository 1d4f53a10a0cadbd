using System.CommandLine;
using System.Globalization;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace WellbeingKit.Cli.Commands;

/// <summary>
/// <c>wellbeing content lexicon expand &lt;lexicons/xx.yaml&gt;</c>: shows what each phrase written with the inflection syntax
/// (<c>&lt;morir&gt;</c>, <c>&lt;matar+me&gt;</c>, <c>(a|b)</c>) stands for, so an author sees the forms the screen will match.
/// </summary>
internal static class ContentLexiconCommand
{
    private static readonly HashSet<string> PhraseLists = new(StringComparer.Ordinal) { "phrases", "only_with", "negations", "past_markers", "present_markers", "third_party", "losses" };

    /// <summary>Adds <c>content lexicon expand</c> to <paramref name="root"/>.</summary>
    /// <param name="root">The root command.</param>
    internal static void AddTo(Command root)
    {
        var file = new Argument<string?>("file") { Description = "A lexicon file (lexicons/<locale>.yaml).", Arity = ArgumentArity.ZeroOrOne };
        var phrase = new Option<string?>("--phrase") { Description = "Expand this one phrase instead of a file (with --locale)." };
        var locale = new Option<string?>("--locale") { Description = "The language of --phrase: es, fr or en." };
        var expand = new Command("expand", "List the forms each phrase written with <verb>, <verb:tags>, <verb+pronoun> or (a|b) stands for. Exit 1 with 'path:line:col: message' for a phrase that does not expand.")
        {
            file, phrase, locale,
        };
        expand.SetAction(r => Run(r.GetValue(file), r.GetValue(phrase), r.GetValue(locale), r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        var lexicon = new Command("lexicon", "Work with crisis lexicons: expand their phrases.") { expand };
        ContentCommand.AddSubcommand(root, lexicon);
    }

    /// <summary>Expands the phrases of <paramref name="path"/>, or <paramref name="phrase"/> alone.</summary>
    /// <returns>0 when every phrase expands, 1 otherwise.</returns>
    internal static int Run(string? path, string? phrase, string? locale, TextWriter output, TextWriter error)
    {
        if (phrase is not null)
        {
            if (locale is null)
            {
                error.WriteLine("--phrase needs --locale (es, fr or en)");
                return 1;
            }

            return Print(phrase, Locales.Language(locale), null, output, error) ? 0 : 1;
        }

        if (path is null)
        {
            error.WriteLine("give a lexicon file (lexicons/<locale>.yaml), or --phrase and --locale");
            return 1;
        }

        var stream = new YamlStream();
        try
        {
            using var reader = File.OpenText(path);
            stream.Load(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or YamlDotNet.Core.YamlException)
        {
            error.WriteLine($"{path}: {e.Message}");
            return 1;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("locale"), out var localeNode) || localeNode is not YamlScalarNode { Value: { } fileLocale })
        {
            error.WriteLine($"{path}: not a lexicon file (no 'locale:')");
            return 1;
        }

        var language = Locales.Language(fileLocale);
        var ok = true;
        foreach (var scalar in Phrases(root))
        {
            if (scalar.Value is { } text && LexiconPhraseForms.HasSyntax(text))
            {
                ok &= Print(text, language, string.Create(CultureInfo.InvariantCulture, $"{path}:{scalar.Start.Line}:{scalar.Start.Column}"), output, error);
            }
        }

        return ok ? 0 : 1;
    }

    private static bool Print(string phrase, string language, string? where, TextWriter output, TextWriter error)
    {
        IReadOnlyList<string> forms;
        try
        {
            forms = LexiconPhraseForms.Expand(phrase, language);
        }
        catch (FormatException e)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(where is null ? "" : where + ": ")}the phrase '{phrase}', {e.Message}"));
            return false;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(where is null ? "" : where + ": ")}{phrase} ({forms.Count} forms)"));
        foreach (var form in forms)
        {
            output.WriteLine("  " + form);
        }

        return true;
    }

    private static IEnumerable<YamlScalarNode> Phrases(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && PhraseLists.Contains(name) && value is YamlSequenceNode list)
                    {
                        foreach (var item in list.Children.OfType<YamlScalarNode>())
                        {
                            yield return item;
                        }
                    }
                    else
                    {
                        foreach (var inner in Phrases(value))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    foreach (var inner in Phrases(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
