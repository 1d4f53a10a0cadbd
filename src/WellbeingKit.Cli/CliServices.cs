using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using WellbeingKit.Care;
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
        AddKit(services, settings);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Registers the kit as the commands use it (content, storage, ML) in <paramref name="services"/>; also used by <c>serve</c>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="settings">What the command line chose.</param>
    public static void AddKit(IServiceCollection services, CliSettings settings)
    {
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
        if (settings.StorePath is not null) { kit.UseSqliteStorage(o => { o.Path = settings.StorePath; o.KeyFile = settings.KeyFile; }); }
        kit.AddMLClassifiers();
        if (settings.CheckIns) { kit.AddCheckIns<DiscardingOutboundChannel>(); }
        _ = kit;
        services.TryAddSingleton<IContentSource>(_ => settings.ContentDirectory is null ? YamlContentSource.Default() : YamlContentSource.FromDirectory(settings.ContentDirectory));
    }
}
