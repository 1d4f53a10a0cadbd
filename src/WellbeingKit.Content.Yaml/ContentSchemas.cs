using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace WellbeingKit.Content.Yaml;

/// <summary>
/// The JSON Schemas of <c>content-schema/</c>, embedded in this assembly, and a validator that turns
/// JsonSchema.Net's output into plain, specific messages.
/// </summary>
internal static class ContentSchemas
{
    internal const string ResourcePrefix = "WellbeingKit.ContentSchema/";

    private static readonly Lazy<IReadOnlyDictionary<ContentFileKind, (JsonSchema Schema, JsonNode Document)>> Schemas = new(LoadSchemas);

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    private static readonly EvaluationOptions FlagOptions = new() { OutputFormat = OutputFormat.Flag };

    /// <summary>The schema file name of a kind (for example <c>flow.schema.json</c>).</summary>
    public static string FileName(ContentFileKind kind) => kind.ToString().ToLowerInvariant() + ".schema.json";

    /// <summary>The schema text of a kind, as embedded.</summary>
    public static string Text(ContentFileKind kind)
    {
        using var stream = typeof(ContentSchemas).Assembly.GetManifestResourceStream(ResourcePrefix + FileName(kind))
            ?? throw new InvalidOperationException($"The schema {FileName(kind)} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IReadOnlyList<SchemaProblem> Validate(ContentFileKind kind, JsonNode instance)
    {
        var (schema, document) = Schemas.Value[kind];
        using var json = JsonDocument.Parse(instance.ToJsonString());
        var problems = new List<SchemaProblem>();

        // Most files are valid: a flag evaluation stops early; the detailed list is only built for invalid files.
        if (schema.Evaluate(json.RootElement, FlagOptions).IsValid)
        {
            return problems;
        }

        var results = schema.Evaluate(json.RootElement, Options);

        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is null)
            {
                continue;
            }

            var pointer = detail.InstanceLocation.ToString();
            var evaluationPath = detail.EvaluationPath.ToString();
            var schemaPointer = Fragment(detail.SchemaLocation);
            foreach (var (keyword, message) in detail.Errors)
            {
                var problem = Describe(keyword, message, pointer, evaluationPath, schemaPointer, instance, document);
                if (!problems.Contains(problem))
                {
                    problems.Add(problem);
                }
            }
        }

        return problems;
    }

    private static IReadOnlyDictionary<ContentFileKind, (JsonSchema, JsonNode)> LoadSchemas()
    {
        var registry = new SchemaRegistry();
        var options = new BuildOptions { SchemaRegistry = registry };
        var schemas = new Dictionary<ContentFileKind, (JsonSchema, JsonNode)>();
        foreach (var kind in Enum.GetValues<ContentFileKind>())
        {
            var text = Text(kind);
            schemas[kind] = (JsonSchema.FromText(text, options), JsonNode.Parse(text)!);
        }

        return schemas;
    }

    private static string Fragment(Uri location)
    {
        var text = location.OriginalString;
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? "" : Uri.UnescapeDataString(text[(hash + 1)..]);
    }

    private static SchemaProblem Describe(string keyword, string fallback, string pointer, string evaluationPath, string schemaPointer, JsonNode instance, JsonNode document)
    {
        var name = Name(pointer);
        var value = Resolve(instance, pointer);
        if (keyword.Length == 0 && evaluationPath.EndsWith("/additionalProperties", StringComparison.Ordinal))
        {
            var cut = schemaPointer.LastIndexOf("/additionalProperties", StringComparison.Ordinal);
            var parent = cut < 0 ? null : Resolve(document, schemaPointer[..cut]) as JsonObject;
            var known = parent?["properties"] is JsonObject properties ? properties.Select(p => p.Key).ToList() : [];
            var key = JsonPointer.LastSegment(pointer);
            var suggestion = Suggestions.Closest(key, known);
            var hint = suggestion is not null
                ? $"; did you mean '{suggestion}'?"
                : known.Count > 0 ? $"; expected one of: {string.Join(", ", known)}" : "";
            return new SchemaProblem(pointer, true, $"unknown key '{key}'{hint}");
        }

        var subschema = SubschemaFor(document, schemaPointer);
        if (evaluationPath.Contains("/propertyNames", StringComparison.Ordinal))
        {
            var pattern = subschema?["pattern"]?.GetValue<string>()
                ?? (subschema?["$ref"] is JsonValue reference ? SubschemaFor(document, reference.GetValue<string>().TrimStart('#'))?["pattern"]?.GetValue<string>() : null);
            return new SchemaProblem(pointer, true, $"key '{JsonPointer.LastSegment(pointer)}' is not well formed{Hint(pattern)}");
        }

        switch (keyword)
        {
            case "required":
                var required = subschema?["required"] is JsonArray list ? list.Select(n => n!.GetValue<string>()) : [];
                var present = value as JsonObject;
                var missing = required.Where(r => present is null || !present.ContainsKey(r)).ToList();
                var where = pointer.Length == 0 ? "" : $" in {name}";
                return new SchemaProblem(pointer, true, missing.Count == 1
                    ? $"missing required key '{missing[0]}'{where}"
                    : $"missing required keys {string.Join(", ", missing.Select(m => "'" + m + "'"))}{where}");
            case "type":
                var expected = subschema?["type"] switch
                {
                    JsonArray types => types.Select(t => t!.GetValue<string>()).ToList(),
                    JsonValue type => [type.GetValue<string>()],
                    _ => [],
                };
                var quote = expected.Contains("string") && value is JsonValue v && v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
                    ? "; put the value in quotes"
                    : "";
                return new SchemaProblem(pointer, false, $"{name} must be {DescribeTypes(expected)}, not {DescribeValue(value)}{quote}");
            case "enum":
                var allowed = subschema?["enum"] is JsonArray values ? string.Join(", ", values.Select(x => x?.ToString())) : "";
                return new SchemaProblem(pointer, false, $"{name} is {Show(value)}, which is not one of: {allowed}");
            case "pattern":
                var description = subschema?["description"]?.GetValue<string>();
                return new SchemaProblem(pointer, false, $"{name} {Show(value)} is not well formed" + (description is null ? "" : $" ({Uncapitalize(description.TrimEnd('.'))})"));
            case "minLength":
            case "minProperties":
                return new SchemaProblem(pointer, false, $"{name} must not be empty");
            case "minItems":
                return new SchemaProblem(pointer, false, $"{name} needs at least {subschema?["minItems"]} item(s)");
            case "minimum":
                return new SchemaProblem(pointer, false, $"{name} is {Show(value)}, below the minimum {subschema?["minimum"]}");
            case "exclusiveMinimum":
                return new SchemaProblem(pointer, false, $"{name} is {Show(value)}; it must be more than {subschema?["exclusiveMinimum"]}");
            case "maximum":
                return new SchemaProblem(pointer, false, $"{name} is {Show(value)}, above the maximum {subschema?["maximum"]}");
            default:
                return new SchemaProblem(pointer, false, $"{name}: {fallback}");
        }
    }

