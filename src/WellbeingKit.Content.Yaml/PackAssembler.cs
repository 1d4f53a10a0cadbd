using System.Globalization;

namespace WellbeingKit.Content.Yaml;

/// <summary>
/// Loads a pack: <see cref="PackReader"/> reads and schema-checks every file, then each <see cref="IPackRule"/> checks the
/// pack as a whole (references, reachability, translations, safety coverage) and the model is built. Collects every
/// problem; never throws for bad content.
/// </summary>
internal static class PackAssembler
{
    /// <summary>The rules, in the order they report.</summary>
    private static readonly IPackRule[] Rules =
    [
        new ManifestLocalesRule(),
        new PartialLocalesRule(),
        new BrandColourRule(),
        new ManifestFlowsRule(),
        new FlowTargetsRule(),
        new FlowMessagesRule(),
        new FlowStatesRule(),
        new FlowCallsRule(),
        new FlowReachabilityRule(),
        new ExerciseTextsRule(),
        new QuestionnaireRule(),
        new LexiconIdsRule(),
        new LexiconFormsRule(),
        new HelplineLocalesRule(),
        new PlaceholdersRule(),
        new EmptyMessagesRule(),
        new LexiconCoverageRule(),
        new LintCoverageRule(),
        new HelplineContactsRule(),
        new HelplineProvenanceRule(),
        new SafetyFlowHelplinesRule(),
        new ConditionsRule(),
        new BandOverlapRule(),
        new FloorRule(),
        new ValidatedQuestionnairesRule(),
        new CareRule(),
    ];

    /// <summary>Loads the files; returns the pack when there is no problem.</summary>
    /// <param name="files">The pack's files.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="checkFloor">True for a pack that stands on the default pack (a folder): its lexicons and validated
    /// questionnaires are checked against the default ones. False for the default pack itself.</param>
    public static (ContentPack? Pack, IReadOnlyList<ContentProblem> Problems, IReadOnlyList<ContentProblem> Warnings) Assemble(IReadOnlyList<PackFile> files, ContentLimits limits, bool checkFloor = false)
    {
        var (pack, problems, warnings, _) = AssembleWithLint(files, limits, checkFloor);
        return (pack, problems, warnings);
    }

    /// <summary>As <see cref="Assemble"/>, with the pack's own safe-messaging phrases (<c>lint/&lt;locale&gt;.yaml</c>).</summary>
    public static (ContentPack? Pack, IReadOnlyList<ContentProblem> Problems, IReadOnlyList<ContentProblem> Warnings, IReadOnlyList<(Safety.SafeMessagingRule Rule, string Phrase)> Lint) AssembleWithLint(IReadOnlyList<PackFile> files, ContentLimits limits, bool checkFloor)
    {
        var sources = new PackSources();
        var problems = new PackProblems();
        var pack = Run(files, limits, sources, problems, checkFloor);
        return (problems.Count == 0 ? pack : null, problems.Problems, problems.Warnings, [.. sources.Lint.SelectMany(l => l.Value.Phrases())]);
    }

    private static ContentPack? Run(IReadOnlyList<PackFile> files, ContentLimits limits, PackSources sources, PackProblems problems, bool checkFloor)
    {
        if (files.Count > limits.MaxFiles)
        {
            problems.Add("", 0, 0, string.Create(CultureInfo.InvariantCulture, $"the pack has {files.Count} YAML files, more than the limit of {limits.MaxFiles}; refusing to read it"));
            return null;
        }

        var reader = new PackReader(limits, sources, problems);
        foreach (var file in files)
        {
            reader.ReadFile(file);
        }

        if (!sources.ManifestFileSeen)
        {
            problems.Add("pack.yaml", 0, 0, "the pack has no pack.yaml");
        }

        if (sources.Manifest is null)
        {
            return null;
        }

        var check = new PackCheck(sources, problems, checkFloor);
        foreach (var rule in Rules)
        {
            rule.Check(check);
        }

        return new ContentPack
        {
            Manifest = check.Manifest.Value,
            Exercises = check.Exercises.ToDictionary(e => e.Key, e => e.Value.Value, StringComparer.Ordinal),
            Flows = check.Flows.ToDictionary(f => f.Key, f => f.Value.Value, StringComparer.Ordinal),
            Questionnaires = check.Questionnaires.ToDictionary(q => q.Key, q => q.Value.Value, StringComparer.Ordinal),
            Helplines = sources.Helplines.SelectMany(h => h.Value).ToList(),
            Lexicons = check.Lexicons.ToDictionary(l => l.Key, l => l.Value.Value, StringComparer.OrdinalIgnoreCase),
            Messages = check.Messages.ToDictionary(m => m.Key, m => (IReadOnlyDictionary<string, string>)m.Value.Value.Messages, StringComparer.OrdinalIgnoreCase),
        };
    }
}
