using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace WellbeingKit.EndToEnd.Tests.Conversations;

/// <summary>content-schema/stories.schema.json agrees with the story files the loader reads.</summary>
public sealed class StorySchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Repository(), "content-schema", "stories.schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public static TheoryData<string> StoryFiles() =>
        [.. Directory.EnumerateFiles(Path.Combine(Repository(), "src", "WellbeingKit.Content.Yaml", "DefaultPack", "stories"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(StoryFiles))]
    public void A_default_pack_story_file_matches_the_schema(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repository(), "src", "WellbeingKit.Content.Yaml", "DefaultPack", "stories", file));
        Validate(text).Should().BeTrue();
    }

    [Fact]
    public void An_unknown_step_does_not_match_the_schema() =>
        Validate("stories:\n  - name: x\n    steps:\n      - user: hi\n      - bot_sings: la\n").Should().BeFalse();

    [Fact]
    public void A_step_with_two_keys_does_not_match_the_schema() =>
        Validate("stories:\n  - name: x\n    steps:\n      - user: hi\n        bot_says: hello\n").Should().BeFalse();

    private static bool Validate(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        using var json = JsonDocument.Parse(ToJson(stream.Documents[0].RootNode)!.ToJsonString());
        return Schema.Value.Evaluate(json.RootElement, new EvaluationOptions()).IsValid;
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } scalar => JsonValue.Create(scalar.Value == "true"),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static string Repository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WellbeingKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory!.FullName;
    }
}
