using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.Events;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;
using WellbeingKit.Storage;
using WellbeingKit.UserData;

namespace WellbeingKit.Care;

/// <summary>Registers care between conversations (part of <c>AddWellbeingKit()</c>; check-ins need <see cref="CareWellbeingKitBuilderExtensions.AddCheckIns{TChannel}"/>).</summary>
internal static class CareServiceCollectionExtensions
{
    /// <summary>Registers the care store default, the listener, the care-aware kit and <see cref="CareService"/>.</summary>
    public static IServiceCollection AddCare(this IServiceCollection services)
    {
        services.AddOptions<CareOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ICareStore>(sp => sp.GetRequiredService<InMemoryWellbeingStore>().Care);
        services.TryAddSingleton(sp => new CareRecords(sp.GetRequiredService<ICareStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<WellbeingKitOptions>>().Value.StoreTimeout));
        services.TryAddSingleton<CareInbox>();
        services.TryAddSingleton(new CheckInAvailability(false));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnEventListener, CareListener>(sp => new CareListener(
            sp.GetRequiredService<CareRecords>(),
            sp.GetRequiredService<IUserDataStore>(),
            sp.GetRequiredService<IHandoffService>(),
            sp.GetRequiredService<CareInbox>(),
            sp.GetRequiredService<IOptions<CareOptions>>(),
            sp.GetRequiredService<IOptions<WellbeingKitOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CareListener>>(),
            sp.GetService<IContentSource>())));
        services.TryAddSingleton(sp => new CareKit(
            sp.GetRequiredService<ConversationEngine>(),
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<RiskScreener>(),
            sp.GetRequiredService<CareRecords>(),
            sp.GetRequiredService<CareInbox>(),
            sp.GetRequiredService<IUserDataStore>(),
            sp.GetRequiredService<IHandoffService>(),
            sp.GetRequiredService<IOptions<WellbeingKitOptions>>(),
            sp.GetRequiredService<IOptions<CareOptions>>(),
            sp.GetRequiredService<CheckInAvailability>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CareKit>>(),
            sp.GetService<IContentSource>(),
            sp.GetService<IPeerSupporterDirectory>()));
        services.TryAddSingleton(sp => new CareService(
            sp.GetRequiredService<CareRecords>(),
            sp.GetRequiredService<IUserDataStore>(),
            sp.GetRequiredService<IHandoffService>(),
            sp.GetRequiredService<IOptions<WellbeingKitOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CareService>>(),
            sp.GetService<IContentSource>()));
        return services;
    }
}
