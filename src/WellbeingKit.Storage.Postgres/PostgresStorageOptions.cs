using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace WellbeingKit.Storage.Postgres;

/// <summary>Options of the PostgreSQL store, set with <c>builder.UsePostgresStorage(o => ...)</c> and validated at start-up.</summary>
public sealed partial class PostgresStorageOptions
{
    /// <summary>The Npgsql connection string (for example <c>Host=db;Database=wellbeing;Username=app;Password=...</c>). Required.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The schema holding the tables (default <c>wellbeing</c>; lower-case letters, digits and underscores).</summary>
    public string Schema { get; set; } = "wellbeing";

    /// <summary>
    /// The key file of the default <see cref="Privacy.FileKeyProvider"/>, shared by every instance (mount it as a secret).
    /// Required unless you register your own key provider with <c>builder.UseKeyProvider&lt;T&gt;()</c>.
    /// </summary>
    public string? KeyFile { get; set; }

    /// <summary>How long entries (moods, journal, feedback, questionnaire results, idle conversations) are kept; null keeps them until erased. From 1 day to 100 years.</summary>
    public TimeSpan? Retention { get; set; }

    /// <summary>How long audit events are kept; null keeps them (they hold no message text). From 1 day to 100 years.</summary>
    public TimeSpan? AuditRetention { get; set; }

    /// <summary>How often the retention service purges (default 1 hour; 1 minute to 1 day).</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    internal IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add("PostgresStorageOptions.ConnectionString is required, for example 'Host=localhost;Database=wellbeing;Username=app'.");
        }
        else
        {
            try
            {
                _ = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
            }
            catch (ArgumentException ex)
            {
                problems.Add($"PostgresStorageOptions.ConnectionString is not a valid Npgsql connection string: {ex.Message}");
            }
        }

        if (Schema is null || !SchemaPattern().IsMatch(Schema))
        {
            problems.Add($"PostgresStorageOptions.Schema '{Schema}' must be 1-63 lower-case letters, digits or underscores, starting with a letter or underscore.");
        }

        if (KeyFile is not null && string.IsNullOrWhiteSpace(KeyFile))
        {
            problems.Add("PostgresStorageOptions.KeyFile is empty: give a file path or leave it null and register a key provider.");
        }

        RetentionRules.Check(problems, "PostgresStorageOptions", Retention, AuditRetention, PurgeInterval);
        return problems;
    }

    internal void ThrowIfInvalid()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(nameof(PostgresStorageOptions), typeof(PostgresStorageOptions), problems);
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaPattern();
}
