using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Cli;

/// <summary>The CLI's composition root: one place where every package registers its services for the commands.</summary>
internal static class CliServices
{
    /// <summary>Builds the service provider the commands use.</summary>
    /// <param name="settings">What the command line chose (content folder, store, locale...).</param>
    /// <returns>The provider; dispose it when the command ends.</returns>
    public static ServiceProvider Build(CliSettings settings)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(settings.LogLevel));
        var kit = services.AddWellbeingKit(o =>
        {
            if (settings.Locale is not null)
            {
                o.DefaultLocale = settings.Locale;
            }

            if (settings.Country is not null)
            {
                o.DefaultCountry = settings.Country;
            }
        });

        // Each package adds its registration below (content, detectors, ML, storage), one line each.
        kit.AddMLClassifiers();
        _ = settings.StorePath is null ? kit : kit.UseSqliteStorage(settings.StorePath);
        _ = kit;
        services.TryAddSingleton<IContentSource>(_ => settings.ContentDirectory is null ? YamlContentSource.Default() : YamlContentSource.FromDirectory(settings.ContentDirectory));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

/// <summary>What a command line chose.</summary>
internal sealed record CliSettings
{
    public string? ContentDirectory { get; init; }

    public string? StorePath { get; init; }

    public string? Locale { get; init; }

    public string? Country { get; init; }

    public LogLevel LogLevel { get; init; } = LogLevel.Warning;
}
