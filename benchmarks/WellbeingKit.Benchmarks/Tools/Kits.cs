using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WellbeingKit.Benchmarks.Tools;

/// <summary>Builds the kit the way a host does: dependency injection with the default content, the ML classifiers and a store.</summary>
internal static class Kits
{
    /// <summary>The full kit: default content pack, lexicon + ML screening, ML emotions, and the in-memory store or a SQLite file.</summary>
    /// <param name="sqlitePath">A SQLite file to store in; null keeps everything in memory.</param>
    /// <param name="ml">False leaves the ML classifiers out (lexicon screening only).</param>
    public static ServiceProvider Build(string? sqlitePath = null, bool ml = true)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        var kit = services.AddWellbeingKit().UseDefaultContent();
        if (ml)
        {
            kit.AddMLClassifiers();
        }

        if (sqlitePath is not null)
        {
            kit.UseSqliteStorage(sqlitePath);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>A fresh path for a SQLite file (and its key file) in a new temporary folder.</summary>
    public static string TemporarySqlitePath()
    {
        var folder = Directory.CreateTempSubdirectory("wellbeingkit-bench-");
        return Path.Combine(folder.FullName, "kit.db");
    }

    /// <summary>Deletes the temporary folder of a path from <see cref="TemporarySqlitePath"/>.</summary>
    public static void DeleteTemporary(string? sqlitePath)
    {
        if (sqlitePath is not null && Path.GetDirectoryName(sqlitePath) is { } folder && Directory.Exists(folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
