using System.Globalization;

#if WELLBEINGKIT_ASPNETCORE
namespace WellbeingKit.AspNetCore.Internal;
#else
namespace WellbeingKit.Conversations.Runtime;
#endif

/// <summary>
/// The conversation variables (<c>_kit.*</c>, never cleared with a flow) in which the engine notes its last escalation, and
/// the rule that help stays pinned for a while after it. Shared source (src/Shared), compiled into the core and
/// WellbeingKit.AspNetCore (there in its own namespace, so the two copies never meet): the web chat reads the names and
/// the rule the engine writes, from one place.
/// </summary>
internal static class EscalationVariables
{
    /// <summary>The prefix of the kit's own conversation variables (a flow's <c>ClearInternal</c> never removes them).</summary>
    public const string Prefix = "_kit.";

    /// <summary>When the conversation last escalated (round-trip date).</summary>
    public const string At = Prefix + "escalated_at";

    /// <summary>The level that started (or last raised) the safety conversation.</summary>
    public const string Level = Prefix + "escalation_level";

    /// <summary>The categories of that escalation, comma-separated.</summary>
    public const string Categories = Prefix + "escalation_categories";

    /// <summary>The crisis kind of that escalation.</summary>
    public const string Kind = Prefix + "escalation_kind";

    /// <summary>When the conversation with these variables last escalated, or null.</summary>
    public static DateTimeOffset? EscalatedAt(IReadOnlyDictionary<string, string> variables) =>
        variables.TryGetValue(At, out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;

    /// <summary>True while help stays pinned: within <paramref name="helpVisibleFor"/> of the last escalation.</summary>
    public static bool HelpPinned(IReadOnlyDictionary<string, string> variables, DateTimeOffset now, TimeSpan helpVisibleFor) =>
        EscalatedAt(variables) is { } at && now - at < helpVisibleFor;
}
