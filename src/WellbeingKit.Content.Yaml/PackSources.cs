namespace WellbeingKit.Content.Yaml;

/// <summary>What <see cref="PackReader"/> read from a pack's files: each file's model with its place, and the files that were broken.</summary>
internal sealed class PackSources
{
    /// <summary>The manifest, once <c>pack.yaml</c> was read without problems.</summary>
    public Located<PackManifest>? Manifest { get; set; }

    /// <summary>True when the pack has a <c>pack.yaml</c>, readable or not.</summary>
    public bool ManifestFileSeen { get; set; }

    public List<Located<Exercise>> Exercises { get; } = [];

    public List<Located<FlowDefinition>> Flows { get; } = [];

    public List<Located<QuestionnaireDefinition>> Questionnaires { get; } = [];

    public List<Located<List<Helpline>>> Helplines { get; } = [];

    public List<Located<LexiconDefinition>> Lexicons { get; } = [];

    public List<Located<LintDefinition>> Lint { get; } = [];

    public List<Located<MessagesFile>> Messages { get; } = [];

    /// <summary>Ids of files that exist but could not be loaded, by kind: references to them are not reported again.</summary>
    public Dictionary<ContentFileKind, HashSet<string>> BrokenIds { get; } = [];

    /// <summary>The broken ids of one kind (created on first use).</summary>
    public HashSet<string> Broken(ContentFileKind kind)
    {
        if (!BrokenIds.TryGetValue(kind, out var ids))
        {
            ids = new HashSet<string>(StringComparer.Ordinal);
            BrokenIds[kind] = ids;
        }

        return ids;
    }

    /// <summary>True when the file <paramref name="id"/> of <paramref name="kind"/> exists but is broken.</summary>
    public bool IsBroken(ContentFileKind kind, string id) => BrokenIds.TryGetValue(kind, out var ids) && ids.Contains(id);
}
