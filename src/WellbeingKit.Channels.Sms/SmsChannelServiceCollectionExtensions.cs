using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WellbeingKit.Channels.Sms.Gateways;

namespace WellbeingKit.Channels.Sms;

/// <summary>Registers the SMS channel.</summary>
public static class SmsChannelServiceCollectionExtensions
{
    /// <summary>
    /// Adds the SMS channel: the Twilio, Africa's Talking, Vonage (SMS API and Messages API) and JSON gateway adapters, the channel, and an in-memory
    /// <see cref="ISmsChannelStore"/> unless you registered one. You register an <see cref="ISmsSender"/> (your gateway's send
    /// API) and an <see cref="ISmsUserIds"/> (keyed pseudonyms of numbers).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddSmsChannel(this IServiceCollection services, Action<SmsChannelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SmsChannelOptions>()
            .Configure(o => configure?.Invoke(o))
            .Validate(o => o.MaxParts >= 1, "Sms:MaxParts must be at least 1.")
            .Validate(o => o.Vonage.MaxAge > TimeSpan.Zero, "Sms:Vonage:MaxAge must be positive.")
            .Validate(o => o.PartsWaitFor > TimeSpan.Zero, "Sms:PartsWaitFor must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISmsChannelStore, InMemorySmsChannelStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISmsGateway, TwilioGateway>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISmsGateway, AfricasTalkingGateway>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISmsGateway, VonageGateway>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISmsGateway, VonageMessagesGateway>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISmsGateway, JsonGateway>());
        services.TryAddSingleton<SmsChannel>();
        services.AddHostedService<SmsPartFlusher>();
        return services;
    }
}
