using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.Emotions;
using WellbeingKit.Exercises;
using WellbeingKit.Handoff;
using WellbeingKit.Privacy;
using WellbeingKit.Risk;
using WellbeingKit.UserData;

namespace WellbeingKit;

/// <summary>Configures the kit: replace a default or add a detector. Returned by <c>services.AddWellbeingKit()</c>.</summary>
public sealed class WellbeingKitBuilder
{
    internal WellbeingKitBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>The service collection, for package extension methods.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds a risk detector; every registered detector runs and the composite takes the highest level.</summary>
    /// <typeparam name="TDetector">The detector type.</typeparam>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder AddRiskDetector<TDetector>()
        where TDetector : class, IRiskDetector
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IRiskDetector, TDetector>());
        return this;
    }

    /// <summary>Adds a risk detector instance.</summary>
    /// <param name="detector">The detector.</param>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder AddRiskDetector(IRiskDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        Services.AddSingleton(detector);
        return this;
    }

    /// <summary>Replaces the content source.</summary>
    /// <typeparam name="T">The implementation.</typeparam>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder UseContentSource<T>()
        where T : class, IContentSource => Replace<IContentSource, T>();

    /// <summary>Replaces the emotion classifier.</summary>
    /// <typeparam name="T">The implementation.</typeparam>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder UseEmotionClassifier<T>()
        where T : class, IEmotionClassifier => Replace<IEmotionClassifier, T>();

    /// <summary>Replaces the exercise selector.</summary>
    /// <typeparam name="T">The implementation.</typeparam>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder UseExerciseSelector<T>()
        where T : class, IExerciseSelector => Replace<IExerciseSelector, T>();

    /// <summary>Replaces the conversation store.</summary>
    /// <typeparam name="T">The implementation.</typeparam>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder UseConversationStore<T>()
        where T : class, IConversationStore => Replace<IConversationStore, T>();

    /// <summary>Replaces the user data store.</summary>
    /// <typeparam name="T">The implementation.</typeparam>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder UseUserDataStore<T>()
        where T : class, IUserDataStore => Replace<IUserDataStore, T>();

    /// <summary>Replaces the hand-off service.</summary>
    /// <typeparam name="T">The implementation.</typeparam>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder UseHandoffService<T>()
        where T : class, IHandoffService => Replace<IHandoffService, T>();

    /// <summary>Replaces the key provider.</summary>
    /// <typeparam name="T">The implementation.</typeparam>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder UseKeyProvider<T>()
        where T : class, IKeyProvider => Replace<IKeyProvider, T>();

    /// <summary>Replaces the audit log.</summary>
    /// <typeparam name="T">The implementation.</typeparam>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder UseAuditLog<T>()
        where T : class, IAuditLog => Replace<IAuditLog, T>();

    /// <summary>Adds a hand-off handler: the default hand-off service asks it for a person when a user needs one.</summary>
    /// <typeparam name="T">The handler (your counsellors' queue).</typeparam>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder AddHandoffHandler<T>()
        where T : class, IHandoffHandler
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHandoffHandler, T>());
        return this;
    }

    private WellbeingKitBuilder Replace<TService, TImplementation>()
        where TService : class
        where TImplementation : class, TService
    {
        Services.Replace(ServiceDescriptor.Singleton<TService, TImplementation>());
        return this;
    }
}
