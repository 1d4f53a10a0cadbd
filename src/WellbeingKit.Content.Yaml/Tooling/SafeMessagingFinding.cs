namespace WellbeingKit.Safety;

/// <summary>One phrase of user-facing content that breaks the safe-messaging guidelines.</summary>
/// <param name="Path">The pack file (for example <c>messages/es.yaml</c>).</param>
/// <param name="Key">The message key or field (for example <c>safety.intro</c>, <c>steps[2].fr</c>).</param>
/// <param name="Phrase">The phrase found (lowercased, without accents).</param>
/// <param name="Rule">Which guideline it breaks.</param>
public sealed record SafeMessagingFinding(string Path, string Key, string Phrase, SafeMessagingRule Rule)
{
    /// <summary>The finding as <c>path: key: "phrase" (rule)</c>.</summary>
    /// <returns>The formatted finding.</returns>
    public override string ToString() => $"{Path}: {Key}: \"{Phrase}\" ({Describe(Rule)})";

    private static string Describe(SafeMessagingRule rule) => rule switch
    {
        SafeMessagingRule.MethodDetail => "method detail: never describe means or methods",
        SafeMessagingRule.StigmatisingLanguage => "language the safe-messaging guidelines advise against",
        SafeMessagingRule.PromiseOfSecrecy => "promise of secrecy: the kit cannot promise it",
        _ => "diagnosis: the kit never diagnoses",
    };
}
