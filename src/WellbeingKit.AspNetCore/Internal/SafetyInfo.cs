using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.Conversations.Runtime;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>
/// The help that no failure may take away: the safety line and helplines added to error responses (429, 500, unreadable
/// bodies; those of the user's country: the one the request gave, else the one of their conversation, else the kit's
/// default), the helplines a page renders for its country, and whether a conversation's help card is still showing.
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
        var pack = await PackAsync(cancellationToken).ConfigureAwait(false);
        if (pack is not null)
        {
            var stored = country is null && userId is not null ? await StoredAsync(userId, cancellationToken).ConfigureAwait(false) : null;
            extensions["helplines"] = Helplines(pack, country ?? stored?.Country, stored?.Locale ?? kitOptions.Value.DefaultLocale).Take(4).ToList();
        }

        return extensions;
    }

    /// <summary>The pack, or null when there is none or it cannot be read (help then falls back to the safety line).</summary>
    public async Task<ContentPack?> PackAsync(CancellationToken cancellationToken)
    {
        try
        {
            var source = services.GetService<IContentSource>();
            return source is null ? null : await source.GetPackAsync(cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The safety line must go out even when the content cannot be read.
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Could not read the content pack's helplines; sending the safety line alone.");
            return null;
        }
    }

    /// <summary>
    /// The helplines of <paramref name="country"/> (else the default country), then the international ones; those that fit
    /// the crisis <paramref name="topics"/> (the engine's rule, <see cref="HelplineText.For"/>) when a crisis is known.
    /// </summary>
    public IReadOnlyList<HelplineDto> Helplines(ContentPack pack, string? country, string locale, IReadOnlyList<string>? topics = null) =>
        HelplineText.For(pack, country ?? kitOptions.Value.DefaultCountry, topics)
            .Select(h => ApiContracts.ToDto(h, locale, pack.Manifest.DefaultLocale))
            .ToList();

    /// <summary>
    /// The helplines a conversation shows right now: while its safety flow is active, and for
    /// <see cref="WellbeingKitOptions.HelpVisibleFor"/> (the same rule the engine applies to its replies)
    /// after a message at or above the escalation threshold. Empty when help is not pinned.
    /// </summary>
    public IReadOnlyList<HelplineDto> Current(ContentPack? pack, ConversationState? state, string locale)
    {
        if (pack is null || state is null)
        {
            return [];
        }

        var inSafetyFlow = state.FlowId is { } flow
            && (flow == Safety.BuiltInFlows.SafetyFlowId || flow == pack.Manifest.SafetyFlow
                || (pack.Flows.TryGetValue(flow, out var definition) && definition.Kind == FlowKind.Safety));
        // The engine notes when the last escalation was (a conversation variable); older states only have their recent risk.
        var since = EscalationVariables.EscalatedAt(state.Variables)
            ?? (state.RecentRisk.Any(level => level >= kitOptions.Value.EscalationThreshold) ? (DateTimeOffset?)state.UpdatedAt : null);
        var recentCrisis = since is { } start && time.GetUtcNow() - start < kitOptions.Value.HelpVisibleFor;
        return inSafetyFlow || recentCrisis
            ? Helplines(pack, state.Country, locale, HelplineText.TopicsFor(state.Variables.GetValueOrDefault(EscalationVariables.Kind)))
            : [];
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
            return await Task.Run(() => store.GetAsync(userId, linked.Token), CancellationToken.None).WaitAsync(CountryLookup, time, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any failure means: use the default country.
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
