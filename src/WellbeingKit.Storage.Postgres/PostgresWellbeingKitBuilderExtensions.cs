using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WellbeingKit.Privacy;
using WellbeingKit.Storage;
using WellbeingKit.Storage.Postgres;

namespace WellbeingKit;

/// <summary>Adds the PostgreSQL store to the kit.</summary>
public static class PostgresWellbeingKitBuilderExtensions
{
    /// <summary>
    /// Keeps conversations, user data and the audit log in PostgreSQL. Register a key provider shared by every instance
    /// (<c>builder.UseKeyProvider&lt;T&gt;()</c>) or use the overload with options to set <see cref="PostgresStorageOptions.KeyFile"/>.
    /// </summary>
    /// <param name="builder">The kit's builder.</param>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <returns>The builder.</returns>
    public static WellbeingKitBuilder UsePostgresStorage(this WellbeingKitBuilder builder, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UsePostgresStorage(o => o.ConnectionString = connectionString);
    }

    /// <summary>Keeps conversations, user data and the audit log in PostgreSQL; the options are validated at start-up.</summary>
    /// <param name="builder">The kit's builder.</param>
    /// <param name="configure">Sets the options (at least <see cref="PostgresStorageOptions.ConnectionString"/>).</param>
    /// <returns>The builder.</returns>
    public static WellbeingKitBuilder UsePostgresStorage(this WellbeingKitBuilder builder, Action<PostgresStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<PostgresStorageOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgresStorageOptions>, PostgresStorageOptionsValidator>());
        services.TryAddSingleton<IKeyProvider>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PostgresStorageOptions>>().Value;
            return new FileKeyProvider(options.KeyFile ?? throw new InvalidOperationException(
                "PostgresStorageOptions.KeyFile is not set and no IKeyProvider is registered: set KeyFile to a key file every instance shares, or call builder.UseKeyProvider<T>()."));
        });
        services.TryAddSingleton(sp => new PostgresWellbeingStore(
            sp.GetRequiredService<IOptions<PostgresStorageOptions>>().Value,
            sp.GetRequiredService<IKeyProvider>(),
            sp.GetService<TimeProvider>()));
        StoreRegistration.Register<PostgresWellbeingStore>(services, sp => sp.GetRequiredService<IOptions<PostgresStorageOptions>>().Value.PurgeInterval, static (store, ct) => store.InitializeAsync(ct));
        return builder;
    }
}
