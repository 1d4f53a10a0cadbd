using System.Text.Json;
using System.Text.Json.Serialization;
using WellbeingKit.Conversations;
using WellbeingKit.Risk;

namespace WellbeingKit.Storage;

/// <summary>The JSON forms of what the stores keep (conversation state, safety plan, questionnaire answers, audit categories).</summary>
internal static class StoreJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] SerializeState(ConversationState state) => JsonSerializer.SerializeToUtf8Bytes(state, Options);

    public static ConversationState DeserializeState(byte[] json, string userId, long version)
    {
        var state = JsonSerializer.Deserialize<ConversationState>(json, Options)
            ?? throw new InvalidDataException("A stored conversation is empty.");
        if (!string.Equals(state.UserId, userId, StringComparison.Ordinal))
        {
            throw new InvalidDataException("A stored conversation names another user than the row it is stored in.");
        }

        return state with { Version = version };
    }

    public static TranscriptLine DeserializeLine(byte[] json, string userId) => JsonSerializer.Deserialize<TranscriptLine>(json, Options)
        ?? throw new InvalidDataException("A stored transcript line is empty.");

    /// <summary>Several transcript lines as one JSON array (PostgreSQL keeps the lines of one turn in one row).</summary>
    public static byte[] SerializeLines(IEnumerable<TranscriptLine> lines) => JsonSerializer.SerializeToUtf8Bytes(lines, Options);

    /// <summary>The lines of a stored transcript row: a JSON array of lines, or one line (rows written one line each).</summary>
    public static TranscriptLine[] DeserializeLines(byte[] json, string userId)
    {
        var start = json.AsSpan().TrimStart(" \t\r\n"u8);
        return start.Length > 0 && start[0] == (byte)'['
            ? JsonSerializer.Deserialize<TranscriptLine[]>(json, Options) ?? throw new InvalidDataException("A stored transcript row is empty.")
            : [DeserializeLine(json, userId)];
    }

    public static byte[] SerializePlan(Safety.SafetyPlan plan) => JsonSerializer.SerializeToUtf8Bytes(plan, Options);

    public static Safety.SafetyPlan DeserializePlan(byte[] json, string userId)
    {
        var plan = JsonSerializer.Deserialize<Safety.SafetyPlan>(json, Options)
            ?? throw new InvalidDataException("A stored safety plan is empty.");
        if (!string.Equals(plan.UserId, userId, StringComparison.Ordinal))
        {
            throw new InvalidDataException("A stored safety plan names another user than the row it is stored in.");
        }

        return plan;
    }

    public static byte[] SerializeAnswers(IReadOnlyList<int> answers) => JsonSerializer.SerializeToUtf8Bytes(answers, Options);

    public static IReadOnlyList<int> DeserializeAnswers(byte[] json) => JsonSerializer.Deserialize<int[]>(json, Options) ?? [];

    public static string Categories(IReadOnlyList<RiskCategory> categories) => string.Join(',', categories);

    public static IReadOnlyList<RiskCategory> ParseCategories(string? text)
        => string.IsNullOrEmpty(text) ? [] : [.. text.Split(',').Select(Enum.Parse<RiskCategory>)];
}
