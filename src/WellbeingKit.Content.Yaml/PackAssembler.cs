using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WellbeingKit.Content;
using WellbeingKit.Conversations.Conditions;

namespace WellbeingKit.Content.Yaml;

/// <summary>One file of a pack, not read yet: its path relative to the pack folder, its size and how to open it.</summary>
internal sealed record PackFile(string Path, long Length, Func<Stream> Open);

/// <summary>A value loaded from a file, with where it came from.</summary>
internal sealed record Located<T>(T Value, string Path, SourcePositions Positions);

/// <summary>
/// Reads every file of a pack, validates each against its JSON Schema, builds the model and checks the pack as a
/// whole (references, reachability, translations, safety coverage). Collects every problem; never throws for bad content.
/// </summary>
internal sealed partial class PackAssembler
{

    private static readonly HashSet<string> IgnoredFolders = new(StringComparer.Ordinal) { "stories", "tests" };

    private readonly ContentLimits _limits;
    private readonly List<ContentProblem> _problems = [];
    private readonly List<ContentProblem> _warnings = [];
    private readonly bool _checkFloor;
    private Located<PackManifest>? _manifest;
    private bool _manifestFileSeen;
    private readonly List<Located<Exercise>> _exercises = [];
    private readonly List<Located<FlowDefinition>> _flows = [];
    private readonly List<Located<QuestionnaireDefinition>> _questionnaires = [];
    private readonly List<Located<List<Helpline>>> _helplines = [];
    private readonly List<Located<LexiconDefinition>> _lexicons = [];
    private readonly List<Located<LintDefinition>> _lint = [];
    private readonly List<Located<(string Locale, Dictionary<string, string> Messages)>> _messages = [];

    // Ids of files that exist but could not be loaded: references to them are not reported again.
    private readonly Dictionary<ContentFileKind, HashSet<string>> _brokenIds = [];

