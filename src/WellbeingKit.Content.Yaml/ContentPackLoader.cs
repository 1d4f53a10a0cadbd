using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using WellbeingKit.Content;
using YamlDotNet.RepresentationModel;

namespace WellbeingKit.Content.Yaml;

/// <summary>Loads a content pack from a folder of YAML files, or the default pack embedded in this package.</summary>
public static class ContentPackLoader
{
    internal const string ResourcePrefix = "WellbeingKit.DefaultPack/";

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Loads the default content pack shipped with this package (en, es, fr, ar).</summary>
    /// <returns>The pack.</returns>
    /// <exception cref="ContentValidationException">The pack has problems.</exception>
    public static ContentPack LoadDefault()
    {
        var assembly = typeof(ContentPackLoader).Assembly;
        var files = new List<(string Path, string Text)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files.Add((name[ResourcePrefix.Length..].Replace('\\', '/'), reader.ReadToEnd()));
        }

        return Load(files);
    }

    /// <summary>Loads a content pack from a folder.</summary>
    /// <param name="directory">The pack folder (holding <c>pack.yaml</c>).</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ContentValidationException">The pack has problems.</exception>
    public static ContentPack LoadDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var files = Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllText(f)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();
        return Load(files);
    }

    internal static ContentPack Load(IReadOnlyList<(string Path, string Text)> files)
    {
        var problems = new List<ContentProblem>();
        PackManifest? manifest = null;
        var exercises = new Dictionary<string, Exercise>(StringComparer.Ordinal);
        var flows = new Dictionary<string, FlowDefinition>(StringComparer.Ordinal);
        var questionnaires = new Dictionary<string, QuestionnaireDefinition>(StringComparer.Ordinal);
        var helplines = new List<Helpline>();
        var lexicons = new Dictionary<string, LexiconDefinition>(StringComparer.OrdinalIgnoreCase);
        var messages = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);

        foreach (var (path, text) in files)
        {
            JsonNode? node;
            try
            {
                node = ToJson(text);
            }
            catch (YamlDotNet.Core.YamlException e)
            {
                problems.Add(new ContentProblem(path, (int)e.Start.Line, (int)e.Start.Column, e.Message));
                continue;
            }

            try
            {
                var folder = path.Contains('/', StringComparison.Ordinal) ? path[..path.IndexOf('/', StringComparison.Ordinal)] : "";
                switch (folder)
                {
                    case "" when path == "pack.yaml":
                        manifest = node.Deserialize<PackManifest>(JsonOptions);
                        break;
                    case "exercises":
                        var exercise = node.Deserialize<Exercise>(JsonOptions)!;
                        exercises[exercise.Id] = exercise;
                        break;
                    case "flows":
                        var flow = node.Deserialize<FlowDefinition>(JsonOptions)!;
                        flows[flow.Id] = flow;
                        break;
                    case "questionnaires":
                        var questionnaire = node.Deserialize<QuestionnaireDefinition>(JsonOptions)!;
                        questionnaires[questionnaire.Id] = questionnaire;
                        break;
                    case "helplines":
                        helplines.AddRange(node!["helplines"].Deserialize<List<Helpline>>(JsonOptions)!);
                        break;
                    case "lexicons":
                        var lexicon = node.Deserialize<LexiconDefinition>(JsonOptions)!;
                        lexicons[lexicon.Locale] = lexicon;
                        break;
                    case "messages":
                        var locale = node!["locale"]!.GetValue<string>();
                        messages[locale] = node["messages"].Deserialize<Dictionary<string, string>>(JsonOptions)!;
                        break;
                    default:
                        problems.Add(new ContentProblem(path, 0, 0, "This file is in no known folder (exercises, flows, questionnaires, helplines, lexicons, messages)."));
                        break;
                }
            }
            catch (JsonException e)
            {
                problems.Add(new ContentProblem(path, 0, 0, e.Message));
            }
        }

        if (manifest is null)
        {
            problems.Add(new ContentProblem("pack.yaml", 0, 0, "The pack has no pack.yaml."));
        }

        if (problems.Count > 0)
        {
            throw new ContentValidationException(problems);
        }

        return new ContentPack
        {
            Manifest = manifest!,
            Exercises = exercises,
            Flows = flows,
            Questionnaires = questionnaires,
            Helplines = helplines,
            Lexicons = lexicons,
            Messages = messages,
        };
    }

    /// <summary>Converts a YAML document to JSON: scalars become strings, numbers or booleans as YAML 1.2's core schema reads them.</summary>
    internal static JsonNode? ToJson(string yaml)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
        {
            stream.Load(reader);
        }

        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? "", Convert(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted or YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded)
        {
            return JsonValue.Create(value);
        }

        return value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
            _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsInfinity(d) => JsonValue.Create(d),
            _ => JsonValue.Create(value),
        };
    }
}
