using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;
using WellbeingKit.Risk;

namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>The JSON Schemas in content-schema/ match the C# model exactly and describe every property.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string, string, Type> ObjectSchemas => new()
    {
        { "pack", "", typeof(PackManifest) },
        { "pack", "/$defs/locale", typeof(PackLocale) },
        { "pack", "/properties/brand", typeof(PackBrand) },
        { "exercise", "", typeof(Exercise) },
        { "exercise", "/properties/requires", typeof(ExerciseRequirements) },
        { "flow", "", typeof(FlowDefinition) },
        { "flow", "/$defs/state", typeof(FlowState) },
        { "flow", "/$defs/option", typeof(FlowOption) },
        { "flow", "/$defs/case", typeof(FlowCase) },
        { "questionnaire", "", typeof(QuestionnaireDefinition) },
        { "questionnaire", "/properties/items/items", typeof(QuestionnaireItem) },
        { "questionnaire", "/properties/options/items", typeof(QuestionnaireOption) },
        { "questionnaire", "/properties/bands/items", typeof(ScoreBand) },
        { "helplines", "/$defs/helpline", typeof(Helpline) },
        { "lexicon", "", typeof(LexiconDefinition) },
        { "lexicon", "/$defs/pattern", typeof(LexiconPattern) },
        { "lexicon", "/$defs/benign", typeof(LexiconPattern) },
        { "lint", "", typeof(LintDefinition) },
    };

    public static TheoryData<string, string, Type> EnumSchemas => new()
    {
        { "flow", "/properties/kind", typeof(FlowKind) },
        { "flow", "/$defs/state/properties/type", typeof(FlowStepType) },
        { "lexicon", "/$defs/pattern/properties/category", typeof(RiskCategory) },
        { "lexicon", "/$defs/benign/properties/level", typeof(RiskLevel) },
    };

    public static TheoryData<string> Kinds => new() { "pack", "exercise", "flow", "questionnaire", "helplines", "lexicon", "messages", "lint" };

    [Theory]
    [MemberData(nameof(ObjectSchemas))]
    public void Schema_properties_are_the_model_properties_in_snake_case(string kind, string pointer, Type type)
    {
        var schema = Subschema(kind, pointer);
        var expected = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name))
            .Order();

        schema["properties"]!.AsObject().Select(p => p.Key).Order().Should().Equal(expected);
        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(ObjectSchemas))]
    public void Schema_requires_every_required_model_property(string kind, string pointer, Type type)
    {
        var required = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<RequiredMemberAttribute>() is not null)
            .Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name));

        var schemaRequired = Subschema(kind, pointer)["required"]?.AsArray().Select(n => n!.GetValue<string>()) ?? [];
        required.Except(schemaRequired).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(EnumSchemas))]
    public void Schema_enums_are_the_model_enum_values_in_kebab_case(string kind, string pointer, Type type)
    {
        var expected = Enum.GetNames(type).Select(JsonNamingPolicy.KebabCaseLower.ConvertName);
        Subschema(kind, pointer)["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_schema_property_has_a_description(string kind)
    {
        var undocumented = new List<string>();
        Walk(Document(kind), "", undocumented);
        undocumented.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Schemas_are_draft_2020_12_and_shipped_in_content_schema(string kind)
    {
        var document = Document(kind);
        document["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        File.ReadAllText(Path.Combine(RepositoryRoot(), "content-schema", kind + ".schema.json"))
            .Should().Be(ContentSchemas.Text(Enum.Parse<ContentFileKind>(kind, ignoreCase: true)));
    }

    private static void Walk(JsonNode? node, string path, List<string> undocumented)
    {
        if (node is not JsonObject schema)
        {
            return;
        }

        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, property) in properties)
            {
                if (property is not JsonObject p || p["description"] is null)
                {
                    undocumented.Add(path + "/properties/" + name);
                }
            }
        }

        foreach (var (name, child) in schema)
        {
            if (child is JsonObject)
            {
                Walk(child, path + "/" + name, undocumented);
            }
        }
    }

    internal static JsonNode Document(string kind) => JsonNode.Parse(ContentSchemas.Text(Enum.Parse<ContentFileKind>(kind, ignoreCase: true)))!;

    private static JsonObject Subschema(string kind, string pointer)
    {
        JsonNode node = Document(kind);
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node[segment]!;
        }

        return node.AsObject();
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WellbeingKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("WellbeingKit.sln not found above " + AppContext.BaseDirectory);
    }
}
