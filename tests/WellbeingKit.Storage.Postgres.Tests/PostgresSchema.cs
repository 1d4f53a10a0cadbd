using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Storage.Postgres;
using WellbeingKit.UserData;
using Xunit.Abstractions;

namespace WellbeingKit.Storage.Postgres.Tests;

/// <summary>A fresh schema on the test server, dropped at the end of the test.</summary>
public sealed class PostgresSchema : IAsyncDisposable
{
    private readonly PostgresServer _server;

    public PostgresSchema(PostgresServer server)
    {
        _server = server;
        Name = "t_" + Guid.NewGuid().ToString("N")[..16];
    }

    public string Name { get; }

    public TempDirectory Keys { get; } = new();

    public PostgresWellbeingStore Open(TimeProvider? time = null, Action<PostgresStorageOptions>? configure = null, IKeyProvider? keys = null)
    {
        var options = new PostgresStorageOptions { ConnectionString = _server.ConnectionString, Schema = Name };
        configure?.Invoke(options);
        return new PostgresWellbeingStore(options, keys ?? new FileKeyProvider(Keys.File("pg.keys")), time);
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{s}", Name, StringComparison.Ordinal), connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Every table of the schema, as COPY writes it, in text and in binary form.</summary>
    public async Task<byte[]> DumpAsync()
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = @s", connection))
        {
            command.Parameters.AddWithValue("s", Name);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        tables.Should().Contain(["conversations", "journal", "moods", "questionnaires", "feedback", "audit"]);
        using var dump = new MemoryStream();
        foreach (var table in tables)
        {
            using (var text = await connection.BeginTextExportAsync($"COPY {Name}.{table} TO STDOUT"))
            {
                var bytes = Encoding.UTF8.GetBytes(await text.ReadToEndAsync());
                await dump.WriteAsync(bytes);
            }

            await using var binary = await connection.BeginRawBinaryCopyAsync($"COPY {Name}.{table} TO STDOUT (FORMAT binary)");
            await binary.CopyToAsync(dump);
        }

        return dump.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await ScalarAsync("DROP SCHEMA IF EXISTS {s} CASCADE");
        Keys.Dispose();
    }
}
