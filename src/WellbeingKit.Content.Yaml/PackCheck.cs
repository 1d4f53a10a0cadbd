namespace WellbeingKit.Content.Yaml;

/// <summary>
/// A pack as the rules (<see cref="IPackRule"/>) see it: what was read, indexed by id and locale (duplicates reported
/// once, here), the pack's locales, and where problems go.
/// </summary>
internal sealed class PackCheck
{
    public PackCheck(PackSources sources, PackProblems problems, bool standsOnDefaultPack)
    {
        Sources = sources;
        Problems = problems;
        StandsOnDefaultPack = standsOnDefaultPack;
        Manifest = sources.Manifest ?? throw new ArgumentException("the pack has no manifest", nameof(sources));
        Locales = Manifest.Value.Locales.Count > 0
            ? Manifest.Value.Locales.Select(l => l.Code).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : [Manifest.Value.DefaultLocale];
        Exercises = Unique(sources.Exercises, e => e.Id, "exercise");
        Flows = Unique(sources.Flows, f => f.Id, "flow");
        Questionnaires = Unique(sources.Questionnaires, q => q.Id, "questionnaire");
        Lexicons = UniqueLocale(sources.Lexicons, l => l.Locale, "lexicons", declaredOnly: false, Locales);
        Messages = UniqueLocale(sources.Messages, m => m.Locale, "messages", declaredOnly: true, Locales);
    }

    /// <summary>Every file as read, and the ids of broken ones.</summary>
    public PackSources Sources { get; }

    /// <summary>Where problems and warnings go.</summary>
    public PackProblems Problems { get; }

    /// <summary>
    /// True for a pack that stands on the default pack (a folder): its lexicons and validated questionnaires are checked
    /// against the default ones. False for the default pack itself.
    /// </summary>
    public bool StandsOnDefaultPack { get; }

    public Located<PackManifest> Manifest { get; }

    /// <summary>The pack's locales (the default locale alone when pack.yaml lists none).</summary>
    public IReadOnlyList<string> Locales { get; }

    public Dictionary<string, Located<Exercise>> Exercises { get; }

    public Dictionary<string, Located<FlowDefinition>> Flows { get; }

    public Dictionary<string, Located<QuestionnaireDefinition>> Questionnaires { get; }

    public Dictionary<string, Located<LexiconDefinition>> Lexicons { get; }

    public Dictionary<string, Located<MessagesFile>> Messages { get; }

    /// <summary>
    /// The locale whose text a partial <paramref name="locale"/> shows where it has none (its <c>fallback:</c>), or null
    /// when the locale must translate every string.
    /// </summary>
    public string? FallbackOf(string locale) =>
        Manifest.Value.Locales.FirstOrDefault(l => string.Equals(l.Code, locale, StringComparison.OrdinalIgnoreCase))?.Fallback;

    /// <summary>True for the pack's safety flow and the flows <c>safety_flows</c> names.</summary>
    public bool IsSafetyFlow(string flowId) =>
        string.Equals(Manifest.Value.SafetyFlow, flowId, StringComparison.Ordinal)
        || Manifest.Value.SafetyFlows.Values.Contains(flowId, StringComparer.Ordinal);

    public static string LocalePointer(PackManifest manifest, string locale)
    {
        for (var i = 0; i < manifest.Locales.Count; i++)
        {
            if (string.Equals(manifest.Locales[i].Code, locale, StringComparison.OrdinalIgnoreCase))
            {
                return JsonPointer.Append("/locales", i) + "/code";
            }
        }

        return "/default_locale";
    }

    private Dictionary<string, Located<T>> Unique<T>(List<Located<T>> items, Func<T, string> id, string what)
    {
        var result = new Dictionary<string, Located<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!result.TryAdd(id(item.Value), item))
            {
                Problems.AddAt(item, "/id", $"{what} id '{id(item.Value)}' is already used by {result[id(item.Value)].Path}");
            }
        }

        return result;
    }

    public Dictionary<string, Located<T>> UniqueLocale<T>(List<Located<T>> items, Func<T, string> locale, string folder, bool declaredOnly, IReadOnlyList<string> locales)
    {
        var result = new Dictionary<string, Located<T>>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var code = locale(item.Value);
            var stem = Path.GetFileNameWithoutExtension(item.Path);
            if (!string.Equals(stem, code, StringComparison.OrdinalIgnoreCase))
            {
                Problems.AddAt(item, "/locale", $"locale '{code}' does not match the file name; name the file {folder}/{code}.yaml");
            }

            if (declaredOnly && !locales.Contains(code, StringComparer.OrdinalIgnoreCase))
            {
                Problems.AddAt(item, "/locale", $"locale '{code}' is not one of the pack's locales ({string.Join(", ", locales)}); add it to pack.yaml");
            }

            if (!result.TryAdd(code, item))
            {
                Problems.AddAt(item, "/locale", $"locale '{code}' is already given by {result[code].Path}");
            }
        }

        if (declaredOnly && Sources.Manifest is not null)
        {
            foreach (var code in locales.Where(l => !result.ContainsKey(l) && !Sources.IsBroken(ContentFileKind.Messages, l)))
            {
                Problems.AddAt(Sources.Manifest, LocalePointer(Sources.Manifest.Value, code), $"locale '{code}' has no {folder}/{code}.yaml");
            }
        }

        return result;
    }
}
