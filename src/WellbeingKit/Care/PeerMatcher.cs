using WellbeingKit.Content;
using WellbeingKit.Risk;

namespace WellbeingKit.Care;

/// <summary>
/// Matches a user with an available peer supporter: first by language (any supporter who speaks the user's language
/// comes before any who does not), then by the number of shared topics, then by shared lived experience, then by the
/// exact locale (<c>es-MX</c> before <c>es</c>); ties go to the supporter's id, so the choice is stable.
/// A user at <see cref="RiskLevel.High"/> or above, or in a safety conversation, is never matched with a peer.
/// </summary>
internal static class PeerMatcher
{
    /// <summary>Matches <paramref name="request"/> against <paramref name="supporters"/>.</summary>
    /// <param name="request">Who is looking.</param>
    /// <param name="supporters">The programme's supporters.</param>
    /// <returns>The match.</returns>
    public static PeerMatch Match(PeerMatchRequest request, IEnumerable<PeerSupporter> supporters)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(supporters);
        if (request.Risk >= RiskLevel.High)
        {
            return new PeerMatch(PeerMatchOutcome.Counsellor, null, ["risk:" + request.Risk.ToString().ToLowerInvariant()]);
        }

        if (request.InSafetyConversation)
        {
            return new PeerMatch(PeerMatchOutcome.Counsellor, null, ["safety-conversation"]);
        }

        var best = supporters
            .Where(s => s.Available)
            .Select(s => (Supporter: s, Language: Language(request.Locale, s), Topics: Shared(request.Topics, s.Topics), Lived: Shared(request.LivedExperience, s.LivedExperience)))
            .OrderByDescending(c => c.Language > 0)
            .ThenByDescending(c => c.Topics.Count)
            .ThenByDescending(c => c.Lived.Count)
            .ThenByDescending(c => c.Language)
            .ThenBy(c => c.Supporter.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Supporter is null)
        {
            return new PeerMatch(PeerMatchOutcome.NoneAvailable, null, ["none-available"]);
        }

        var reasons = new List<string>();
        if (best.Language > 0)
        {
            reasons.Add("language");
        }

        reasons.AddRange(best.Topics.Select(t => "topic:" + t));
        reasons.AddRange(best.Lived.Select(t => "lived:" + t));
        return new PeerMatch(PeerMatchOutcome.Matched, best.Supporter, reasons);
    }

    /// <summary>2 for the user's exact locale, 1 for the same language, 0 otherwise.</summary>
    private static int Language(string locale, PeerSupporter supporter)
    {
        if (supporter.Languages.Any(l => string.Equals(l, locale, StringComparison.OrdinalIgnoreCase)))
        {
            return 2;
        }

        var language = Locales.Language(locale);
        return supporter.Languages.Any(l => string.Equals(Locales.Language(l), language, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
    }

    private static List<string> Shared(IReadOnlyList<string> wanted, IReadOnlyList<string> offered) =>
        [.. wanted.Where(w => offered.Contains(w, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase)];
}
