using System.Security.Claims;

namespace WellbeingKit.Samples.HR;

/// <summary>
/// The company's directory, which stays outside the kit's database: who is in which team (<c>Teams:{employee}</c>), which
/// teams each manager may see (<c>Managers:{manager}</c>, comma-separated), who works in HR (<c>Roles:Hr</c>) and at the
/// EAP (<c>Roles:Eap</c>). The dashboard maps the store's pseudonymous ids back to teams through it, never to people.
/// </summary>
internal sealed class HrDirectory(IConfiguration configuration, KeyedPseudonyms pseudonyms)
{
    public const string Kind = "emp";

    /// <summary>The id the kit stores for an employee.</summary>
    public string PseudonymOf(string employee) => pseudonyms.Of(Kind, employee);

    /// <summary>The team of each pseudonymous employee id.</summary>
    public IReadOnlyDictionary<string, string> TeamsByPseudonym() =>
        configuration.GetSection("Teams").GetChildren()
            .Where(t => !string.IsNullOrWhiteSpace(t.Value))
            .ToDictionary(t => pseudonyms.Of(Kind, t.Key), t => t.Value!, StringComparer.Ordinal);

    /// <summary>The employee id of each pseudonym, for the EAP only (the EAP must be able to contact the person it is asked to help).</summary>
    public IReadOnlyDictionary<string, string> EmployeesByPseudonym() =>
        configuration.GetSection("Teams").GetChildren().ToDictionary(t => pseudonyms.Of(Kind, t.Key), t => t.Key, StringComparer.Ordinal);

    /// <summary>The teams <paramref name="user"/> may see on the dashboard: all for HR, their own for a manager, none otherwise.</summary>
    public IReadOnlySet<string>? VisibleTeams(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return new HashSet<string>();
        }

        if (InList(configuration["Roles:Hr"] ?? "hr", id))
        {
            return null; // all teams
        }

        return (configuration[$"Managers:{id}"] ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }

    public bool IsHrOrManager(ClaimsPrincipal user) => VisibleTeams(user) is not { Count: 0 };

    public bool IsHr(ClaimsPrincipal user) => VisibleTeams(user) is null;

    public bool IsEap(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && InList(configuration["Roles:Eap"] ?? "eap", id);

    private static bool InList(string list, string id) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(id, StringComparer.Ordinal);
}
