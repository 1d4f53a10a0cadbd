using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Storage.Sqlite;
using WellbeingKit.UserData;

namespace WellbeingKit;

/// <summary>Adds the SQLite store to the kit.</summary>
public static class SqliteStorageExtensions
{
    /// <summary>
    /// Keeps conversations, user data and the audit log in the SQLite file at <paramref name="path"/>, encrypted with keys
    /// from <c>&lt;path&gt;.keys</c> (unless you register your own <see cref="IKeyProvider"/>).
    /// </summary>
    /// <param name="builder">The kit's builder.</param>
    /// <param name="path">The database file.</param>
    /// <returns>The builder.</returns>
    public static WellbeingKitBuilder UseSqliteStorage(this WellbeingKitBuilder builder, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return builder.UseSqliteStorage(o => o.Path = path);
    }

    /// <summary>Keeps conversations, user data and the audit log in a SQLite file; the options are validated at start-up.</summary>
    /// <param name="builder">The kit's builder.</param>
    /// <param name="configure">Sets the options (at least <see cref="SqliteStorageOptions.Path"/>).</param>
    /// <returns>The builder.</returns>
    public static WellbeingKitBuilder UseSqliteStorage(this WellbeingKitBuilder builder, Action<SqliteStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<SqliteStorageOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteStorageOptions>, SqliteStorageOptionsValidator>());
        services.TryAddSingleton<IKeyProvider>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value;
            return new FileKeyProvider(options.KeyFile ?? options.Path + ".keys");
        });
        services.TryAddSingleton(sp => new SqliteWellbeingStore(
            sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value,
            sp.GetRequiredService<IKeyProvider>(),
            sp.GetService<TimeProvider>(),
            sp.GetService<ILogger<SqliteWellbeingStore>>()));
        services.Replace(ServiceDescriptor.Singleton<IConversationStore>(sp => sp.GetRequiredService<SqliteWellbeingStore>()));
        services.Replace(ServiceDescriptor.Singleton<IUserDataStore>(sp => sp.GetRequiredService<SqliteWellbeingStore>()));
        services.Replace(ServiceDescriptor.Singleton<IAuditLog>(sp => sp.GetRequiredService<SqliteWellbeingStore>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SqliteRetentionService>());
        return builder;
    }
}

/// <summary>Purges expired SQLite rows every <see cref="SqliteStorageOptions.PurgeInterval"/>.</summary>
internal sealed class SqliteRetentionService(SqliteWellbeingStore store, IOptions<SqliteStorageOptions> options, TimeProvider time, ILogger<RetentionService> logger)
    : IHostedService, IDisposable
{
    private readonly RetentionService _inner = new(store, options.Value.PurgeInterval, time, logger);

    public Task StartAsync(CancellationToken cancellationToken) => _inner.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => _inner.StopAsync(cancellationToken);

    public void Dispose() => _inner.Dispose();
}
