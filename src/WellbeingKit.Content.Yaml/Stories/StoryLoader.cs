using WellbeingKit.Content;
using WellbeingKit.Conversations.Stories;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace WellbeingKit.Content.Yaml.Stories;

/// <summary>Loads conversation tests (<c>stories/*.yaml</c> of a pack), reporting every problem as <c>path:line:col: message</c>.</summary>
public static class StoryLoader
{
    private static readonly HashSet<string> StoryKeys = new(StringComparer.Ordinal) { "name", "locale", "country", "steps" };

    /// <summary>Loads the stories of the default pack.</summary>
    /// <returns>The stories, in file order.</returns>
    /// <exception cref="ContentValidationException">A story file has problems.</exception>
    public static IReadOnlyList<ConversationStory> LoadDefault()
    {
        var assembly = typeof(StoryLoader).Assembly;
        var prefix = ContentPackLoader.ResourcePrefix + "stories/";
        var files = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files.Add((name[ContentPackLoader.ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return Load(files);
    }

    /// <summary>Loads the stories of a pack folder (its <c>stories/</c> folder; none when it has none).</summary>
    /// <param name="packDirectory">The pack folder.</param>
    /// <returns>The stories, in file order.</returns>
    /// <exception cref="ContentValidationException">A story file has problems.</exception>
    public static IReadOnlyList<ConversationStory> LoadDirectory(string packDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(packDirectory);
        var folder = Path.Combine(packDirectory, "stories");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var problems = new List<ContentProblem>();
        var files = new List<(string Path, string Text)>();

        // Ordinal order of the '/'-separated relative paths, the same on every system.
        var found = Directory.EnumerateFiles(folder, "*.y*ml", SearchOption.AllDirectories)
            .Select(f => (File: f, Path: Path.GetRelativePath(packDirectory, f).Replace('\\', '/')))
            .OrderBy(f => f.Path, StringComparer.Ordinal);
        foreach (var (file, path) in found)
        {
            if (!RegularFiles.IsRegular(file))
            {
                problems.Add(new ContentProblem(path, 0, 0, "this is not a regular file (a FIFO, socket or device); refusing to read it"));
                continue;
            }

            if (new FileInfo(file).Length > ContentLimits.Default.MaxFileBytes)
            {
                problems.Add(new ContentProblem(path, 0, 0, $"the file is larger than {ContentLimits.Default.MaxFileBytes / 1024} KB; refusing to read it"));
                continue;
            }

            var text = YamlTreeReader.Decode(File.ReadAllBytes(file), out var decodeProblem);
            if (text is null)
            {
                problems.Add(new ContentProblem(path, decodeProblem!.Value.Position.Line, decodeProblem.Value.Position.Column, decodeProblem.Value.Message));
                continue;
            }

            files.Add((path, text));
        }

        return Load(files, problems);
    }

    /// <summary>Parses story files.</summary>
    /// <param name="files">Each file's path (for messages) and text.</param>
    /// <returns>The stories.</returns>
    /// <exception cref="ContentValidationException">Some files have problems; all are listed.</exception>
    internal static IReadOnlyList<ConversationStory> Load(IReadOnlyList<(string Path, string Text)> files) => Load(files, []);

    private static IReadOnlyList<ConversationStory> Load(IReadOnlyList<(string Path, string Text)> files, List<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(files);
        var stories = new List<ConversationStory>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            // The same limits as content files (alias bombs, deep nesting, huge documents), checked without recursion
            // before YamlDotNet's recursive representation model sees the text.
            var screened = YamlTreeReader.Read(text, ContentLimits.Default);
            if (screened.Problems.Count > 0)
            {
                problems.AddRange(screened.Problems.Select(p => new ContentProblem(path, p.Position.Line, p.Position.Column, p.Message)));
                continue;
            }

            try
            {
                var yaml = new YamlStream();
                using (var reader = new StringReader(text))
                {
                    yaml.Load(reader);
                }

                if (yaml.Documents.Count == 0)
                {
                    continue;
                }

                foreach (var story in ParseFile(path, yaml.Documents[0].RootNode, problems))
                {
                    if (!names.Add(story.Name))
                    {
                        problems.Add(new ContentProblem(path, story.Line, 1, $"Another story is already named '{story.Name}'; story names must be unique."));
                    }

                    stories.Add(story);
                }
            }
            catch (YamlException e)
            {
                problems.Add(new ContentProblem(path, (int)e.Start.Line, (int)e.Start.Column, e.Message));
            }
        }

        if (problems.Count > 0)
        {
            throw new ContentValidationException(problems);
        }

        return stories;
    }

    private static IEnumerable<ConversationStory> ParseFile(string path, YamlNode root, List<ContentProblem> problems)
    {
        if (root is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode("stories"), out var list) || list is not YamlSequenceNode sequence)
        {
            problems.Add(Problem(path, root, "A story file must have a 'stories:' list."));
            yield break;
        }

        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(k => k.Value != "stories"))
        {
            problems.Add(Problem(path, key, $"Unknown key '{key.Value}'; a story file has only 'stories:'."));
        }

        foreach (var node in sequence.Children)
        {
            if (ParseStory(path, node, problems) is { } story)
            {
                yield return story;
            }
        }
    }

