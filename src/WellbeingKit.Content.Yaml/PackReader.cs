using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WellbeingKit.Content.Yaml;

/// <summary>
/// Reads a pack's files one by one: decodes each, parses the YAML with positions, validates it against its JSON Schema
/// and builds its model into <see cref="PackSources"/>. Never throws for bad content: each problem is recorded with
/// its position, and a broken file's id is remembered so references to it are not reported again.
/// </summary>
internal sealed class PackReader(ContentLimits limits, PackSources sources, PackProblems problems)
{
    private static readonly HashSet<string> IgnoredFolders = new(StringComparer.Ordinal) { "stories", "tests" };

    private readonly ContentLimits _limits = limits;
    private readonly PackSources _sources = sources;
    private readonly PackProblems _problems = problems;

    public void ReadFile(PackFile file)
    {
        var path = file.Path;
        var kind = Classify(path, out var ignored);
        if (ignored)
        {
            return;
        }

        var before = _problems.Count;
        ReadFile(file, path, kind);
        if (kind is not null && _problems.Count > before)
        {
            // The file exists but is broken: references to it (by file name) are not reported again.
            _sources.Broken(kind.Value).Add(Path.GetFileNameWithoutExtension(path));
        }
    }

    private void ReadFile(PackFile file, string path, ContentFileKind? kind)
    {
        if (kind is null)
        {
            _problems.Add(path, 0, 0, path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
                ? "content files end in .yaml; rename this file"
                : "this file is in no known place: pack.yaml, exercises/, flows/, questionnaires/, helplines/, lexicons/, messages/ or lint/");
            return;
        }

        if (kind == ContentFileKind.Pack)
        {
            _sources.ManifestFileSeen = true;
        }

        if (file.Length > _limits.MaxFileBytes)
        {
            _problems.Add(path, 0, 0, $"the file is {Size(file.Length)}, more than the limit of {Size(_limits.MaxFileBytes)}; refusing to read it");
            return;
        }

        byte[] bytes;
        try
        {
            bytes = ReadBounded(file);
        }
        catch (IOException e)
        {
            _problems.Add(path, 0, 0, "the file cannot be read: " + e.Message);
            return;
        }
        catch (UnauthorizedAccessException e)
        {
            _problems.Add(path, 0, 0, "the file cannot be read: " + e.Message);
            return;
        }

        if (bytes.LongLength > _limits.MaxFileBytes)
        {
            _problems.Add(path, 0, 0, $"the file is more than the limit of {Size(_limits.MaxFileBytes)}; refusing to read it");
            return;
        }

        var text = YamlTreeReader.Decode(bytes, out var decodeProblem);
        if (text is null)
        {
            _problems.Add(path, decodeProblem!.Value.Position, decodeProblem.Value.Message);
            return;
        }

        var parsed = YamlTreeReader.Read(text, _limits);
        foreach (var problem in parsed.Problems)
        {
            _problems.Add(path, problem.Position, problem.Message);
        }

        if (!parsed.HasTree)
        {
            return;
        }

        if (parsed.Root is null)
        {
            _problems.Add(path, 1, 1, "the file is empty");
            return;
        }

        var schemaProblems = ContentSchemas.Validate(kind.Value, parsed.Root);
        foreach (var problem in schemaProblems)
        {
            _problems.Add(path, problem.AtKey ? parsed.Positions.Key(problem.Pointer) : parsed.Positions.Value(problem.Pointer), problem.Message);
        }

        if (schemaProblems.Count > 0)
        {
            var idKey = kind is ContentFileKind.Messages or ContentFileKind.Lexicon or ContentFileKind.Lint ? "locale" : "id";
            if (parsed.Root is JsonObject root && root[idKey] is JsonValue id && id.GetValueKind() == JsonValueKind.String)
            {
                _sources.Broken(kind.Value).Add(id.GetValue<string>());
            }

            return;
        }

        try
        {
            Build(kind.Value, path, parsed.Root, parsed.Positions);
        }
        catch (JsonException e)
        {
            var pointer = ToPointer(e.Path);
            _problems.Add(path, parsed.Positions.Value(pointer), "cannot read this value: " + e.Message);
        }
    }

    private void Build(ContentFileKind kind, string path, JsonNode root, SourcePositions positions)
    {
        var options = ContentPackLoader.JsonOptions;
        switch (kind)
        {
            case ContentFileKind.Pack:
                _sources.Manifest = new(root.Deserialize<PackManifest>(options)!, path, positions);
                break;
            case ContentFileKind.Exercise:
                _sources.Exercises.Add(new(root.Deserialize<Exercise>(options)!, path, positions));
                break;
            case ContentFileKind.Flow:
                _sources.Flows.Add(new(root.Deserialize<FlowDefinition>(options)!, path, positions));
                break;
            case ContentFileKind.Questionnaire:
                _sources.Questionnaires.Add(new(root.Deserialize<QuestionnaireDefinition>(options)!, path, positions));
                break;
            case ContentFileKind.Helplines:
                _sources.Helplines.Add(new(root["helplines"].Deserialize<List<Helpline>>(options)!, path, positions));
                break;
            case ContentFileKind.Lexicon:
                _sources.Lexicons.Add(new(root.Deserialize<LexiconDefinition>(options)!, path, positions));
                break;
            case ContentFileKind.Lint:
                _sources.Lint.Add(new(root.Deserialize<LintDefinition>(options)!, path, positions));
                break;
            case ContentFileKind.Messages:
                var locale = root["locale"]!.GetValue<string>();
                var messages = root["messages"].Deserialize<Dictionary<string, string>>(options) ?? [];
                _sources.Messages.Add(new(new MessagesFile(locale, messages), path, positions));
                break;
        }
    }

    internal static ContentFileKind? Classify(string path, out bool ignored)
    {
        ignored = false;
        if (path == "pack.yaml")
        {
            return ContentFileKind.Pack;
        }

        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var folder = slash < 0 ? "" : path[..slash];
        if (IgnoredFolders.Contains(folder))
        {
            ignored = true;
            return null;
        }

        if (!path.EndsWith(".yaml", StringComparison.Ordinal))
        {
            return null;
        }

        return folder switch
        {
            "exercises" => ContentFileKind.Exercise,
            "flows" => ContentFileKind.Flow,
            "questionnaires" => ContentFileKind.Questionnaire,
            "helplines" => ContentFileKind.Helplines,
            "lexicons" => ContentFileKind.Lexicon,
            "messages" => ContentFileKind.Messages,
            "lint" => ContentFileKind.Lint,
            _ => null,
        };
    }

    private byte[] ReadBounded(PackFile file)
    {
        using var stream = file.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _limits.MaxFileBytes)
            {
                break;
            }
        }

        return buffer.ToArray();
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");

    private static string ToPointer(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "";
        }

        var pointer = "";
        foreach (var part in jsonPath.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                pointer = JsonPointer.Append(pointer, name);
            }

            if (bracket >= 0 && int.TryParse(part[(bracket + 1)..].TrimEnd(']'), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                pointer = JsonPointer.Append(pointer, index);
            }
        }

        return pointer;
    }
}