    private PackAssembler(ContentLimits limits, bool checkFloor)
    {
        _limits = limits;
        _checkFloor = checkFloor;
    }

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
        var assembler = new PackAssembler(limits, checkFloor);
        var pack = assembler.Run(files);
        return (assembler._problems.Count == 0 ? pack : null, Sorted(assembler._problems), Sorted(assembler._warnings), [.. assembler._lint.SelectMany(l => l.Value.Phrases())]);
    }

    private static List<ContentProblem> Sorted(List<ContentProblem> problems) => problems
        .Distinct()
        .OrderBy(p => p.Path, StringComparer.Ordinal)
        .ThenBy(p => p.Line)
        .ThenBy(p => p.Column)
        .ToList();

    private ContentPack? Run(IReadOnlyList<PackFile> files)
    {
        if (files.Count > _limits.MaxFiles)
        {
            Add("", 0, 0, string.Create(CultureInfo.InvariantCulture, $"the pack has {files.Count} YAML files, more than the limit of {_limits.MaxFiles}; refusing to read it"));
            return null;
        }

        foreach (var file in files)
        {
            ReadFile(file);
        }

        if (!_manifestFileSeen)
        {
            Add("pack.yaml", 0, 0, "the pack has no pack.yaml");
        }

        if (_manifest is null)
        {
            return null;
        }

        return Check();
    }

    private void ReadFile(PackFile file)
    {
        var path = file.Path;
        var kind = Classify(path, out var ignored);
        if (ignored)
        {
            return;
        }

        var before = _problems.Count;
        ReadFile(file, path, kind);
        if (kind is not null && _problems.Count > before)
        {
            // The file exists but is broken: references to it (by file name) are not reported again.
            BrokenIds(kind.Value).Add(Path.GetFileNameWithoutExtension(path));
        }
    }

    private void ReadFile(PackFile file, string path, ContentFileKind? kind)
    {

        if (kind is null)
        {
            Add(path, 0, 0, path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
                ? "content files end in .yaml; rename this file"
                : "this file is in no known place: pack.yaml, exercises/, flows/, questionnaires/, helplines/, lexicons/, messages/ or lint/");
            return;
        }

        if (kind == ContentFileKind.Pack)
        {
            _manifestFileSeen = true;
        }

        if (file.Length > _limits.MaxFileBytes)
        {
            Add(path, 0, 0, $"the file is {Size(file.Length)}, more than the limit of {Size(_limits.MaxFileBytes)}; refusing to read it");
            return;
        }

        byte[] bytes;
        try
        {
            bytes = ReadBounded(file);
        }
        catch (IOException e)
        {
            Add(path, 0, 0, "the file cannot be read: " + e.Message);
            return;
        }
        catch (UnauthorizedAccessException e)
        {
            Add(path, 0, 0, "the file cannot be read: " + e.Message);
            return;
        }

        if (bytes.LongLength > _limits.MaxFileBytes)
        {
            Add(path, 0, 0, $"the file is more than the limit of {Size(_limits.MaxFileBytes)}; refusing to read it");
            return;
        }

        var text = YamlTreeReader.Decode(bytes, out var decodeProblem);
        if (text is null)
        {
            Add(path, decodeProblem!.Value.Position, decodeProblem.Value.Message);
            return;
        }

        var parsed = YamlTreeReader.Read(text, _limits);
        foreach (var problem in parsed.Problems)
        {
            Add(path, problem.Position, problem.Message);
        }

        if (!parsed.HasTree)
        {
            return;
        }

        if (parsed.Root is null)
        {
            Add(path, 1, 1, "the file is empty");
            return;
        }

        var schemaProblems = ContentSchemas.Validate(kind.Value, parsed.Root);
        foreach (var problem in schemaProblems)
        {
            Add(path, problem.AtKey ? parsed.Positions.Key(problem.Pointer) : parsed.Positions.Value(problem.Pointer), problem.Message);
        }

        if (schemaProblems.Count > 0)
        {
            var idKey = kind is ContentFileKind.Messages or ContentFileKind.Lexicon or ContentFileKind.Lint ? "locale" : "id";
            if (parsed.Root is JsonObject root && root[idKey] is JsonValue id && id.GetValueKind() == JsonValueKind.String)
            {
                BrokenIds(kind.Value).Add(id.GetValue<string>());
            }

            return;
        }

        try
        {
            Build(kind.Value, path, parsed.Root, parsed.Positions);
        }
        catch (JsonException e)
        {
            var pointer = ToPointer(e.Path);
            Add(path, parsed.Positions.Value(pointer), "cannot read this value: " + e.Message);
        }
    }

    private void Build(ContentFileKind kind, string path, JsonNode root, SourcePositions positions)
    {
        var options = ContentPackLoader.JsonOptions;
        switch (kind)
        {
            case ContentFileKind.Pack:
                _manifest = new(root.Deserialize<PackManifest>(options)!, path, positions);
                break;
            case ContentFileKind.Exercise:
                _exercises.Add(new(root.Deserialize<Exercise>(options)!, path, positions));
                break;
            case ContentFileKind.Flow:
                _flows.Add(new(root.Deserialize<FlowDefinition>(options)!, path, positions));
                break;
            case ContentFileKind.Questionnaire:
                _questionnaires.Add(new(root.Deserialize<QuestionnaireDefinition>(options)!, path, positions));
                break;
            case ContentFileKind.Helplines:
                _helplines.Add(new(root["helplines"].Deserialize<List<Helpline>>(options)!, path, positions));
                break;
            case ContentFileKind.Lexicon:
                _lexicons.Add(new(root.Deserialize<LexiconDefinition>(options)!, path, positions));
                break;
            case ContentFileKind.Lint:
                _lint.Add(new(root.Deserialize<LintDefinition>(options)!, path, positions));
                break;
            case ContentFileKind.Messages:
                var locale = root["locale"]!.GetValue<string>();
                var messages = root["messages"].Deserialize<Dictionary<string, string>>(options) ?? [];
                _messages.Add(new((locale, messages), path, positions));
                break;
        }
    }

    private ContentPack? Check()
    {
        var manifest = _manifest!;
        var locales = manifest.Value.Locales.Count > 0
            ? manifest.Value.Locales.Select(l => l.Code).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : [manifest.Value.DefaultLocale];

        var exercises = Unique(_exercises, e => e.Id, "exercise");
        var flows = Unique(_flows, f => f.Id, "flow");
        var questionnaires = Unique(_questionnaires, q => q.Id, "questionnaire");
        var lexicons = UniqueLocale(_lexicons, l => l.Locale, "lexicons", declaredOnly: false, locales);
        var messages = UniqueLocale(_messages, m => m.Locale, "messages", declaredOnly: true, locales);

        CheckManifest(manifest, locales, flows);
        foreach (var flow in flows.Values)
        {
            CheckFlow(flow, exercises, questionnaires, messages, locales, manifest);
        }

        foreach (var exercise in exercises.Values)
        {
            CheckText(exercise, "/title", exercise.Value.Title, locales, manifest);
            CheckText(exercise, "/summary", exercise.Value.Summary, locales, manifest);
            for (var i = 0; i < exercise.Value.Steps.Count; i++)
            {
                CheckText(exercise, Pointer("/steps", i), exercise.Value.Steps[i], locales, manifest);
            }
        }

        foreach (var questionnaire in questionnaires.Values)
        {
            CheckQuestionnaire(questionnaire, locales, manifest);
        }

        foreach (var lexicon in lexicons.Values)
        {
            CheckLexicon(lexicon);
        }

        CheckHelplines(manifest, locales);
        CheckPlaceholders(messages, manifest.Value.DefaultLocale);
        CheckSafety(manifest, locales, flows, questionnaires, lexicons);

        return new ContentPack
        {
            Manifest = manifest.Value,
            Exercises = exercises.ToDictionary(e => e.Key, e => e.Value.Value, StringComparer.Ordinal),
            Flows = flows.ToDictionary(f => f.Key, f => f.Value.Value, StringComparer.Ordinal),
            Questionnaires = questionnaires.ToDictionary(q => q.Key, q => q.Value.Value, StringComparer.Ordinal),
            Helplines = _helplines.SelectMany(h => h.Value).ToList(),
            Lexicons = lexicons.ToDictionary(l => l.Key, l => l.Value.Value, StringComparer.OrdinalIgnoreCase),
            Messages = messages.ToDictionary(m => m.Key, m => (IReadOnlyDictionary<string, string>)m.Value.Value.Messages, StringComparer.OrdinalIgnoreCase),
        };
    }

    private void CheckManifest(Located<PackManifest> manifest, IReadOnlyList<string> locales, Dictionary<string, Located<FlowDefinition>> flows)
    {
        var pack = manifest.Value;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < pack.Locales.Count; i++)
        {
            if (!seen.Add(pack.Locales[i].Code))
            {
                AddAt(manifest, Pointer("/locales", i) + "/code", $"locale '{pack.Locales[i].Code}' is listed twice");
            }

            if (Locales.IsRightToLeft(pack.Locales[i].Code) && pack.Locales[i].Direction != "rtl")
            {
                AddAt(manifest, Pointer("/locales", i), $"locale '{pack.Locales[i].Code}' is written right to left; set direction: rtl");
            }
        }

        CheckBrandColour(manifest);
        if (pack.Locales.Count > 0 && !seen.Contains(pack.DefaultLocale))
        {
            AddAt(manifest, "/default_locale", $"default_locale '{pack.DefaultLocale}' is not one of the pack's locales ({string.Join(", ", locales)})");
        }

        if (pack.StartFlow is not null && !flows.ContainsKey(pack.StartFlow) && !IsBroken(ContentFileKind.Flow, pack.StartFlow))
        {
            AddAt(manifest, "/start_flow", $"start_flow '{pack.StartFlow}' is not a flow of the pack{Suggestions.DidYouMean(pack.StartFlow, flows.Keys, Known(flows.Keys))}");
        }

        if (pack.SafetyFlow is null)
        {
            Add(manifest.Path, 1, 1, "pack.yaml names no safety_flow; every locale needs a safety flow (a flow of kind safety)");
        }
        else if (!flows.TryGetValue(pack.SafetyFlow, out var safety))
        {
            if (!IsBroken(ContentFileKind.Flow, pack.SafetyFlow))
            {
                AddAt(manifest, "/safety_flow", $"safety_flow '{pack.SafetyFlow}' is not a flow of the pack{Suggestions.DidYouMean(pack.SafetyFlow, flows.Keys, Known(flows.Keys))}");
            }
        }
        else if (safety.Value.Kind != FlowKind.Safety)
        {
            AddAt(manifest, "/safety_flow", $"safety_flow '{pack.SafetyFlow}' is a flow of kind '{Kebab(safety.Value.Kind)}'; it must be of kind 'safety'");
        }

        CheckSafetyFlows(manifest, flows);
    }

    /// <summary><c>safety_flows:</c> maps crisis kinds to flows of kind safety (their messages are checked in every locale with the flow).</summary>
    private void CheckSafetyFlows(Located<PackManifest> manifest, Dictionary<string, Located<FlowDefinition>> flows)
    {
        foreach (var (kind, id) in manifest.Value.SafetyFlows)
        {
            var at = JsonPointer.Append("/safety_flows", kind);
            if (!WellbeingKit.Safety.CrisisKinds.All.Contains(kind, StringComparer.Ordinal))
            {
                AddAtKey(manifest, at, $"safety_flows names '{kind}', which is not a crisis kind (one of {string.Join(", ", WellbeingKit.Safety.CrisisKinds.All)})");
            }
            else if (!flows.TryGetValue(id, out var flow))
            {
                if (!IsBroken(ContentFileKind.Flow, id))
                {
                    AddAt(manifest, at, $"safety_flows.{kind} '{id}' is not a flow of the pack{Known(flows.Keys)}");
                }
            }
            else if (flow.Value.Kind != FlowKind.Safety)
            {
                AddAt(manifest, at, $"safety_flows.{kind} '{id}' is a flow of kind '{Kebab(flow.Value.Kind)}'; it must be of kind 'safety'");
            }
        }
    }

    /// <summary>
    /// The primary colour is drawn both ways on the web chat: as a background under black or white text, and as text
    /// (quick replies, links) on white. It must reach 4.5:1 both ways (WCAG 2 AA).
    /// </summary>
    private void CheckBrandColour(Located<PackManifest> manifest)
    {
        var colour = manifest.Value.Brand.PrimaryColor;
        if (!ColourContrast.IsHex(colour))
        {
            return; // the schema names a colour that is not hex
        }

        var asText = ColourContrast.Ratio(colour, "#ffffff");
        var underText = ColourContrast.Ratio(colour, ColourContrast.OnColour(colour));
        if (Math.Min(asText, underText) < ColourContrast.Text)
        {
            AddAt(manifest, "/brand/primary_color", string.Create(
                CultureInfo.InvariantCulture,
                $"brand primary_color '{colour}' reaches only {Math.Min(asText, underText):0.00}:1 (as text on white {asText:0.00}:1, under text {underText:0.00}:1); the web chat needs 4.5:1 both ways: try {ColourContrast.Readable(colour, "#ffffff")}"));
        }
    }

    private void CheckFlow(
        Located<FlowDefinition> located,
        Dictionary<string, Located<Exercise>> exercises,
        Dictionary<string, Located<QuestionnaireDefinition>> questionnaires,
        Dictionary<string, Located<(string Locale, Dictionary<string, string> Messages)>> messages,
        IReadOnlyList<string> locales,
        Located<PackManifest> manifest)
    {
        var flow = located.Value;
        var isSafety = string.Equals(manifest.Value.SafetyFlow, flow.Id, StringComparison.Ordinal)
            || manifest.Value.SafetyFlows.Values.Contains(flow.Id, StringComparer.Ordinal);
        if (!flow.States.ContainsKey(flow.Start))
        {
            AddAt(located, "/start", $"start state '{flow.Start}' does not exist in flow '{flow.Id}'");
        }

        var graph = FlowGraph.Of(flow);
        var dangling = false;
        foreach (var edge in graph.Dangling)
        {
            dangling = true;
            AddAt(located, edge.Pointer, $"state '{edge.From}' goes to '{edge.To}', which does not exist in flow '{flow.Id}'{Suggestions.DidYouMean(edge.To!, flow.States.Keys)}");
        }

        void Key(string pointer, string? key)
        {
            if (key is null)
            {
                return;
            }

            var files = locales.Select(l => messages.GetValueOrDefault(l)).OfType<Located<(string Locale, Dictionary<string, string> Messages)>>().ToList();
            if (files.Count > 1 && files.All(f => !f.Value.Messages.ContainsKey(key)))
            {
                // One typo, one problem: a key no messages file has is reported once, with the closest key.
                var known = files.SelectMany(f => f.Value.Messages.Keys).Distinct(StringComparer.Ordinal);
                AddAt(located, pointer, $"message key '{key}' is in no messages file{Suggestions.DidYouMean(key, known, $" ({string.Join(", ", files.Select(f => f.Path))}); add it to each")}");
                return;
            }

            foreach (var locale in locales)
            {
                if (messages.TryGetValue(locale, out var file) && !file.Value.Messages.ContainsKey(key))
                {
                    AddAt(located, pointer, isSafety
                        ? $"message key '{key}' is missing in {file.Path}; locale '{locale}' needs every message of the safety flow '{flow.Id}'"
                        : $"message key '{key}' is missing in {file.Path}");
                }
            }
        }

        Key("/title", flow.Title);
        foreach (var locale in flow.Triggers.Keys.Where(l => !locales.Contains(l, StringComparer.OrdinalIgnoreCase)))
        {
            AddAtKey(located, JsonPointer.Append("/triggers", locale), $"triggers for '{locale}', which is not one of the pack's locales ({string.Join(", ", locales)})");
        }

        foreach (var (name, state) in flow.States)
        {
            var at = JsonPointer.Append("/states", name);
            for (var i = 0; i < state.Options.Count; i++)
            {
                Key(Pointer(at + "/options", i) + "/label", state.Options[i].Label);
                if (state.Options[i].Match is { } match)
                {
                    // Phrase lists the kit has built in (safety.match.*, in en/es/fr/ar, English elsewhere) need no copy in the pack.
                    foreach (var locale in locales.Where(l => messages.TryGetValue(l, out var file) && !file.Value.Messages.ContainsKey(match) && !WellbeingKit.Safety.BuiltInTexts.Keys.Contains(match)))
                    {
                        AddAt(located, Pointer(at + "/options", i) + "/match", $"message key '{match}' is missing in {messages[locale].Path} (the phrases that choose this option in '{locale}')");
                    }
                }
            }

            for (var i = 0; i < state.Cases.Count; i++)
            {
                try
                {
                    ConditionExpression.Parse(state.Cases[i].When);
                }
                catch (ConditionSyntaxException e)
                {
                    AddAt(located, Pointer(at + "/cases", i) + "/when", $"state '{name}' has a condition that does not parse, '{state.Cases[i].When}': {e.Message}");
                }
            }

            for (var i = 0; i < state.Say.Count; i++)
            {
                Key(Pointer(at + "/say", i), state.Say[i]);
            }

            if (state.Exercise is not null && !exercises.ContainsKey(state.Exercise) && !IsBroken(ContentFileKind.Exercise, state.Exercise))
            {
                AddAt(located, at + "/exercise", $"state '{name}' offers exercise '{state.Exercise}', which does not exist{Suggestions.DidYouMean(state.Exercise, exercises.Keys, Known(exercises.Keys))}");
            }

            if (state.Questionnaire is not null && !questionnaires.ContainsKey(state.Questionnaire) && !IsBroken(ContentFileKind.Questionnaire, state.Questionnaire))
            {
                AddAt(located, at + "/questionnaire", $"state '{name}' runs questionnaire '{state.Questionnaire}', which does not exist{Suggestions.DidYouMean(state.Questionnaire, questionnaires.Keys, Known(questionnaires.Keys))}");
            }

            if (state.Type == FlowStepType.Questionnaire && state.Questionnaire is null)
            {
                AddAtKey(located, at, $"state '{name}' is a questionnaire state but names no questionnaire");
            }

            if (state.Type == FlowStepType.Branch && state.Cases.Count == 0)
            {
                AddAtKey(located, at, $"state '{name}' is a branch but has no cases");
            }
        }

        if (!flow.States.ContainsKey(flow.Start) || dangling)
        {
            // A misspelt target already says what is wrong: the states it leaves unreached are not reported again.
            return;
        }

        var reached = graph.Reachable();
        foreach (var name in flow.States.Keys.Where(n => !reached.Contains(n)))
        {
            AddAtKey(located, JsonPointer.Append("/states", name), $"state '{name}' cannot be reached from the start state '{flow.Start}' of flow '{flow.Id}'");
        }
    }

    private void CheckText<T>(Located<T> located, string pointer, LocalizedText? text, IReadOnlyList<string> locales, Located<PackManifest> manifest)
    {
        if (text is null)
        {
            return;
        }

        var defaultLocale = manifest.Value.DefaultLocale;
        var missing = locales
            .Where(l => !text.Has(l) && !(string.Equals(l, defaultLocale, StringComparison.OrdinalIgnoreCase) && text.Has(LocalizedText.DefaultLocaleKey)))
            .ToList();
        var name = Describe(pointer);
        if (missing.Count > 0)
        {
            AddAt(located, pointer, text.Values.Count == 1 && text.Has(LocalizedText.DefaultLocaleKey)
                ? $"{name} is plain text in the default locale '{defaultLocale}'; give a map with every pack locale (missing: {string.Join(", ", missing)})"
                : $"{name} is missing the locale(s) {string.Join(", ", missing)}");
        }

        foreach (var extra in text.Values.Keys.Where(k => k != LocalizedText.DefaultLocaleKey && !locales.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            AddAt(located, pointer + "/" + extra, $"{name} has text in '{extra}', which is not one of the pack's locales ({string.Join(", ", locales)})");
        }
    }

    private void CheckQuestionnaire(Located<QuestionnaireDefinition> located, IReadOnlyList<string> locales, Located<PackManifest> manifest)
    {
        var questionnaire = located.Value;
        CheckText(located, "/title", questionnaire.Title, locales, manifest);
        CheckText(located, "/instructions", questionnaire.Instructions, locales, manifest);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < questionnaire.Items.Count; i++)
        {
            if (!ids.Add(questionnaire.Items[i].Id))
            {
                AddAt(located, Pointer("/items", i) + "/id", $"item id '{questionnaire.Items[i].Id}' is used twice in questionnaire '{questionnaire.Id}'");
            }

            CheckText(located, Pointer("/items", i) + "/text", questionnaire.Items[i].Text, locales, manifest);
        }

        for (var i = 0; i < questionnaire.Options.Count; i++)
        {
            CheckText(located, Pointer("/options", i) + "/label", questionnaire.Options[i].Label, locales, manifest);
        }

        for (var i = 0; i < questionnaire.Bands.Count; i++)
        {
            var band = questionnaire.Bands[i];
            if (band.Min > band.Max)
            {
                AddAt(located, Pointer("/bands", i) + "/min", string.Create(CultureInfo.InvariantCulture, $"band '{band.Severity}' starts at {band.Min}, after its max {band.Max}"));
            }

            CheckText(located, Pointer("/bands", i) + "/label", band.Label, locales, manifest);
        }
    }

    private void CheckLexicon(Located<LexiconDefinition> located)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        void Patterns(string list, IReadOnlyList<LexiconPattern> patterns)
        {
            for (var i = 0; i < patterns.Count; i++)
            {
                if (!ids.Add(patterns[i].Id))
                {
                    AddAt(located, Pointer(list, i) + "/id", $"pattern id '{patterns[i].Id}' is used twice in {located.Path}");
                }
            }
        }

        Patterns("/patterns", located.Value.Patterns);
        Patterns("/benign", located.Value.Benign);
    }

    private void CheckHelplines(Located<PackManifest> manifest, IReadOnlyList<string> locales)
    {
        if (_brokenIds.TryGetValue(ContentFileKind.Helplines, out var broken) && broken.Count > 0)
        {
            return; // a helpline file has problems of its own: do not guess which locales it serves.
        }

        var languages = _helplines.SelectMany(h => h.Value).SelectMany(h => h.Languages).ToList();
        foreach (var locale in locales)
        {
            var served = languages.Any(language => language == Helpline.International || SameLanguage(language, locale));
            if (!served)
            {
                AddAt(manifest, LocalePointer(manifest.Value, locale), $"locale '{locale}' has no helpline: add one whose languages include '{locale}' (or '*')");
            }
        }
    }

    private void CheckPlaceholders(Dictionary<string, Located<(string Locale, Dictionary<string, string> Messages)>> messages, string defaultLocale)
    {
        if (!messages.TryGetValue(defaultLocale, out var reference))
        {
            return;
        }

        foreach (var file in messages.Values.Where(m => !ReferenceEquals(m, reference)))
        {
            foreach (var (key, text) in file.Value.Messages)
            {
                if (!reference.Value.Messages.TryGetValue(key, out var original))
                {
                    continue;
                }

                var expected = Placeholders(original);
                var missing = expected.Except(Placeholders(text), StringComparer.Ordinal).ToList();
                if (missing.Count > 0)
                {
                    AddAt(file, JsonPointer.Append("/messages", key), $"message '{key}' lacks {string.Join(", ", missing)}, which {reference.Path} uses");
                }
            }
        }
    }

    private static HashSet<string> Placeholders(string text) =>
        new(System.Text.RegularExpressions.Regex.Matches(text, @"\{[A-Za-z_][A-Za-z0-9_.]*\}", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Value), StringComparer.Ordinal);

    private static bool SameLanguage(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || string.Equals(Locales.Language(a), Locales.Language(b), StringComparison.OrdinalIgnoreCase);


    private static string LocalePointer(PackManifest manifest, string locale)
    {
        for (var i = 0; i < manifest.Locales.Count; i++)
        {
            if (string.Equals(manifest.Locales[i].Code, locale, StringComparison.OrdinalIgnoreCase))
            {
                return Pointer("/locales", i) + "/code";
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
                AddAt(item, "/id", $"{what} id '{id(item.Value)}' is already used by {result[id(item.Value)].Path}");
            }
        }

        return result;
    }

    private Dictionary<string, Located<T>> UniqueLocale<T>(List<Located<T>> items, Func<T, string> locale, string folder, bool declaredOnly, IReadOnlyList<string> locales)
    {
        var result = new Dictionary<string, Located<T>>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var code = locale(item.Value);
            var stem = Path.GetFileNameWithoutExtension(item.Path);
            if (!string.Equals(stem, code, StringComparison.OrdinalIgnoreCase))
            {
                AddAt(item, "/locale", $"locale '{code}' does not match the file name; name the file {folder}/{code}.yaml");
            }

            if (declaredOnly && !locales.Contains(code, StringComparer.OrdinalIgnoreCase))
            {
                AddAt(item, "/locale", $"locale '{code}' is not one of the pack's locales ({string.Join(", ", locales)}); add it to pack.yaml");
            }

            if (!result.TryAdd(code, item))
            {
                AddAt(item, "/locale", $"locale '{code}' is already given by {result[code].Path}");
            }
        }

        if (declaredOnly && _manifest is not null)
        {
            foreach (var code in locales.Where(l => !result.ContainsKey(l) && !IsBroken(ContentFileKind.Messages, l)))
            {
                AddAt(_manifest, LocalePointer(_manifest.Value, code), $"locale '{code}' has no {folder}/{code}.yaml");
            }
        }

        return result;
    }

    private HashSet<string> BrokenIds(ContentFileKind kind)
    {
        if (!_brokenIds.TryGetValue(kind, out var ids))
        {
            ids = new HashSet<string>(StringComparer.Ordinal);
            _brokenIds[kind] = ids;
        }

        return ids;
    }

    private bool IsBroken(ContentFileKind kind, string id) => _brokenIds.TryGetValue(kind, out var ids) && ids.Contains(id);

    internal static ContentFileKind? Classify(string path, out bool ignored)
    {
        ignored = false;
        if (path == "pack.yaml")
        {
            return ContentFileKind.Pack;
        }

        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var folder = slash < 0 ? "" : path[..slash];
        if (IgnoredFolders.Contains(folder))
        {
            ignored = true;
            return null;
        }

        if (!path.EndsWith(".yaml", StringComparison.Ordinal))
        {
            return null;
        }

        return folder switch
        {
            "exercises" => ContentFileKind.Exercise,
            "flows" => ContentFileKind.Flow,
            "questionnaires" => ContentFileKind.Questionnaire,
            "helplines" => ContentFileKind.Helplines,
            "lexicons" => ContentFileKind.Lexicon,
            "messages" => ContentFileKind.Messages,
            "lint" => ContentFileKind.Lint,
            _ => null,
        };
    }

    private byte[] ReadBounded(PackFile file)
    {
        using var stream = file.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _limits.MaxFileBytes)
            {
                break;
            }
        }

        return buffer.ToArray();
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");

    private static string Known(IEnumerable<string> ids)
    {
        var list = ids.Order(StringComparer.Ordinal).ToList();
        return list.Count is > 0 and <= 12 ? $" (known: {string.Join(", ", list)})" : "";
    }

    private static string Kebab(FlowKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    private static string Pointer(string list, int index) => JsonPointer.Append(list, index);

    /// <summary>A name for a text's place: <c>'title'</c>, <c>step 2</c>, <c>'text' of item 3</c>.</summary>
    private static string Describe(string pointer)
    {
        var last = JsonPointer.LastSegment(pointer);
        var parent = JsonPointer.Parent(pointer);
        if (int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return $"{Singular(JsonPointer.LastSegment(parent))} {index + 1}";
        }

        var grandParent = JsonPointer.Parent(parent);
        return int.TryParse(JsonPointer.LastSegment(parent), NumberStyles.None, CultureInfo.InvariantCulture, out var parentIndex) && parent.Length > 0
            ? $"'{last}' of {Singular(JsonPointer.LastSegment(grandParent))} {parentIndex + 1}"
            : $"'{last}'";
    }

    private static string Singular(string list) => list.EndsWith('s') ? list[..^1] : list;

    private static string ToPointer(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "";
        }

        var pointer = "";
        foreach (var part in jsonPath.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                pointer = JsonPointer.Append(pointer, name);
            }

            if (bracket >= 0 && int.TryParse(part[(bracket + 1)..].TrimEnd(']'), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                pointer = JsonPointer.Append(pointer, index);
            }
        }

        return pointer;
    }

    private void Add(string path, int line, int column, string message) => _problems.Add(new ContentProblem(path, line, column, message));

    private void Add(string path, SourcePosition position, string message) => Add(path, position.Line, position.Column, message);

    private void AddAt<T>(Located<T> located, string pointer, string message) => Add(located.Path, located.Positions.Value(pointer), message);

    private void AddAtKey<T>(Located<T> located, string pointer, string message) => Add(located.Path, located.Positions.Key(pointer), message);
}
