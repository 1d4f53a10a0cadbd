using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Conversations;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>
/// The safety line and helplines added to error responses (429, 500, unreadable bodies), so that no error leaves a person in
/// danger with nothing. The helplines are those of the user's country: the one the request gave, else the one of their
/// conversation, else the kit's default.
/// </summary>
internal sealed class SafetyInfo(
    IServiceProvider services,
    IOptions<WellbeingKitEndpointOptions> endpointOptions,
    IOptions<WellbeingKitOptions> kitOptions,
    TimeProvider time,
    ILogger<SafetyInfo> logger)
{
    /// <summary>How long an error response waits for the user's stored country before it uses the default one.</summary>
    private static readonly TimeSpan CountryLookup = TimeSpan.FromSeconds(2);

    public async Task<Dictionary<string, object?>> ExtensionsAsync(string? userId, string? country, CancellationToken cancellationToken)
    {
        var extensions = new Dictionary<string, object?> { ["safety"] = endpointOptions.Value.SafetyLine };
        try
        {
            var source = services.GetService<IContentSource>();
            if (source is not null)
            {
                var stored = country is null && userId is not null ? await StoredAsync(userId, cancellationToken) : null;
                country ??= stored?.Country ?? kitOptions.Value.DefaultCountry;
                var locale = stored?.Locale ?? kitOptions.Value.DefaultLocale;
                var pack = await source.GetPackAsync(cancellationToken);
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
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Could not read the helplines for an error response; sending the safety line alone.");
        }

        return extensions;
    }

    /// <summary>The user's conversation, when the store answers quickly; null otherwise (the store may be why this is an error).</summary>
    private async Task<ConversationState?> StoredAsync(string userId, CancellationToken cancellationToken)
    {
        var store = services.GetService<IConversationStore>();
        if (store is null)
        {
            return null;
        }

        using var expiry = new CancellationTokenSource(CountryLookup, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);
        try
        {
            return await Task.Run(() => store.GetAsync(userId, linked.Token), CancellationToken.None).WaitAsync(CountryLookup, time, cancellationToken);
        }
#pragma warning disable CA1031 // Any failure means: use the default country.
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
