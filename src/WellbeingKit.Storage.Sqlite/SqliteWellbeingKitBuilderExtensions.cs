using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Privacy;
using WellbeingKit.Storage;
using WellbeingKit.Storage.Sqlite;

namespace WellbeingKit;

/// <summary>Adds the SQLite store to the kit.</summary>
public static class SqliteWellbeingKitBuilderExtensions
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
        StoreRegistration.Register<SqliteWellbeingStore>(services, sp => sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value.PurgeInterval, static (store, ct) => store.InitializeAsync(ct));
        return builder;
    }
}