    /// <summary>
    /// The subschema a keyword error came from. JsonSchema.Net sometimes appends the instance's property name
    /// to locations under additionalProperties, so walk up until an object schema is found.
    /// </summary>
    private static JsonObject? SubschemaFor(JsonNode document, string schemaPointer)
    {
        var current = schemaPointer;
        while (true)
        {
            if (Resolve(document, current) is JsonObject found)
            {
                return found;
            }

            if (current.Length == 0)
            {
                return null;
            }

            current = JsonPointer.Parent(current);
        }
    }

    private static JsonNode? Resolve(JsonNode? node, string pointer)
    {
        if (pointer.Length == 0)
        {
            return node;
        }

        foreach (var raw in pointer[1..].Split('/'))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject o when o.TryGetPropertyValue(segment, out var child) => child,
                JsonArray a when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>A human name for the value at a pointer: <c>'next'</c>, <c>item 2 of 'steps'</c>, <c>the file</c>.</summary>
    internal static string Name(string pointer)
    {
        if (pointer.Length == 0)
        {
            return "the file";
        }

        var last = JsonPointer.LastSegment(pointer);
        if (int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            var parent = JsonPointer.Parent(pointer);
            return parent.Length == 0
                ? $"item {index + 1}"
                : $"item {index + 1} of '{JsonPointer.LastSegment(parent)}'";
        }

        return $"'{last}'";
    }

    private static string Hint(string? pattern) => pattern switch
    {
        null => "",
        _ when pattern.StartsWith("^[a-z]{2,3}", StringComparison.Ordinal) => ": expected a locale tag such as en, es or pt-BR (lowercase language)",
        _ when pattern.StartsWith("^[A-Za-z_]", StringComparison.Ordinal) => ": expected a variable name (a letter or '_', then letters, digits, '_' or '.')",
        _ when pattern.StartsWith("^[A-Za-z0-9_.-]", StringComparison.Ordinal) => ": use letters, digits, '_', '.' and '-' only",
        _ => $": expected the pattern {pattern}",
    };

    private static string DescribeTypes(IReadOnlyList<string> types)
    {
        if (types.Count == 2 && types.Contains("string") && types.Contains("object"))
        {
            return "text, or a mapping of locale to text";
        }

        return string.Join(" or ", types.Select(t => t switch
        {
            "string" => "text",
            "number" => "a number",
            "integer" => "a whole number",
            "boolean" => "true or false",
            "array" => "a list",
            "object" => "a mapping",
            _ => t,
        }));
    }

    private static string DescribeValue(JsonNode? value) => value switch
    {
        null => "empty",
        JsonObject => "a mapping",
        JsonArray => "a list",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => $"the text {Show(v)}",
            JsonValueKind.Number => $"the number {v.ToJsonString()}",
            JsonValueKind.True or JsonValueKind.False => $"{v.ToJsonString()}",
            _ => v.ToJsonString(),
        },
        _ => value.ToJsonString(),
    };

    private static string Show(JsonNode? value) => value switch
    {
        null => "empty",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => "'" + v.GetValue<string>() + "'",
        _ => value.ToJsonString(),
    };

    private static string Uncapitalize(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
