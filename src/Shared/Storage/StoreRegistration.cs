using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WellbeingKit.Care;
using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.Safety;
using WellbeingKit.UserData;

namespace WellbeingKit.Storage;

/// <summary>Makes a database store the kit's conversation store, user data store and audit log, with its retention service.</summary>
internal static class StoreRegistration
{
    /// <summary>
    /// Registers <typeparamref name="TStore"/> as the kit's stores, with its retention service and a start-up check: a host
    /// does not start when the store cannot be opened or holds data under keys the key provider lacks.
    /// </summary>
    public static void Register<TStore>(IServiceCollection services, Func<IServiceProvider, TimeSpan> purgeInterval, Func<TStore, CancellationToken, Task> initialize)
        where TStore : class, IConversationStore, IUserDataStore, IAuditLog, IDataRetention, ICareStore, ISafetyPlanStore
    {
        services.Replace(ServiceDescriptor.Singleton<IConversationStore>(sp => sp.GetRequiredService<TStore>()));
        services.Replace(ServiceDescriptor.Singleton<IUserDataStore>(sp => sp.GetRequiredService<TStore>()));
        services.Replace(ServiceDescriptor.Singleton<IAuditLog>(sp => sp.GetRequiredService<TStore>()));

        // Replace, not TryAdd: the kit registers its in-memory care store first.
        services.Replace(ServiceDescriptor.Singleton<ICareStore>(sp => sp.GetRequiredService<TStore>()));
        services.Replace(ServiceDescriptor.Singleton<ISafetyPlanStore>(sp => sp.GetRequiredService<TStore>()));
        if (services.Any(d => d.ServiceType == typeof(RetentionMarker<TStore>)))
        {
            return;
        }

        services.AddSingleton<RetentionMarker<TStore>>();
        services.AddSingleton<IHostedService>(sp => new StartupCheck<TStore>(sp.GetRequiredService<TStore>(), initialize));
        services.AddSingleton<IHostedService>(sp => new RetentionService(
            sp.GetRequiredService<TStore>(),
            purgeInterval(sp),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetService<ILogger<RetentionService>>() ?? NullLogger<RetentionService>.Instance));
    }

    private sealed class RetentionMarker<TStore>;

    /// <summary>Opens the store (migrations, file permissions, key check) when the host starts, so a bad store stops the start.</summary>
    private sealed class StartupCheck<TStore>(TStore store, Func<TStore, CancellationToken, Task> initialize) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => initialize(store, cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
