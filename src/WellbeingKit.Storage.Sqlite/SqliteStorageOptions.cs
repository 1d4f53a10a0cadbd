using Microsoft.Extensions.Options;

namespace WellbeingKit.Storage.Sqlite;

/// <summary>Options of the SQLite store, set with <c>builder.UseSqliteStorage(o => ...)</c> and validated at start-up.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>The database file (created with its folder when missing). Required.</summary>
    public string Path { get; set; } = "";

    /// <summary>The key file of the default <see cref="Privacy.FileKeyProvider"/>; null means <c>&lt;Path&gt;.keys</c> beside the database.</summary>
    public string? KeyFile { get; set; }

    /// <summary>How long entries (moods, journal, feedback, questionnaire results, idle conversations) are kept; null keeps them until erased. From 1 day to 100 years.</summary>
    public TimeSpan? Retention { get; set; }

    /// <summary>How long audit events are kept; null keeps them (they hold no message text). From 1 day to 100 years.</summary>
    public TimeSpan? AuditRetention { get; set; }

    /// <summary>How often the retention service purges (default 1 hour; 1 minute to 1 day).</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a writer waits for another process's lock before failing (default 10 s; 0 to 10 minutes).</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long one WAL checkpoint (after an erasure or a purge) may wait for readers while it holds up other writers
    /// (default 100 ms; 1 ms to 10 s). It is tried again, writers going first in between, up to 20 times.
    /// </summary>
    public TimeSpan CheckpointWait { get; set; } = TimeSpan.FromMilliseconds(100);

    internal IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Path))
        {
            problems.Add("SqliteStorageOptions.Path is required: the database file, for example 'data/wellbeing.db'.");
        }

        if (KeyFile is not null && string.IsNullOrWhiteSpace(KeyFile))
        {
            problems.Add("SqliteStorageOptions.KeyFile is empty: give a file path or leave it null.");
        }

        RetentionRules.Check(problems, "SqliteStorageOptions", Retention, AuditRetention, PurgeInterval);
        if (BusyTimeout < TimeSpan.Zero || BusyTimeout > TimeSpan.FromMinutes(10))
        {
            problems.Add($"SqliteStorageOptions.BusyTimeout is {BusyTimeout}; it must be between 0 and 10 minutes.");
        }

        if (CheckpointWait < TimeSpan.FromMilliseconds(1) || CheckpointWait > TimeSpan.FromSeconds(10))
        {
            problems.Add($"SqliteStorageOptions.CheckpointWait is {CheckpointWait}; it must be between 1 ms and 10 seconds.");
        }

        return problems;
    }

    internal void ThrowIfInvalid()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(nameof(SqliteStorageOptions), typeof(SqliteStorageOptions), problems);
        }
    }
}
