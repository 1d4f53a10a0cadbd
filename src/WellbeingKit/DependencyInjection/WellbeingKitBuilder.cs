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

    /// <summary>
    /// Adds a risk detector; every registered detector runs and the <see cref="IRiskCombiner"/> (by default: the highest level)
    /// combines their assessments. Adding the same type again changes nothing.
    /// </summary>
    /// <typeparam name="TDetector">The detector type.</typeparam>
    /// <param name="lifetime">
    /// <see cref="ServiceLifetime.Singleton"/> (the default) for one detector for the app. <see cref="ServiceLifetime.Scoped"/> or
    /// <see cref="ServiceLifetime.Transient"/> when it takes scoped dependencies (a DbContext, say): it is then resolved for each
    /// screening in a DI scope of its own, disposed after the screening.
    /// </param>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder AddRiskDetector<TDetector>(ServiceLifetime lifetime = ServiceLifetime.Singleton)
        where TDetector : class, IRiskDetector
    {
        if (lifetime == ServiceLifetime.Singleton)
        {
            Services.TryAddEnumerable(ServiceDescriptor.Singleton<IRiskDetector, TDetector>());
        }
        else
        {
            Services.TryAdd(new ServiceDescriptor(typeof(TDetector), typeof(TDetector), lifetime));
            Services.TryAddEnumerable(ServiceDescriptor.Singleton<IRiskDetector, PerCallRiskDetector<TDetector>>());
        }

        return this;
    }

    /// <summary>Adds a risk detector made by <paramref name="factory"/>. Each call adds one detector.</summary>
    /// <param name="factory">Makes the detector from the services (of the screening's own scope when not a singleton).</param>
    /// <param name="lifetime">As for <see cref="AddRiskDetector{TDetector}(ServiceLifetime)"/>: scoped or transient detectors are made for each screening.</param>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder AddRiskDetector(Func<IServiceProvider, IRiskDetector> factory, ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.AddSingleton(lifetime == ServiceLifetime.Singleton
            ? factory
            : sp => new PerCallRiskDetector(sp.GetRequiredService<IServiceScopeFactory>(), factory, "factory detector"));
        return this;
    }

    /// <summary>Adds a risk detector instance; adding the same instance again changes nothing.</summary>
    /// <param name="detector">The detector.</param>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder AddRiskDetector(IRiskDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        if (!Services.Any(d => d.ServiceType == typeof(IRiskDetector) && !d.IsKeyedService && ReferenceEquals(d.ImplementationInstance, detector)))
        {
            Services.AddSingleton(detector);
        }

        return this;
    }

    /// <summary>
    /// Replaces the rule that combines the detectors' assessments into the one the kit acts on (by default the highest level,
    /// with categories and evidence merged). The fail-safe stays: a combiner that throws, or returns less than
    /// <see cref="WellbeingKitOptions.EscalationThreshold"/> when a detector failed, escalates.
    /// </summary>
    /// <typeparam name="T">The combiner.</typeparam>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder UseRiskCombiner<T>()
        where T : class, IRiskCombiner => Replace<IRiskCombiner, T>();

    /// <summary>Replaces the combination rule with <paramref name="combiner"/> (see <see cref="UseRiskCombiner{T}()"/>).</summary>
    /// <param name="combiner">The combiner.</param>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder UseRiskCombiner(IRiskCombiner combiner)
    {
        ArgumentNullException.ThrowIfNull(combiner);
        Services.Replace(ServiceDescriptor.Singleton(combiner));
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
    /// <param name="lifetime">Singleton (the default), or scoped or transient to resolve it for each selection in a DI scope of its own.</param>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder UseExerciseSelector<T>(ServiceLifetime lifetime = ServiceLifetime.Singleton)
        where T : class, IExerciseSelector => Replace<IExerciseSelector, T>(lifetime, static (scopes, create) => new PerCallExerciseSelector(scopes, create));

    /// <summary>Replaces the exercise selector with one made by <paramref name="factory"/>.</summary>
    /// <param name="factory">Makes the selector from the services (of the selection's own scope when not a singleton).</param>
    /// <param name="lifetime">Singleton (the default), or scoped or transient to make it for each selection.</param>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder UseExerciseSelector(Func<IServiceProvider, IExerciseSelector> factory, ServiceLifetime lifetime = ServiceLifetime.Singleton) =>
        Replace(factory, lifetime, static (scopes, create) => new PerCallExerciseSelector(scopes, create));

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
    /// <param name="lifetime">Singleton (the default), or scoped or transient to resolve it for each request in a DI scope of its own.</param>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder UseHandoffService<T>(ServiceLifetime lifetime = ServiceLifetime.Singleton)
        where T : class, IHandoffService => Replace<IHandoffService, T>(lifetime, static (scopes, create) => new PerCallHandoffService(scopes, create));

    /// <summary>Replaces the hand-off service with one made by <paramref name="factory"/>.</summary>
    /// <param name="factory">Makes the service from the services (of the request's own scope when not a singleton).</param>
    /// <param name="lifetime">Singleton (the default), or scoped or transient to make it for each request.</param>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder UseHandoffService(Func<IServiceProvider, IHandoffService> factory, ServiceLifetime lifetime = ServiceLifetime.Singleton) =>
        Replace(factory, lifetime, static (scopes, create) => new PerCallHandoffService(scopes, create));

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

    /// <summary>
    /// Adds a hand-off handler: the default hand-off service asks it for a person when a user needs one. Adding the same type
    /// again changes nothing.
    /// </summary>
    /// <typeparam name="T">The handler (your counsellors' queue).</typeparam>
    /// <param name="lifetime">
    /// <see cref="ServiceLifetime.Singleton"/> (the default) for one handler for the app. <see cref="ServiceLifetime.Scoped"/> or
    /// <see cref="ServiceLifetime.Transient"/> when it takes scoped dependencies: it is then resolved for each request in a DI scope
    /// of its own, disposed after the request.
    /// </param>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder AddHandoffHandler<T>(ServiceLifetime lifetime = ServiceLifetime.Singleton)
        where T : class, IHandoffHandler
    {
        if (lifetime == ServiceLifetime.Singleton)
        {
            Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHandoffHandler, T>());
        }
        else
        {
            Services.TryAdd(new ServiceDescriptor(typeof(T), typeof(T), lifetime));
            Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHandoffHandler, PerCallHandoffHandler<T>>(
                static sp => new PerCallHandoffHandler<T>(sp.GetRequiredService<IServiceScopeFactory>(), static scoped => scoped.GetRequiredService<T>())));
        }

        return this;
    }

    /// <summary>Adds a hand-off handler made by <paramref name="factory"/>. Each call adds one handler.</summary>
    /// <param name="factory">Makes the handler from the services (of the request's own scope when not a singleton).</param>
    /// <param name="lifetime">As for <see cref="AddHandoffHandler{T}(ServiceLifetime)"/>: scoped or transient handlers are made for each request.</param>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder AddHandoffHandler(Func<IServiceProvider, IHandoffHandler> factory, ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.AddSingleton(lifetime == ServiceLifetime.Singleton
            ? factory
            : sp => new PerCallHandoffHandler<IHandoffHandler>(sp.GetRequiredService<IServiceScopeFactory>(), factory));
        return this;
    }

    /// <summary>Adds a hand-off handler instance; adding the same instance again changes nothing.</summary>
    /// <param name="handler">The handler.</param>
    /// <returns>This builder.</returns>
    public WellbeingKitBuilder AddHandoffHandler(IHandoffHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (!Services.Any(d => d.ServiceType == typeof(IHandoffHandler) && !d.IsKeyedService && ReferenceEquals(d.ImplementationInstance, handler)))
        {
            Services.AddSingleton(handler);
        }

        return this;
    }

    private WellbeingKitBuilder Replace<TService, TImplementation>(ServiceLifetime lifetime, Func<IServiceScopeFactory, Func<IServiceProvider, TService>, TService> perCall)
        where TService : class
        where TImplementation : class, TService
    {
        if (lifetime == ServiceLifetime.Singleton)
        {
            return Replace<TService, TImplementation>();
        }

        Services.TryAdd(new ServiceDescriptor(typeof(TImplementation), typeof(TImplementation), lifetime));
        return Replace<TService>(static sp => sp.GetRequiredService<TImplementation>(), lifetime, perCall);
    }

    /// <summary>
    /// Registers <paramref name="factory"/> as the one <typeparamref name="TService"/>: directly as a singleton, or wrapped so the
    /// kit's singletons make it for each call in a scope of its own (never a scoped service captured by a singleton).
    /// </summary>
    private WellbeingKitBuilder Replace<TService>(Func<IServiceProvider, TService> factory, ServiceLifetime lifetime, Func<IServiceScopeFactory, Func<IServiceProvider, TService>, TService> perCall)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.Replace(lifetime == ServiceLifetime.Singleton
            ? ServiceDescriptor.Singleton(factory)
            : ServiceDescriptor.Singleton(sp => perCall(sp.GetRequiredService<IServiceScopeFactory>(), factory)));
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
