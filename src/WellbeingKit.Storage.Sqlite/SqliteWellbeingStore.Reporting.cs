using WellbeingKit.UserData;

namespace WellbeingKit.Storage.Sqlite;

/// <content>Read-only queries for aggregate reports (no decryption: answers are not read).</content>
public sealed partial class SqliteWellbeingStore
{
    /// <summary>Every questionnaire score between two times (inclusive), oldest first; answers are not read.</summary>
    /// <param name="from">The earliest time.</param>
    /// <param name="to">The latest time.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The scores.</returns>
    public Task<IReadOnlyList<QuestionnaireScore>> ReadScoresAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
        => _core.ReadScoresAsync(from, to, cancellationToken);
}
