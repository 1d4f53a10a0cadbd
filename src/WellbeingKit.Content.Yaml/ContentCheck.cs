using WellbeingKit.Content;

namespace WellbeingKit.Content.Yaml;

/// <summary>What <see cref="ContentPackLoader.Check"/> found in a pack folder.</summary>
/// <param name="Pack">The pack (the built-in crisis lexicons merged in), or null when there are problems.</param>
/// <param name="Problems">The problems that stop the pack from loading, each <c>path:line:col: message</c>.</param>
/// <param name="Warnings">What the author should know but that does not stop the pack.</param>
public sealed record ContentCheck(ContentPack? Pack, IReadOnlyList<ContentProblem> Problems, IReadOnlyList<ContentProblem> Warnings)
{
    /// <summary>The safe-messaging findings in the pack's user-facing text (built-in rules and the pack's <c>lint/&lt;locale&gt;.yaml</c>).</summary>
    public IReadOnlyList<Safety.SafeMessagingFinding> SafeMessaging { get; internal init; } = [];
}
