using WellbeingKit.Content;

namespace WellbeingKit.Care;

/// <summary>
/// Maps a questionnaire band to a suggested level of support. A pack sets its own mapping (questionnaire id → severity →
/// level); without one the kit follows the stepped-care model of NICE guideline CG90 (depression in adults, 2009) and
/// CG113 (anxiety, 2011): minimal and mild scores suggest self-help, moderate ones guided self-help, and higher ones a
/// person. A suggestion, never a diagnosis.
/// </summary>
internal static class SteppedCare
{
    private static readonly Dictionary<string, SupportLevel> Defaults = new(StringComparer.OrdinalIgnoreCase)
    {
        ["minimal"] = SupportLevel.SelfHelp,
        ["mild"] = SupportLevel.SelfHelp,
        ["moderate"] = SupportLevel.GuidedSelfHelp,
        ["moderately-severe"] = SupportLevel.Person,
        ["severe"] = SupportLevel.Person,

        // WHO-5 (Topp et al. 2015): 50 or less suggests screening for depression, 28 or less likely depression.
        ["low"] = SupportLevel.GuidedSelfHelp,
        ["likely-low-wellbeing"] = SupportLevel.Person,
    };

    /// <summary>The support suggested for <paramref name="severity"/> of <paramref name="questionnaireId"/>.</summary>
    /// <param name="questionnaireId">The questionnaire.</param>
    /// <param name="severity">The band's severity name.</param>
    /// <param name="pack">The pack's mapping (questionnaire id → severity → level), or null.</param>
    /// <returns>The suggested level (self-help for a band nobody mapped).</returns>
    public static SupportLevel Suggest(string questionnaireId, string? severity, IReadOnlyDictionary<string, IReadOnlyDictionary<string, SupportLevel>>? pack = null)
    {
        if (severity is null)
        {
            return SupportLevel.SelfHelp;
        }

        if (pack is not null && pack.TryGetValue(questionnaireId, out var bands) && bands.TryGetValue(severity, out var level))
        {
            return level;
        }

        return Defaults.GetValueOrDefault(severity, SupportLevel.SelfHelp);
    }

    /// <summary>The support the pack's <c>care:</c> section (or the kit's default) suggests for <paramref name="severity"/> of <paramref name="questionnaireId"/>.</summary>
    /// <param name="questionnaireId">The questionnaire.</param>
    /// <param name="severity">The band's severity name.</param>
    /// <param name="pack">The pack, or null.</param>
    /// <returns>The suggested level.</returns>
    public static SupportLevel Suggest(string questionnaireId, string? severity, ContentPack? pack) =>
        Suggest(questionnaireId, severity, pack?.Manifest.Care.Questionnaires.ToDictionary(q => q.Key, q => q.Value.Support));

    /// <summary>The message key that describes <paramref name="level"/> (<c>care.support.&lt;kebab-name&gt;</c>).</summary>
    public static string MessageKey(SupportLevel level) => level switch
    {
        SupportLevel.GuidedSelfHelp => "care.support.guided-self-help",
        SupportLevel.Person => "care.support.person",
        _ => "care.support.self-help",
    };
}
