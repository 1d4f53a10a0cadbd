using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WellbeingKit.Emotions;
using WellbeingKit.ML;
using WellbeingKit.Risk;

namespace WellbeingKit;

/// <summary>Adds the ML.NET classifiers to the kit.</summary>
public static class MLWellbeingKitBuilderExtensions
{
    /// <summary>
    /// Adds the ML emotion classifier (replacing the default <see cref="IEmotionClassifier"/>) and the ML crisis
    /// detector (name <c>ml</c>), which the composite screening runs beside the other registered detectors.
    /// The shipped models load when the host starts (or on first use without a generic host).
    /// </summary>
    /// <param name="builder">The kit builder.</param>
    /// <param name="configure">Optionally points at model files of your own (from <c>wellbeing train</c>).</param>
    /// <returns>The builder.</returns>
    public static WellbeingKitBuilder AddMLClassifiers(this WellbeingKitBuilder builder, Action<MLClassifierOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<MLClassifierOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.UseEmotionClassifier<MLEmotionClassifier>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IRiskDetector, MLRiskDetector>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, MLWarmup>());
        return builder;
    }
}
