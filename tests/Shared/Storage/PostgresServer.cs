using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace WellbeingKit.Testing;

/// <summary>
/// A real PostgreSQL server for the tests. Uses the connection string in <c>WELLBEINGKIT_POSTGRES</c> when set; otherwise
/// starts a throwaway cluster (initdb + pg_ctl, as the <c>postgres</c> user when running as root) in a temp folder on a free
/// port, and stops it at the end. Fails (never skips) when neither is possible.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "WELLBEINGKIT_POSTGRES";
    private string? _root;
    private string? _binaries;
    private string? _runAs;

    public string ConnectionString { get; private set; } = "";

    /// <summary>The cluster's data folder when this fixture started it (null for an external server).</summary>
    public string? DataDirectory { get; private set; }

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            ConnectionString = external;
            await CheckAsync();
            return;
        }

        _binaries = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found (looked for initdb in /usr/lib/postgresql/*/bin and on PATH): "
            + $"apt-get install postgresql, or set {EnvironmentVariable} to a connection string.");
        _runAs = Environment.UserName == "root" ? "postgres" : null;
        _root = Path.Combine(Path.GetTempPath(), "wk-pg-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(_root);
        DataDirectory = Path.Combine(_root, "data");
        if (_runAs is not null)
        {
            await RunAsync("chown", ["-R", $"{_runAs}:", _root], asUser: null);
        }

        var port = FreePort();
        await RunAsync(Path.Combine(_binaries, "initdb"), ["-D", DataDirectory, "-U", "wk", "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"], _runAs);
        await RunAsync(
            Path.Combine(_binaries, "pg_ctl"),
            ["-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "-o",
             $"-p {port} -k {_root} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=64MB", "start"],
            _runAs);
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=wk;Database=postgres;Pooling=true;Maximum Pool Size=40;Timeout=30;Command Timeout=60";
        await CheckAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (DataDirectory is not null && _binaries is not null)
        {
            try
            {
                await RunAsync(Path.Combine(_binaries, "pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "stop"], _runAs);
            }
            finally
            {
                Directory.Delete(_root!, recursive: true);
            }
        }
    }

    /// <summary>The cluster's data folder: the fixture's own, or an external server's when it is on this machine and readable.</summary>
    public async Task<string> FindDataDirectoryAsync()
    {
        if (DataDirectory is not null)
        {
            return DataDirectory;
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW data_directory", connection);
        var directory = (string?)await command.ExecuteScalarAsync();
        return directory is not null && Directory.Exists(directory)
            ? directory
            : throw new InvalidOperationException(
                $"The data folder of the server in {EnvironmentVariable} ('{directory}') is not readable here: run the tests on the server's machine or unset {EnvironmentVariable}.");
    }

    /// <summary>Runs CHECKPOINT so the data files hold what was committed.</summary>
    public async Task CheckpointAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("CHECKPOINT", connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task CheckAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync();
    }

    private static string? FindBinaries()
    {
        var candidates = new List<string>();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, string[] arguments, string? asUser)
    {
        var info = new ProcessStartInfo
        {
            FileName = asUser is null ? program : "runuser",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asUser is not null)
        {
            info.ArgumentList.Add("-u");
            info.ArgumentList.Add(asUser);
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(program);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }
}
