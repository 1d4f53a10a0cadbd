namespace WellbeingKit.Content.Yaml.Authoring;

/// <summary>What <see cref="PackTemplate.Write"/> wrote, and what the author still has to do.</summary>
/// <param name="Files">The files written, relative to the pack folder.</param>
/// <param name="NextSteps">Plain-language steps the author must take before the pack validates or is complete.</param>
public sealed record TemplateResult(IReadOnlyList<string> Files, IReadOnlyList<string> NextSteps);
