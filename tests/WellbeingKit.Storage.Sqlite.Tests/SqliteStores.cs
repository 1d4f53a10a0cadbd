using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Storage.Sqlite;
using WellbeingKit.UserData;
using Xunit.Abstractions;

namespace WellbeingKit.Storage.Sqlite.Tests;

internal static class SqliteStores
{
    public static SqliteWellbeingStore Open(TempDirectory dir, TimeProvider? time = null, Action<SqliteStorageOptions>? configure = null, IKeyProvider? keys = null)
    {
        var options = new SqliteStorageOptions { Path = dir.File("wellbeing.db") };
        configure?.Invoke(options);
        return new SqliteWellbeingStore(options, keys ?? new FileKeyProvider(options.Path + ".keys"), time);
    }

    public static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static object? Scalar(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
