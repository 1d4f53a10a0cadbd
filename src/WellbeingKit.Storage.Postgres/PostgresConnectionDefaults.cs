using System.Data.Common;
using Npgsql;

namespace WellbeingKit.Storage.Postgres;

/// <summary>
/// What the store sets in its own connection pool's connection string unless the string says otherwise:
/// <c>No Reset On Close=true</c> (the store changes no session state, so the <c>DISCARD ALL</c> Npgsql sends each time a
/// connection goes back to the pool is pure cost), <c>Max Auto Prepare=20</c> and <c>Auto Prepare Min Usages=2</c>
/// (the store's few statements are prepared once per connection), and <c>Maximum Pool Size=30</c> (a host rarely has more
/// than a few statements running at once; with Npgsql's 100 two hosts could take PostgreSQL's default
/// <c>max_connections</c> of 100).
/// </summary>
internal static class PostgresConnectionDefaults
{
    public static readonly (string Key, string[] Names, object Value)[] Defaults =
    [
        ("No Reset On Close", ["noresetonclose"], true),
        ("Max Auto Prepare", ["maxautoprepare"], 20),
        ("Auto Prepare Min Usages", ["autoprepareminusages"], 2),
        ("Maximum Pool Size", ["maximumpoolsize", "maxpoolsize"], 30),
    ];

    /// <summary>The connection string with each default added where it does not set the setting itself.</summary>
    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var keys = given.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        foreach (var (key, names, value) in Defaults)
        {
            if (!names.Any(keys.Contains))
            {
                builder[key] = value;
            }
        }

        return builder.ConnectionString;
    }
}
