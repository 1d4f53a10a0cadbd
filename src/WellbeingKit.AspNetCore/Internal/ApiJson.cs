using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>
/// Compile-time JSON metadata for the endpoints' bodies (System.Text.Json source generation): no reflection and less
/// allocation on every request. <see cref="ApiContracts.Read"/> and <see cref="ApiContracts.Write"/> keep their settings
/// (casing, refused unknown fields, encoder); types not listed here (the data export) fall back to reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(FeedbackRequest))]
[JsonSerializable(typeof(ReplyDto))]
[JsonSerializable(typeof(ConversationDto))]
internal sealed partial class ApiJson : JsonSerializerContext
{
    /// <summary>The generated metadata first, reflection for anything else.</summary>
    public static IJsonTypeInfoResolver Resolver { get; } = JsonTypeInfoResolver.Combine(Default, new DefaultJsonTypeInfoResolver());
}