    private static ConversationStory? ParseStory(string path, YamlNode node, List<ContentProblem> problems)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add(Problem(path, node, "A story must be a map with 'name' and 'steps'."));
            return null;
        }

        string? Scalar(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? (v as YamlScalarNode)?.Value : null;
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(k => !StoryKeys.Contains(k.Value ?? "")))
        {
            problems.Add(Problem(path, key, $"Unknown key '{key.Value}'; a story has name, locale, country and steps."));
        }

        var name = Scalar("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(Problem(path, map, "The story has no 'name'."));
            return null;
        }

        if (!map.Children.TryGetValue(new YamlScalarNode("steps"), out var stepsNode) || stepsNode is not YamlSequenceNode steps || steps.Children.Count == 0)
        {
            problems.Add(Problem(path, map, $"Story '{name}' has no 'steps' list."));
            return null;
        }

        var parsed = new List<StoryStep>();
        foreach (var stepNode in steps.Children)
        {
            if (stepNode is not YamlMappingNode step || step.Children.Count != 1)
            {
                problems.Add(Problem(path, stepNode, $"A step is one key and its value, such as 'user: \"hello\"' or 'bot_says: \"...\"' (story '{name}')."));
                continue;
            }

            var (keyNode, valueNode) = step.Children.Single();
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            if (!Conversations.Stories.StoryKeys.TryParse(key, out var kind))
            {
                problems.Add(Problem(path, keyNode, $"Unknown step '{key}'; use one of {string.Join(", ", Conversations.Stories.StoryKeys.All)}."));
                continue;
            }

            if (valueNode is not YamlScalarNode { Value: { } value })
            {
                problems.Add(Problem(path, valueNode, $"Step '{key}' needs a text value."));
                continue;
            }

            if (kind is StoryStepKind.BotOffersHandoff or StoryStepKind.Safety && value is not ("true" or "false"))
            {
                problems.Add(Problem(path, valueNode, $"Step '{key}' takes true or false, not '{value}'."));
                continue;
            }

            if (kind == StoryStepKind.User && string.IsNullOrWhiteSpace(value))
            {
                problems.Add(Problem(path, valueNode, "A 'user' step needs the text the user sends."));
                continue;
            }

            parsed.Add(new StoryStep(kind, value, (int)keyNode.Start.Line));
        }

        return new ConversationStory
        {
            Name = name,
            Locale = Scalar("locale"),
            Country = Scalar("country"),
            Steps = parsed,
            Path = path,
            Line = (int)map.Start.Line,
        };
    }

    private static ContentProblem Problem(string path, YamlNode node, string message) =>
        new(path, (int)node.Start.Line, (int)node.Start.Column, message);
}
