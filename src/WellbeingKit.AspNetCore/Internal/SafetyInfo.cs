using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>The safety line and helplines added to error responses, so that no error leaves a person in danger with nothing.</summary>
internal sealed class SafetyInfo(
    IServiceProvider services,
    IOptions<WellbeingKitEndpointOptions> endpointOptions,
    IOptions<WellbeingKitOptions> kitOptions,
    ILogger<SafetyInfo> logger)
{
    public async Task<Dictionary<string, object?>> ExtensionsAsync(CancellationToken cancellationToken)
    {
        var extensions = new Dictionary<string, object?> { ["safety"] = endpointOptions.Value.SafetyLine };
        try
        {
            var source = services.GetService<IContentSource>();
            if (source is not null)
            {
                var pack = await source.GetPackAsync(cancellationToken);
                var country = kitOptions.Value.DefaultCountry;
                var locale = kitOptions.Value.DefaultLocale;
                var lines = pack.Helplines
                    .Where(h => h.Country == Helpline.International || string.Equals(h.Country, country, StringComparison.OrdinalIgnoreCase))
                    .OrderBy(h => h.Country == Helpline.International ? 1 : 0)
                    .Take(4)
                    .Select(h => ApiContracts.ToDto(h, locale, pack.Manifest.DefaultLocale))
                    .ToList();
                extensions["helplines"] = lines;
            }
        }
#pragma warning disable CA1031 // The safety line must go out even when the content cannot be read.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Could not read the helplines for an error response; sending the safety line alone.");
        }

        return extensions;
    }
}
