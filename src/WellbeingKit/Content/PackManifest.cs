namespace WellbeingKit.Content;

/// <summary>The pack's manifest, <c>pack.yaml</c>.</summary>
public sealed record PackManifest
{
    /// <summary>A stable identifier, lowercase with dashes (for example <c>default</c>, <c>acme-schools</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The pack's version (semantic versioning).</summary>
    public required string Version { get; init; }

    /// <summary>The locale used when a text is missing in the user's locale.</summary>
    public required string DefaultLocale { get; init; }

    /// <summary>The locales the pack provides.</summary>
    public IReadOnlyList<PackLocale> Locales { get; init; } = [];

    /// <summary>Branding: name, tone and colours shown by hosts and the web chat.</summary>
    public PackBrand Brand { get; init; } = new();

    /// <summary>A short description for authors.</summary>
    public string? Description { get; init; }

    /// <summary>The flow that greets a new user and that the conversation returns to (a flow id).</summary>
    public string? StartFlow { get; init; }

    /// <summary>The pack's safety flow (a flow id). The kit always runs a safety flow on crisis; this only customises it.</summary>
    public string? SafetyFlow { get; init; }

    /// <summary>
    /// Safety flows by crisis kind (<c>suicidal_ideation</c>, <c>imminent</c>, <c>self_harm</c>, <c>child_abuse</c>,
    /// <c>violence</c>, <c>harm_to_others</c>) to flow id; a kind not listed uses <see cref="SafetyFlow"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> SafetyFlows { get; init; } = new Dictionary<string, string>();

    /// <summary>Care between conversations: stepped care (band → suggested support) and deterioration responses per questionnaire.</summary>
    public PackCare Care { get; init; } = new();
}
