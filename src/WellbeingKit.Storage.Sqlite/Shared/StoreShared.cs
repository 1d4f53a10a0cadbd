// Shared by WellbeingKit.Storage.Sqlite and WellbeingKit.Storage.Postgres (linked into the latter).
using System.Text.Json;
using System.Text.Json.Serialization;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Risk;

namespace WellbeingKit.Storage;

/// <summary>Checks the retention options both stores share.</summary>
internal static class RetentionRules
{
    private static readonly TimeSpan Shortest = TimeSpan.FromDays(1);
    private static readonly TimeSpan Longest = TimeSpan.FromDays(36525);

    public static void Check(List<string> problems, string owner, TimeSpan? retention, TimeSpan? auditRetention, TimeSpan purgeInterval)
    {
        if (retention is { } r && (r < Shortest || r > Longest))
        {
            problems.Add($"{owner}.Retention is {r}; it must be between 1 day and 100 years (or null to keep entries until erased).");
        }

        if (auditRetention is { } a && (a < Shortest || a > Longest))
        {
            problems.Add($"{owner}.AuditRetention is {a}; it must be between 1 day and 100 years (or null to keep audit events).");
        }

        if (purgeInterval < TimeSpan.FromMinutes(1) || purgeInterval > TimeSpan.FromDays(1))
        {
            problems.Add($"{owner}.PurgeInterval is {purgeInterval}; it must be between 1 minute and 1 day.");
        }
    }
}

/// <summary>The JSON forms of what the stores keep (conversation state, questionnaire answers, audit categories).</summary>
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

    public static byte[] SerializeLine(TranscriptLine line) => JsonSerializer.SerializeToUtf8Bytes(line, Options);

    public static TranscriptLine DeserializeLine(byte[] json, string userId) => JsonSerializer.Deserialize<TranscriptLine>(json, Options)
        ?? throw new InvalidDataException("A stored transcript line is empty.");

    public static byte[] SerializeAnswers(IReadOnlyList<int> answers) => JsonSerializer.SerializeToUtf8Bytes(answers, Options);

    public static IReadOnlyList<int> DeserializeAnswers(byte[] json) => JsonSerializer.Deserialize<int[]>(json, Options) ?? [];

    public static string Categories(IReadOnlyList<RiskCategory> categories) => string.Join(',', categories);

    public static IReadOnlyList<RiskCategory> ParseCategories(string? text)
        => string.IsNullOrEmpty(text) ? [] : [.. text.Split(',').Select(Enum.Parse<RiskCategory>)];
}

/// <summary>Validates what a store is asked to keep, with errors naming the field.</summary>
internal static class StoreArguments
{
    public static void User(string userId, string parameter)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new ArgumentException("The user id is empty.", parameter);
        }
    }

    public static void Entry(string userId, string what)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new ArgumentException($"The {what} has no user id.", what);
        }
    }

    public static void State(ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Entry(state.UserId, nameof(state));
        ArgumentOutOfRangeException.ThrowIfNegative(state.Version, nameof(state));
    }

    public static void Mood(UserData.MoodEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Entry(entry.UserId, nameof(entry));
        if (entry.Mood is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(entry), entry.Mood, "MoodEntry.Mood must be between 1 and 5.");
        }
    }

    public static void Journal(UserData.JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Entry(entry.UserId, nameof(entry));
        ArgumentNullException.ThrowIfNull(entry.Text, nameof(entry));
    }

    public static void Feedback(UserData.ExerciseFeedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        Entry(feedback.UserId, nameof(feedback));
        ArgumentException.ThrowIfNullOrWhiteSpace(feedback.ExerciseId, nameof(feedback));
        if (feedback.Rating is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(feedback), feedback.Rating, "ExerciseFeedback.Rating must be between 1 and 5 (or null).");
        }
    }

    public static void Questionnaire(UserData.QuestionnaireResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Entry(result.UserId, nameof(result));
        ArgumentException.ThrowIfNullOrWhiteSpace(result.QuestionnaireId, nameof(result));
        ArgumentNullException.ThrowIfNull(result.Answers, nameof(result));
    }

    public static void Audit(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        Entry(auditEvent.UserId, nameof(auditEvent));
    }
}

/// <summary>An encrypted column value with the key it was written under.</summary>
internal readonly record struct Sealed(string KeyId, byte[] Data)
{
    public static async ValueTask<Sealed> SealAsync(AesGcmEncryptor encryptor, string text, string userId, CancellationToken cancellationToken)
    {
        var data = await encryptor.EncryptAsync(text, userId, cancellationToken).ConfigureAwait(false);
        return new Sealed(AesGcmEncryptor.ReadKeyId(data), data);
    }

    public static async ValueTask<Sealed> SealAsync(AesGcmEncryptor encryptor, byte[] bytes, string userId, CancellationToken cancellationToken)
    {
        var data = await encryptor.EncryptAsync(bytes, userId, cancellationToken).ConfigureAwait(false);
        return new Sealed(AesGcmEncryptor.ReadKeyId(data), data);
    }
}
