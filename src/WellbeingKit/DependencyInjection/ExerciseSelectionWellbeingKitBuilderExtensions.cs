using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WellbeingKit.Exercises;

namespace WellbeingKit;

/// <summary>Configures exercise selection on a <see cref="WellbeingKitBuilder"/>.</summary>
public static class ExerciseSelectionWellbeingKitBuilderExtensions
{
    /// <summary>
    /// Sets the options of the default exercise selector: the repeat window, exploration, population learning, the locale fallback,
    /// what each context allows, and the host's own rules (for example <c>o.Exclude(e =&gt; e.Requires.Privacy, "needs privacy at work")</c>).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static WellbeingKitBuilder ConfigureExerciseSelection(this WellbeingKitBuilder builder, Action<ExerciseSelectionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        AddExerciseSelection(builder.Services);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Registers the default selector (with <c>TryAdd</c>, so a host's own selector wins) and its validated options.</summary>
    internal static IServiceCollection AddExerciseSelection(this IServiceCollection services)
    {
        services.AddOptions<ExerciseSelectionOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ExerciseSelectionOptions>, ExerciseSelectionOptionsValidator>());
        // A factory, so a container built without a content source (ValidateOnBuild in Development) reaches the start-up
        // check, which says what to do, instead of failing in the container.
        services.TryAddSingleton<IExerciseSelector>(sp => ActivatorUtilities.CreateInstance<ExerciseSelector>(sp));
        return services;
    }
}
