using System.Collections.Concurrent;
using WellbeingKit.Care;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Safety;
using WellbeingKit.UserData;

namespace WellbeingKit.Storage;

/// <summary>
/// The in-memory default for <see cref="IConversationStore"/>, <see cref="IUserDataStore"/> and <see cref="IAuditLog"/>: thread-safe,
/// nothing survives a restart. For tests and demos; use the SQLite or PostgreSQL package in production.
/// </summary>
public sealed class InMemoryWellbeingStore : IConversationStore, IUserDataStore, IAuditLog
{
    private readonly List<AuditEvent> _audit = [];
    private readonly ConcurrentDictionary<string, ConversationState> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UserRecords> _users = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates an empty store.</summary>
    /// <param name="time">The clock used for export timestamps.</param>
    public InMemoryWellbeingStore(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The care records (check-in preferences and claims), exported and erased with the user's data.</summary>
    internal InMemoryCareStore Care { get; } = new();

    /// <summary>The safety plans, exported and erased with the user's data.</summary>
    internal InMemorySafetyPlanStore Plans { get; } = new();

    /// <inheritdoc />
    public Task<ConversationState?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_conversations.TryGetValue(userId, out var state) ? state : null);
    }

    /// <inheritdoc />
    public Task<ConversationState?> TrySaveAsync(ConversationState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        cancellationToken.ThrowIfCancellationRequested();
        var saved = state with { Version = state.Version + 1 };
        if (state.Version == 0)
        {
            return Task.FromResult(_conversations.TryAdd(state.UserId, saved) ? saved : null);
        }

        if (!_conversations.TryGetValue(state.UserId, out var current) || current.Version != state.Version)
        {
            return Task.FromResult<ConversationState?>(null);
        }

        return Task.FromResult(_conversations.TryUpdate(state.UserId, saved, current) ? saved : null);
    }

    /// <inheritdoc />
    public Task DeleteAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        _conversations.TryRemove(userId, out _);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task AddMoodAsync(MoodEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return With(entry.UserId, r => r.Moods.Add(entry));
    }

    /// <inheritdoc />
    public Task AddJournalAsync(JournalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return With(entry.UserId, r => r.Journal.Add(entry));
    }

    /// <inheritdoc />
    public Task AddFeedbackAsync(ExerciseFeedback feedback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        return With(feedback.UserId, r => r.Feedback.Add(feedback));
    }

    /// <inheritdoc />
    public Task AddQuestionnaireResultAsync(QuestionnaireResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return With(result.UserId, r => r.Questionnaires.Add(result));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ExerciseFeedback>> GetFeedbackAsync(string userId, CancellationToken cancellationToken = default)
        => Read(userId, r => r.Feedback.OrderBy(f => f.At).ToList());

    /// <inheritdoc />
    public Task<IReadOnlyList<ExerciseFeedback>> GetAllFeedbackAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var all = new List<ExerciseFeedback>();
        foreach (var records in _users.Values)
        {
            lock (records)
            {
                all.AddRange(records.Feedback.Where(f => f.At >= since));
            }
        }

        return Task.FromResult<IReadOnlyList<ExerciseFeedback>>(all.OrderBy(f => f.At).ToList());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<QuestionnaireResult>> GetQuestionnaireResultsAsync(string userId, CancellationToken cancellationToken = default)
        => Read(userId, r => r.Questionnaires.OrderBy(q => q.At).ToList());

    /// <inheritdoc />
    public async Task<UserDataExport> ExportAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var conversation = await GetAsync(userId, cancellationToken).ConfigureAwait(false);
        var care = await Care.GetAsync(userId, cancellationToken).ConfigureAwait(false) is { } record ? CareDataExport.From(record) : null;
        var plan = await Plans.GetSafetyPlanAsync(userId, cancellationToken).ConfigureAwait(false);
        List<AuditEvent> audit;
        lock (_audit)
        {
            audit = [.. _audit.Where(e => e.UserId == userId).OrderBy(e => e.At)];
        }

        if (!_users.TryGetValue(userId, out var records))
        {
            return new UserDataExport { UserId = userId, ExportedAt = _time.GetUtcNow(), Conversation = conversation, Audit = audit, Care = care, SafetyPlan = plan };
        }

        lock (records)
        {
            return new UserDataExport
            {
                UserId = userId,
                ExportedAt = _time.GetUtcNow(),
                Moods = [.. records.Moods],
                Journal = [.. records.Journal],
                Feedback = [.. records.Feedback],
                Questionnaires = [.. records.Questionnaires],
                Conversation = conversation,
                Audit = audit,
                Care = care,
                SafetyPlan = plan,
            };
        }
    }

    /// <inheritdoc />
    public Task EraseAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        _users.TryRemove(userId, out _);
        _conversations.TryRemove(userId, out _);
        Care.Erase(userId);
        Plans.Erase(userId);
        lock (_audit)
        {
            _audit.RemoveAll(e => e.UserId == userId);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        lock (_audit)
        {
            _audit.Add(auditEvent);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEvent>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        lock (_audit)
        {
            return Task.FromResult<IReadOnlyList<AuditEvent>>(_audit.Where(e => e.At >= from && e.At <= to).OrderBy(e => e.At).ToList());
        }
    }

    private Task With(string userId, Action<UserRecords> change)
    {
        var records = _users.GetOrAdd(userId, _ => new UserRecords());
        lock (records)
        {
            change(records);
        }

        return Task.CompletedTask;
    }

    private Task<IReadOnlyList<T>> Read<T>(string userId, Func<UserRecords, List<T>> select)
    {
        ArgumentNullException.ThrowIfNull(userId);
        if (!_users.TryGetValue(userId, out var records))
        {
            return Task.FromResult<IReadOnlyList<T>>([]);
        }

        lock (records)
        {
            return Task.FromResult<IReadOnlyList<T>>([.. select(records)]);
        }
    }

    private sealed class UserRecords
    {
        public List<MoodEntry> Moods { get; } = [];

        public List<JournalEntry> Journal { get; } = [];

        public List<ExerciseFeedback> Feedback { get; } = [];

        public List<QuestionnaireResult> Questionnaires { get; } = [];
    }
}
