namespace WellbeingKit.Storage.Sqlite;

/// <summary>One questionnaire score, without the answers, for aggregate outcome reports.</summary>
/// <param name="UserId">The user (used only to pair a user's first and last score; reports never show it).</param>
/// <param name="At">When it was scored.</param>
/// <param name="QuestionnaireId">The questionnaire (for example phq9).</param>
/// <param name="Score">The total score.</param>
public sealed record QuestionnaireScore(string UserId, DateTimeOffset At, string QuestionnaireId, int Score);

/// <content>Read-only queries for aggregate reports (no decryption: answers are not read).</content>
public sealed partial class SqliteWellbeingStore
{
    /// <summary>Every questionnaire score between two times (inclusive), oldest first; answers are not read.</summary>
    /// <param name="from">The earliest time.</param>
    /// <param name="to">The latest time.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The scores.</returns>
    public async Task<IReadOnlyList<QuestionnaireScore>> ReadScoresAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            "SELECT user_id, at, questionnaire_id, score FROM questionnaires WHERE at >= $f AND at <= $t ORDER BY at, id",
            ("$f", from.UtcTicks),
            ("$t", to.UtcTicks));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var scores = new List<QuestionnaireScore>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            scores.Add(new QuestionnaireScore(reader.GetString(0), new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero), reader.GetString(2), reader.GetInt32(3)));
        }

        return scores;
    }
}
