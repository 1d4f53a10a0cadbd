using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Care;
using WellbeingKit.Conversations;
using WellbeingKit.Emotions;
using WellbeingKit.Events;
using WellbeingKit.Exercises;
using WellbeingKit.Handoff;
using WellbeingKit.Privacy;
using WellbeingKit.Risk;
using WellbeingKit.Risk.Lexicon;
using WellbeingKit.Safety;
using WellbeingKit.Storage;
using WellbeingKit.Telemetry;
using WellbeingKit.UserData;

namespace WellbeingKit;

/// <summary>Adds WellbeingKit to a service collection.</summary>
public static class WellbeingKitServiceCollectionExtensions
{
    /// <summary>
    /// Adds the kit with its defaults (in-memory stores until a storage package is added). Every default is
    /// registered with <c>TryAdd</c>, so a registration of your own wins. The set-up is checked when the host starts (or, without
    /// a host, at the first <c>HandleAsync</c>): the options, a content source (<c>.UseDefaultContent()</c> or
    /// <c>.UseYamlContent(dir)</c>) whose pack loads, the stores and their keys; a mistake fails with a sentence that says what to do.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to replace defaults and add packages.</returns>
    public static WellbeingKitBuilder AddWellbeingKit(this IServiceCollection services, Action<WellbeingKitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<WellbeingKitOptions>().ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InMemoryWellbeingStore>();
        services.TryAddSingleton<IConversationStore>(sp => sp.GetRequiredService<InMemoryWellbeingStore>());
        services.TryAddSingleton<IUserDataStore>(sp => sp.GetRequiredService<InMemoryWellbeingStore>());
        services.TryAddSingleton<IAuditLog>(sp => sp.GetRequiredService<InMemoryWellbeingStore>());
        services.TryAddSingleton<ISafetyPlanStore>(sp => sp.GetRequiredService<InMemoryWellbeingStore>().Plans);
        services.TryAddSingleton<RiskScreener>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRiskDetector, LexiconRiskDetector>());
        services.TryAddSingleton<EventHandoffService>();
        services.TryAddSingleton<IHandoffService>(sp => sp.GetRequiredService<EventHandoffService>());
        services.TryAddSingleton(sp => new Telemetry.WellbeingKitTelemetry(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));

        // What a saved turn did goes to these listeners, in this order (one dispatcher, after the save).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnEventListener, UserDataRecorder>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnEventListener, SafetyPlanRecorder>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnEventListener, AuditRecorder>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnEventListener, TelemetryRecorder>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnEventListener, HandoffRequester>());
        services.TryAddSingleton<TurnEventDispatcher>();
        services.TryAddSingleton<KitStartup>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, KitStartupService>());
        services.TryAddSingleton(sp => new ConversationEngine(
            sp.GetRequiredService<RiskScreener>(),
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<TurnEventDispatcher>(),
            sp.GetRequiredService<IOptions<WellbeingKitOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ConversationEngine>>(),
            sp.GetService<IContentSource>(),
            sp.GetService<IContentSource>() is null ? null : sp.GetService<IExerciseSelector>(),
            sp.GetService<IEmotionClassifier>(),
            sp.GetRequiredService<KitStartup>(),
            sp.GetService<ISafetyPlanStore>()));
        // Care between conversations (issue 19): check-in commands, deterioration notices and insights around the engine.
        services.AddCare();
        services.TryAddSingleton<IWellbeingKit>(sp => sp.GetRequiredService<Care.CareKit>());
        services.AddExerciseSelection();
        return new WellbeingKitBuilder(services);
    }
}
