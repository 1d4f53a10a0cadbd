using Json.Schema;

namespace WellbeingKit.Content.Yaml;

/// <summary>A pack's own safe-messaging phrases in one locale (<c>lint/&lt;locale&gt;.yaml</c>).</summary>
internal sealed record LintDefinition
{
    /// <summary>The locale of the phrases.</summary>
    public required string Locale { get; init; }

    /// <summary>Method and dosage details.</summary>
    public IReadOnlyList<string> MethodDetail { get; init; } = [];

    /// <summary>Language the guidelines advise against.</summary>
    public IReadOnlyList<string> StigmatisingLanguage { get; init; } = [];

    /// <summary>Promises of secrecy.</summary>
    public IReadOnlyList<string> PromiseOfSecrecy { get; init; } = [];

    /// <summary>Diagnoses.</summary>
    public IReadOnlyList<string> Diagnosis { get; init; } = [];

    /// <summary>Every phrase with its rule.</summary>
    public IEnumerable<(Safety.SafeMessagingRule Rule, string Phrase)> Phrases() =>
        MethodDetail.Select(p => (Safety.SafeMessagingRule.MethodDetail, p))
            .Concat(StigmatisingLanguage.Select(p => (Safety.SafeMessagingRule.StigmatisingLanguage, p)))
            .Concat(PromiseOfSecrecy.Select(p => (Safety.SafeMessagingRule.PromiseOfSecrecy, p)))
            .Concat(Diagnosis.Select(p => (Safety.SafeMessagingRule.Diagnosis, p)));
}
