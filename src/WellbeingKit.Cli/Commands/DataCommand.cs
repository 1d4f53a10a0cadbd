using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Privacy;
using WellbeingKit.Storage.Sqlite;
using WellbeingKit.UserData;

namespace WellbeingKit.Cli.Commands;

/// <summary><c>wellbeing data export|erase|rekey</c>: a user's data out of, or off, a SQLite store.</summary>
internal static class DataCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    internal static Command Create()
    {
        var command = new Command("data", "Export, erase or re-encrypt the data a SQLite store keeps about users.");
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Erase());
        command.Subcommands.Add(Rekey());
        return command;
    }

    private static Option<FileInfo> StoreOption() => new("--store")
    {
        Description = "The SQLite database file (its keys are read from <store>.keys unless --keys is given).",
        Required = true,
    };

    private static Option<FileInfo?> KeysOption() => new("--keys") { Description = "The key file (default: <store>.keys)." };

    private static Option<string> UserOption() => new("--user") { Description = "The user's id.", Required = true };

    private static Command Export()
    {
        var store = StoreOption();
        var keys = KeysOption();
        var user = UserOption();
        var output = new Option<FileInfo?>("--out") { Description = "Write the JSON here (created readable by you only) instead of standard output." };
        var command = new Command("export", "Write everything kept about a user, decrypted, as JSON.") { store, keys, user, output };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(store)!, parse.GetValue(keys), async data =>
        {
            var export = await data.ExportAsync(parse.GetValue(user)!, cancellationToken);
            var json = JsonSerializer.Serialize(export, Json);
            var file = parse.GetValue(output);
            if (file is null)
            {
                await Console.Out.WriteLineAsync(json);
                return 0;
            }

            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var writer = new StreamWriter(file.FullName, System.Text.Encoding.UTF8, options))
            {
                await writer.WriteAsync(json.AsMemory(), cancellationToken);
            }

            await Console.Error.WriteLineAsync($"Exported the data of user '{export.UserId}' to {file.FullName}.");
            return 0;
        }));
        return command;
    }

    private static Command Erase()
    {
        var store = StoreOption();
        var keys = KeysOption();
        var user = UserOption();
        var command = new Command("erase", "Erase everything kept about a user (conversation, safety plan, moods, journal, feedback, questionnaires, audit events), including from the WAL.")
        {
            store, keys, user,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(store)!, parse.GetValue(keys), async data =>
        {
            var userId = parse.GetValue(user)!;
            await data.EraseAsync(userId, cancellationToken);
            await Console.Out.WriteLineAsync($"Erased all data of user '{userId}' from {parse.GetValue(store)!.FullName}.");
            return 0;
        }));
        return command;
    }

    private static Command Rekey()
    {
        var store = StoreOption();
        var keys = KeysOption();
        var rotate = new Option<bool>("--rotate") { Description = "Add a new current key to the key file first." };
        var command = new Command("rekey", "Re-encrypt every value written under an older key with the current key.") { store, keys, rotate };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(store)!, parse.GetValue(keys), async data =>
        {
            if (parse.GetValue(rotate))
            {
                var keyProvider = data.Services.GetRequiredService<IKeyProvider>() as FileKeyProvider
                    ?? throw new InvalidOperationException("--rotate needs the file key provider.");
                var id = await keyProvider.RotateAsync(cancellationToken);
                await Console.Out.WriteLineAsync($"Rotated: the current key is now '{id}'.");
            }

            var count = await data.Services.GetRequiredService<SqliteWellbeingStore>().RekeyAsync(cancellationToken);
            await Console.Out.WriteLineAsync($"Re-encrypted {count} values under the current key.");
            return 0;
        }));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo store, FileInfo? keys, Func<StoreAccess, Task<int>> action)
    {
        if (!store.Exists)
        {
            await Console.Error.WriteLineAsync($"error: --store {store.FullName}: no such database file.");
            return 1;
        }

        var keyFile = keys?.FullName ?? store.FullName + ".keys";
        if (!File.Exists(keyFile))
        {
            await Console.Error.WriteLineAsync($"error: --keys {keyFile}: no such key file (without it the data cannot be decrypted).");
            return 1;
        }

        try
        {
            await using var services = CliServices.Build(new CliSettings { StorePath = store.FullName, KeyFile = keyFile });
            return await action(new StoreAccess(services));
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.Security.Cryptography.CryptographicException or Microsoft.Data.Sqlite.SqliteException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }

    private sealed class StoreAccess(IServiceProvider services)
    {
        public IServiceProvider Services { get; } = services;

        public Task<UserDataExport> ExportAsync(string userId, CancellationToken cancellationToken)
            => Services.GetRequiredService<IUserDataStore>().ExportAsync(userId, cancellationToken);

        public Task EraseAsync(string userId, CancellationToken cancellationToken)
            => Services.GetRequiredService<IUserDataStore>().EraseAsync(userId, cancellationToken);
    }
}
