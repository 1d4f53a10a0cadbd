using System.Text.Json;
using System.Text.Json.Serialization;

namespace WellbeingKit.Care;

/// <summary>
/// The one serialised form of a <see cref="CareRecord"/> (UTF-8 JSON), which stores encrypt and keep as a blob. The version
/// is not part of it: stores keep it in its own column.
/// </summary>
internal static class CareRecordJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>The record as UTF-8 JSON (without its version).</summary>
    public static byte[] Serialize(CareRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.SerializeToUtf8Bytes(record with { Version = 0 }, Options);
    }

    /// <summary>The record read from <paramref name="payload"/>, with <paramref name="version"/>.</summary>
    /// <exception cref="InvalidDataException">The payload is not a care record.</exception>
    public static CareRecord Deserialize(ReadOnlySpan<byte> payload, long version)
    {
        try
        {
            var record = JsonSerializer.Deserialize<CareRecord>(payload, Options)
                ?? throw new InvalidDataException("The care record is empty (JSON null).");
            return record with { Version = version };
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The care record could not be read: {e.Message}", e);
        }
    }
}
