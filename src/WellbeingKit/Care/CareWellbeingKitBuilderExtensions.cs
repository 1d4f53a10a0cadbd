using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Conversations;

namespace WellbeingKit.Care;

/// <summary>Adds check-ins and peer support to the kit: <c>services.AddWellbeingKit().AddCheckIns&lt;MySmsChannel&gt;()</c>.</summary>
public static class CareWellbeingKitBuilderExtensions
{
    /// <summary>
    /// Sends the check-ins users ask for through <typeparamref name="TChannel"/>: registers the channel and the
    /// <see cref="CheckInScheduler"/> as a hosted service (it runs where the host runs hosted services).
    /// </summary>
    /// <typeparam name="TChannel">The host's outbound channel.</typeparam>
    /// <param name="builder">The kit's builder.</param>
    /// <param name="configure">Sets <see cref="CareOptions"/>.</param>
    /// <returns>The builder.</returns>
    public static WellbeingKitBuilder AddCheckIns<TChannel>(this WellbeingKitBuilder builder, Action<CareOptions>? configure = null)
        where TChannel : class, IOutboundChannel
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IOutboundChannel, TChannel>();
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        builder.Services.Replace(ServiceDescriptor.Singleton(new CheckInAvailability(true)));
        builder.Services.TryAddSingleton(sp => new CheckInScheduler(
            sp.GetRequiredService<CareRecords>(),
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<IOutboundChannel>(),
            sp.GetRequiredService<IOptions<CareOptions>>(),
            sp.GetRequiredService<IOptions<WellbeingKitOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CheckInScheduler>>(),
            sp.GetService<IContentSource>()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CheckInScheduler>());
        return builder;
    }

    /// <summary>Offers peer support from <typeparamref name="TDirectory"/> (a user types "peer support").</summary>
    /// <typeparam name="TDirectory">The host's directory of peer supporters.</typeparam>
    /// <param name="builder">The kit's builder.</param>
    /// <returns>The builder.</returns>
    public static WellbeingKitBuilder UsePeerSupport<TDirectory>(this WellbeingKitBuilder builder)
        where TDirectory : class, IPeerSupporterDirectory
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<IPeerSupporterDirectory, TDirectory>());
        return builder;
    }
}
