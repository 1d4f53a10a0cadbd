using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;

namespace WellbeingKit;

/// <summary>Registers YAML content packs as the kit's <see cref="IContentSource"/>.</summary>
public static class YamlContentWellbeingKitBuilderExtensions
{
    /// <summary>
    /// Uses the default content pack embedded in WellbeingKit.Content.Yaml (en, es, fr, ar) as the content source,
    /// replacing any content source registered before.
    /// </summary>
    /// <param name="builder">The kit builder.</param>
    /// <returns>The builder.</returns>
    public static WellbeingKitBuilder UseDefaultContent(this WellbeingKitBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<IContentSource>(_ => YamlContentSource.Default()));
        return builder;
    }

    /// <summary>
    /// Uses the YAML content pack in <paramref name="directory"/> as the content source, replacing any registered before.
    /// The pack is loaded and validated on first use; a pack with problems throws <see cref="ContentValidationException"/>
    /// listing all of them (check packs in CI with <c>wellbeing content validate &lt;dir&gt;</c>).
    /// </summary>
    /// <param name="builder">The kit builder.</param>
    /// <param name="directory">The pack folder (holding <c>pack.yaml</c>).</param>
    /// <returns>The builder.</returns>
    public static WellbeingKitBuilder UseYamlContent(this WellbeingKitBuilder builder, string directory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var source = YamlContentSource.FromDirectory(directory);
        builder.Services.Replace(ServiceDescriptor.Singleton<IContentSource>(_ => source));
        return builder;
    }

    /// <summary>
    /// Registers the default content pack only when no content source is registered yet (for packages and hosts
    /// that want a default without overriding a user's choice).
    /// </summary>
    /// <param name="builder">The kit builder.</param>
    /// <returns>The builder.</returns>
    public static WellbeingKitBuilder TryUseDefaultContent(this WellbeingKitBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IContentSource>(_ => YamlContentSource.Default());
        return builder;
    }
}
