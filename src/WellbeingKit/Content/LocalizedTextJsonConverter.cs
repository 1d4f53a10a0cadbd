using System.Text.Json;
using System.Text.Json.Serialization;

namespace WellbeingKit.Content;

/// <summary>Reads <see cref="LocalizedText"/> from a JSON string or object.</summary>
internal sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new LocalizedText(new Dictionary<string, string> { [LocalizedText.DefaultLocaleKey] = reader.GetString()! });
        }

        var map = JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options)
            ?? throw new JsonException("Expected a string or a map of locale to text.");
        return new LocalizedText(map);
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (locale, text) in value.Values)
        {
            writer.WritePropertyName(locale);
            writer.WriteStringValue(text);
        }

        writer.WriteEndObject();
    }
}
