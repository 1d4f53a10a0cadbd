using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using WellbeingKit.Content;
using WellbeingKit.Risk;

namespace WellbeingKit.Content.Yaml;

/// <summary>
/// The checks that keep a pack from harming people in crisis: every locale is screened by a crisis lexicon, a pack
/// cannot cancel or weaken the built-in crisis phrases, helplines can be reached, safety flows show helplines,
/// validated questionnaires stay as published, and conditions name variables and answers that exist.
/// </summary>
internal sealed partial class PackAssembler
{
    /// <summary>Variables the engine sets on every turn or after a step, whatever the pack.</summary>
    private static readonly string[] EngineVariables = ["context", "timezone", "locale", "country", "emotion", "distress", "hour", "risk", "exercise", "exercise_rating", "safety_reason", "crisis_kind"];

    /// <summary>The values of engine variables that only take a fixed set of values.</summary>
    private static readonly Dictionary<string, string[]> EngineValues = new(StringComparer.Ordinal)
    {
        ["emotion"] = ["anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral"],
        ["risk"] = ["none", "low", "moderate", "high", "imminent"],
        ["safety_reason"] = ["screening", "trigger", "questionnaire-risk-item"],
        ["crisis_kind"] = [.. WellbeingKit.Safety.CrisisKinds.All],
    };

    private static readonly Regex PhoneNumber = new(@"^\+?[0-9()][0-9 ()\-./]*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex Comparison = new(
        @"(?<var>[A-Za-z_][A-Za-z0-9_.]*)\s*(?:==|!=)\s*(?:'(?<lit>[^']*)'|""(?<lit>[^""]*)"")|(?:'(?<lit>[^']*)'|""(?<lit>[^""]*)"")\s*(?:==|!=)\s*(?<var>[A-Za-z_][A-Za-z0-9_.]*)",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly Regex Membership = new(
        @"(?<var>[A-Za-z_][A-Za-z0-9_.]*)\s+(?:not\s+)?in\s*\[(?<items>[^\]]*)\]",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly Regex Quoted = new(@"'([^']*)'|""([^""]*)""", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private void CheckSafety(
        Located<PackManifest> manifest,
        IReadOnlyList<string> locales,
        Dictionary<string, Located<FlowDefinition>> flows,
        Dictionary<string, Located<QuestionnaireDefinition>> questionnaires,
        Dictionary<string, Located<LexiconDefinition>> lexicons)
    {
        CheckLexiconCoverage(manifest, locales, lexicons);
        CheckLintCoverage(manifest);
        CheckHelplineContacts();
        if (manifest.Value.SafetyFlow is { } safetyFlow && flows.TryGetValue(safetyFlow, out var safety) && safety.Value.Kind == FlowKind.Safety)
        {
            CheckSafetyFlowShowsHelplines(safety, $"the safety flow '{safetyFlow}'");
        }

        CheckConditions(flows, questionnaires);
        foreach (var questionnaire in questionnaires.Values)
        {
            CheckBandsDoNotOverlap(questionnaire);
        }

        if (_checkFloor)
        {
            CheckFloor(lexicons);
            CheckValidatedQuestionnaires(questionnaires);
        }
    }

    /// <summary>Every locale needs crisis phrases: its own lexicon (or the built-in one), or a declared one that covers it (a warning).</summary>
    private void CheckLexiconCoverage(Located<PackManifest> manifest, IReadOnlyList<string> locales, Dictionary<string, Located<LexiconDefinition>> lexicons)
    {
        bool Covered(string locale) =>
            lexicons.Values.Any(l => SameLanguage(l.Value.Locale, locale) && l.Value.Patterns.Count > 0)
            || (_checkFloor && BaselineLexicons.Pack.Lexicons.Keys.Any(l => SameLanguage(l, locale)));

        for (var i = 0; i < manifest.Value.Locales.Count; i++)
        {
            var entry = manifest.Value.Locales[i];
            if (Covered(entry.Code))
            {
                continue;
            }

            var at = Pointer("/locales", i);
            if (entry.Lexicon is { } other)
            {
                if (Covered(other))
                {
                    AddWarningAt(manifest, at + "/lexicon", $"locale '{entry.Code}' has no crisis lexicon of its own; the '{other}' lexicon screens it, so a crisis message in '{entry.Code}' reaches the safety flow only when it uses '{other}' phrases. Write lexicons/{entry.Code}.yaml to screen it fully");
                }
                else
                {
                    AddAt(manifest, at + "/lexicon", $"locale '{entry.Code}' says its crisis lexicon is '{other}', but the pack has no lexicon for '{other}'{Suggestions.DidYouMean(other, lexicons.Keys)}; add lexicons/{entry.Code}.yaml");
                }

                continue;
            }

            AddAt(manifest, at + "/code", $"locale '{entry.Code}' has no crisis lexicon, so a crisis message in '{entry.Code}' would never reach the safety flow: add lexicons/{entry.Code}.yaml with crisis phrases in '{entry.Code}' (see docs/authoring.md), or, if another locale's lexicon covers it, say which with 'lexicon: <locale>' in this entry");
        }

        if (manifest.Value.Locales.Count == 0 && !Covered(manifest.Value.DefaultLocale))
        {
            AddAt(manifest, "/default_locale", $"locale '{manifest.Value.DefaultLocale}' has no crisis lexicon, so a crisis message would never reach the safety flow: add lexicons/{manifest.Value.DefaultLocale}.yaml");
        }
    }

    /// <summary>The safe-messaging lint knows en, es, fr and ar; a locale in any other language needs lint/&lt;locale&gt;.yaml (a warning).</summary>
    private void CheckLintCoverage(Located<PackManifest> manifest)
    {
        var lint = UniqueLocale(_lint, l => l.Locale, "lint", declaredOnly: false, []);
        for (var i = 0; i < manifest.Value.Locales.Count; i++)
        {
            var code = manifest.Value.Locales[i].Code;
            if (Locales.Language(code) is "en" or "es" or "fr" or "ar" || lint.Keys.Any(l => SameLanguage(l, code)))
            {
                continue;
            }

            AddWarningAt(manifest, Pointer("/locales", i) + "/code", $"the safe-messaging lint has no rules for '{code}' (the built-in rules cover en, es, fr and ar), so method details or dosages written in '{code}' would pass: add lint/{code}.yaml with such phrases in '{code}'");
        }
    }

    /// <summary>A helpline must be reachable: a phone number or a website, and numbers that are numbers.</summary>
    private void CheckHelplineContacts()
    {
        foreach (var file in _helplines)
        {
            for (var i = 0; i < file.Value.Count; i++)
            {
                var helpline = file.Value[i];
                var at = Pointer("/helplines", i);
                if (string.IsNullOrWhiteSpace(helpline.Phone) && string.IsNullOrWhiteSpace(helpline.Url) && string.IsNullOrWhiteSpace(helpline.Sms))
                {
                    AddAtKey(file, at, $"helpline '{helpline.Name}' has neither a phone number nor a website, so a person in crisis cannot reach it: add 'phone:' (the number as dialled) or 'url:'; if no number is verified yet, give the emergency number and a directory such as https://findahelpline.com");
                }

                NumberCheck(file, at + "/phone", "phone", helpline.Name, helpline.Phone);
                NumberCheck(file, at + "/sms", "sms", helpline.Name, helpline.Sms);
            }
        }
    }

    private void NumberCheck(Located<List<Helpline>> file, string pointer, string key, string name, string? number)
    {
        if (number is null)
        {
            return;
        }

        var digits = number.Count(char.IsAsciiDigit);
        if (digits < 2 || !PhoneNumber.IsMatch(number.Trim()))
        {
            AddAt(file, pointer, $"{key} '{number}' of helpline '{name}' is not a phone number: write the number as dialled (digits, spaces, '+', '-'), for example \"116 123\"; if no number is verified yet, remove '{key}:' and give a website");
        }
    }

    /// <summary>
    /// A safety flow must show helplines on its way from the start and offer a person; otherwise the engine does not use it
    /// (<see cref="Conversations.Runtime.FlowRunner.IsValidSafetyFlow"/>) and runs its built-in flow instead.
    /// </summary>
    internal void CheckSafetyFlowShowsHelplines(Located<FlowDefinition> located, string role)
    {
        var flow = located.Value;
        if (!flow.States.ContainsKey(flow.Start))
        {
            return; // already reported: the start state does not exist.
        }

        var reached = FlowGraph.Of(flow).Reachable();
        var missing = new List<string>();
        if (!reached.Any(s => flow.States[s].Type == FlowStepType.Helplines))
        {
            missing.Add("no helplines step reachable from its start '" + flow.Start + "', so a person in crisis would not see the numbers");
        }

        if (!flow.States.Values.Any(s => s.Type == FlowStepType.Handoff))
        {
            missing.Add("no handoff step, so a person in crisis could not ask for a human");
        }

        if (missing.Count > 0 || !Conversations.Runtime.FlowRunner.IsValidSafetyFlow(flow))
        {
            if (missing.Count == 0)
            {
                return; // a missing target, reported where it is.
            }

            AddAtKey(located, "/states", $"{role} has {string.Join(" and ", missing)} (the kit would not use it and would run its built-in flow, in English): add {(missing.Count == 2 ? "a state with 'type: helplines' right after the first message and a state with 'type: handoff'" : missing[0].StartsWith("no helplines", StringComparison.Ordinal) ? "a state with 'type: helplines' right after the first message" : "a state with 'type: handoff' that offers a person")}");
        }
    }

    /// <summary>Conditions must name variables some state sets, and compare them with answers they can have.</summary>
    private void CheckConditions(Dictionary<string, Located<FlowDefinition>> flows, Dictionary<string, Located<QuestionnaireDefinition>> questionnaires)
    {
        var known = new HashSet<string>(EngineVariables, StringComparer.Ordinal);

        // Variables whose values are a known, closed set; null marks a variable that can hold anything (free text, set:).
        var values = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        foreach (var (name, fixedValues) in EngineValues)
        {
            values[name] = new HashSet<string>(fixedValues, StringComparer.Ordinal);
        }

        foreach (var id in questionnaires.Keys.Concat(_brokenIds.GetValueOrDefault(ContentFileKind.Questionnaire) ?? []))
        {
            known.Add("score." + id);
            known.Add("severity." + id);
            known.Add("risk." + id);
            if (questionnaires.TryGetValue(id, out var questionnaire))
            {
                values["severity." + id] = new HashSet<string>(questionnaire.Value.Bands.Select(b => b.Severity), StringComparer.Ordinal);
            }
        }

        void Open(string name)
        {
            known.Add(name);
            values[name] = null;
        }

        foreach (var flow in flows.Values)
        {
            foreach (var (name, state) in flow.Value.States)
            {
                foreach (var variable in state.Set.Keys)
                {
                    Open(variable);
                }

                switch (state.Type)
                {
                    case FlowStepType.Question:
                        var variable = state.SaveAs ?? name;
                        known.Add(variable);
                        if (!values.TryGetValue(variable, out var set))
                        {
                            values[variable] = set = new HashSet<string>(StringComparer.Ordinal);
                        }

                        foreach (var option in state.Options)
                        {
                            set?.Add(option.Value);
                        }

                        break;
                    case FlowStepType.Capture:
                        Open(state.SaveAs ?? name);
                        break;
                    case FlowStepType.Exercise or FlowStepType.Questionnaire when state.SaveAs is not null:
                        Open(state.SaveAs);
                        break;
                }
            }
        }

        if (flows.Count > 0 && _brokenIds.TryGetValue(ContentFileKind.Flow, out var brokenFlows) && brokenFlows.Count > 0)
        {
            return; // a flow that did not load may set the variables the others test: do not guess.
        }

        foreach (var flow in flows.Values)
        {
            foreach (var (name, state) in flow.Value.States)
            {
                for (var i = 0; i < state.Cases.Count; i++)
                {
                    var when = state.Cases[i].When;
                    var pointer = Pointer(JsonPointer.Append("/states", name) + "/cases", i) + "/when";
                    Conversations.Conditions.ConditionExpression expression;
                    try
                    {
                        expression = Conversations.Conditions.ConditionExpression.Parse(when);
                    }
                    catch (Conversations.Conditions.ConditionSyntaxException)
                    {
                        continue; // reported by CheckFlow.
                    }

                    var unknown = expression.Variables.Where(v => !known.Contains(v)).ToList();
                    foreach (var variable in unknown)
                    {
                        AddAt(flow, pointer, $"state '{name}' tests '{variable}', which no state sets and the kit does not provide{Suggestions.DidYouMean(variable, known, "; a question or capture sets a variable with 'save_as:'")}");
                    }

                    foreach (var (variable, literal) in Literals(when))
                    {
                        if (unknown.Contains(variable) || !values.TryGetValue(variable, out var allowed) || allowed is null || allowed.Count == 0 || allowed.Contains(literal))
                        {
                            continue;
                        }

                        AddAt(flow, pointer, $"state '{name}' compares '{variable}' with '{literal}', which it never holds (its values: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}){Suggestions.DidYouMean(literal, allowed)}");
                    }
                }
            }
        }
    }

    private static IEnumerable<(string Variable, string Literal)> Literals(string condition)
    {
        foreach (Match match in Comparison.Matches(condition))
        {
            yield return (match.Groups["var"].Value, match.Groups["lit"].Value);
        }

        foreach (Match match in Membership.Matches(condition))
        {
            foreach (Match item in Quoted.Matches(match.Groups["items"].Value))
            {
                yield return (match.Groups["var"].Value, item.Groups[1].Success ? item.Groups[1].Value : item.Groups[2].Value);
            }
        }
    }

    private void CheckBandsDoNotOverlap(Located<QuestionnaireDefinition> located)
    {
        var bands = located.Value.Bands.Select((b, i) => (Band: b, Index: i)).OrderBy(b => b.Band.Min).ToList();
        for (var i = 1; i < bands.Count; i++)
        {
            var (previous, current) = (bands[i - 1].Band, bands[i].Band);
            if (current.Min <= previous.Max)
            {
                AddAt(located, Pointer("/bands", bands[i].Index) + "/min", string.Create(CultureInfo.InvariantCulture, $"band '{current.Severity}' starts at {current.Min}, inside band '{previous.Severity}' ({previous.Min}-{previous.Max}); a score must fall in one band only"));
            }
        }
    }

    /// <summary>
    /// The built-in crisis phrases are a floor: a pack may add to them, never cancel them (benign phrases, negation cues)
    /// nor lower or delete them (that has no effect, and the author must be told).
    /// </summary>
    private void CheckFloor(Dictionary<string, Located<LexiconDefinition>> lexicons)
    {
        if (lexicons.Count == 0)
        {
            return;
        }

        var floor = BaselineLexicons.Pack.Lexicons;
        foreach (var (locale, located) in lexicons)
        {
            if (floor.TryGetValue(locale, out var builtIn))
            {
                CheckNotLowered(located, builtIn);
            }
        }

        var merged = BaselineLexicons.Apply(lexicons.ToDictionary(l => l.Key, l => l.Value.Value, StringComparer.OrdinalIgnoreCase));
        LexiconRiskDetector detector;
        try
        {
            detector = LexiconRiskDetector.Create(merged.Values);
        }
        catch (ArgumentException e)
        {
            Add(lexicons.Values.First().Path, 1, 1, "the crisis lexicons cannot be compiled: " + e.Message);
            return;
        }

        var baseline = BaselineLexicons.Detector;
        var reported = new HashSet<string>(StringComparer.Ordinal);

        // Benign phrases: a built-in crisis phrase said on its own must still reach the safety flow.
        foreach (var builtIn in floor.Values)
        {
            foreach (var pattern in builtIn.Patterns.Where(p => p.Category is not null))
            {
                foreach (var phrase in pattern.Phrases)
                {
                    var text = phrase.TrimEnd('*');
                    var before = Level(baseline, text);
                    if (before == RiskLevel.None || Level(detector, text) >= before)
                    {
                        continue;
                    }

                    var culprit = FindBenign(lexicons, text);
                    if (culprit is { } found)
                    {
                        if (reported.Add(found.Path + found.Pointer))
                        {
                            AddAt(found.File, found.Pointer, $"benign phrase '{found.Phrase}' cancels the built-in crisis phrase '{phrase}' (rule {pattern.Id}, {builtIn.Locale}): a message saying '{text}' would not reach the safety flow. Remove it from 'benign:'; built-in crisis phrases cannot be switched off");
                        }
                    }
                    else if (reported.Add("rule:" + pattern.Id))
                    {
                        var file = lexicons.Values.FirstOrDefault(l => SameLanguage(l.Value.Locale, builtIn.Locale)) ?? lexicons.Values.First();
                        AddAt(file, "/benign", $"this pack's benign phrases cancel the built-in crisis phrase '{phrase}' (rule {pattern.Id}, {builtIn.Locale}): a message saying '{text}' would not reach the safety flow. Remove the benign phrase that covers it");
                    }
                }
            }
        }

        // Negation cues: a new cue before a built-in crisis phrase must not switch it off.
        var builtInCues = new HashSet<string>(floor.Values.SelectMany(l => l.Negations).Select(Fold), StringComparer.Ordinal);
        foreach (var located in lexicons.Values)
        {
            for (var i = 0; i < located.Value.Negations.Count; i++)
            {
                var cue = located.Value.Negations[i];
                if (builtInCues.Contains(Fold(cue)))
                {
                    continue;
                }

                var cancelled = floor.Values
                    .OrderBy(l => SameLanguage(l.Locale, located.Value.Locale) ? 0 : 1)
                    .SelectMany(l => l.Patterns.Where(p => p.Category is not null && p.Level >= RiskLevel.High).Select(p => (Lexicon: l, Pattern: p)))
                    .SelectMany(p => p.Pattern.Phrases.Select(phrase => (p.Lexicon, p.Pattern, Text: cue + " " + phrase.TrimEnd('*'))))
                    .FirstOrDefault(p => Level(baseline, p.Text) >= RiskLevel.High && Level(detector, p.Text) < RiskLevel.High);
                if (cancelled.Pattern is not null)
                {
                    AddAt(located, Pointer("/negations", i), $"negation cue '{cue}' cancels the built-in crisis rule {cancelled.Pattern.Id} ({cancelled.Lexicon.Locale}): '{cancelled.Text}' would not reach the safety flow. Remove it; a pack cannot add negation cues that switch built-in crisis phrases off");
                }
            }
        }
    }

    private void CheckNotLowered(Located<LexiconDefinition> located, LexiconDefinition builtIn)
    {
        var packPhrases = new HashSet<string>(located.Value.Patterns.SelectMany(p => p.Phrases).Select(Fold), StringComparer.Ordinal);
        for (var i = 0; i < located.Value.Patterns.Count; i++)
        {
            var pattern = located.Value.Patterns[i];
            var floor = builtIn.Patterns.FirstOrDefault(p => p.Id == pattern.Id);
            if (floor is null)
            {
                continue;
            }

            var at = Pointer("/patterns", i);
            if (pattern.Level < floor.Level)
            {
                AddAt(located, at + "/level", $"pattern '{pattern.Id}' lowers the built-in level {Kebab(floor.Level)} to {Kebab(pattern.Level)}; this has no effect (built-in crisis rules keep their level): remove 'level:' or set it to {Kebab(floor.Level)}");
            }

            // A copy of a built-in pattern (it shares phrases with it) that leaves phrases out tries to delete them.
            if (pattern.Phrases.Any(p => floor.Phrases.Contains(p, StringComparer.Ordinal)))
            {
                var missing = floor.Phrases.Where(p => !packPhrases.Contains(Fold(p))).ToList();
                if (missing.Count > 0)
                {
                    AddAt(located, at + "/phrases", $"pattern '{pattern.Id}' leaves out {missing.Count} built-in phrase(s) ({string.Join(", ", missing.Take(3).Select(p => $"'{p}'"))}{(missing.Count > 3 ? ", ..." : "")}); this has no effect (built-in crisis phrases are always screened): put them back, or keep only your new phrases under a new id");
                }
            }
        }
    }

    private static (Located<LexiconDefinition> File, string Pointer, string Path, string Phrase)? FindBenign(Dictionary<string, Located<LexiconDefinition>> lexicons, string text)
    {
        var folded = Fold(text);
        foreach (var located in lexicons.Values)
        {
            for (var i = 0; i < located.Value.Benign.Count; i++)
            {
                var phrases = located.Value.Benign[i].Phrases;
                for (var j = 0; j < phrases.Count; j++)
                {
                    var benign = Fold(phrases[j].TrimEnd('*'));
                    if (benign.Length > 0 && (folded.Contains(benign, StringComparison.Ordinal) || benign.Contains(folded, StringComparison.Ordinal)))
                    {
                        return (located, Pointer(Pointer("/benign", i) + "/phrases", j), located.Path, phrases[j]);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Validated questionnaires (PHQ-9, GAD-7, WHO-5) must keep the published wording, risk item, options and bands.</summary>
    private void CheckValidatedQuestionnaires(Dictionary<string, Located<QuestionnaireDefinition>> questionnaires)
    {
        foreach (var (id, located) in questionnaires)
        {
            if (!BaselineLexicons.Pack.Questionnaires.TryGetValue(id, out var published) || published.ValidatedLocales.Count == 0)
            {
                continue;
            }

            var copy = located.Value;
            var name = published.Title.Resolve("en", "en");
            var differences = new List<(string Pointer, string Message)>();
            if (copy.Items.Count != published.Items.Count)
            {
                differences.Add(("/items", $"it has {copy.Items.Count} items; the published {name} has {published.Items.Count}"));
            }
            else
            {
                for (var i = 0; i < copy.Items.Count; i++)
                {
                    var at = Pointer("/items", i);
                    foreach (var locale in published.ValidatedLocales)
                    {
                        var theirs = TextIn(copy.Items[i].Text, locale);
                        var original = TextIn(published.Items[i].Text, locale);
                        if (theirs is not null && original is not null && Collapse(theirs) != Collapse(original))
                        {
                            differences.Add((at + "/text", $"item {i + 1} is worded differently from the published {name} ({locale}): \"{original}\""));
                        }
                    }

                    if (copy.Items[i].Risk != published.Items[i].Risk)
                    {
                        differences.Add((at, published.Items[i].Risk
                            ? $"item {i + 1} is the risk item of the published {name} (an answer above 0 starts the safety flow): set 'risk: true'"
                            : $"item {i + 1} is not a risk item in the published {name}: remove 'risk: true'"));
                    }
                }
            }

            if (!copy.Options.Select(o => o.Value).SequenceEqual(published.Options.Select(o => o.Value)))
            {
                differences.Add(("/options", $"the answer scores ({string.Join(", ", copy.Options.Select(o => o.Value))}) differ from the published {name} ({string.Join(", ", published.Options.Select(o => o.Value))})"));
            }

            if (!string.Equals(copy.Scoring, published.Scoring, StringComparison.Ordinal))
            {
                differences.Add(("/scoring", $"scoring '{copy.Scoring}' differs from the published {name} ('{published.Scoring}')"));
            }

            static string Bands(QuestionnaireDefinition q) => string.Join(", ", q.Bands.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Min}-{b.Max} {b.Severity}")));
            if (Bands(copy) != Bands(published))
            {
                differences.Add(("/bands", $"the bands ({Bands(copy)}) differ from the published {name} ({Bands(published)})"));
            }

            foreach (var (pointer, message) in differences)
            {
                if (!string.IsNullOrWhiteSpace(copy.Adapted))
                {
                    AddWarningAt(located, pointer, $"questionnaire '{id}': {message} (adapted: {copy.Adapted}); scores are not comparable with the published {name}");
                }
                else
                {
                    AddAt(located, pointer, $"questionnaire '{id}': {message}; restore the published text, or, for a reviewed adaptation, say why with 'adapted: <reason>'");
                }
            }
        }
    }

    private static string? TextIn(LocalizedText text, string locale) =>
        text.Values.TryGetValue(locale, out var value) ? value : text.Values.Count == 1 && text.Has(LocalizedText.DefaultLocaleKey) && locale == "en" ? text.Values[LocalizedText.DefaultLocaleKey] : null;

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static RiskLevel Level(LexiconRiskDetector detector, string text) =>
        detector.AssessAsync(new RiskScreeningRequest(text)).AsTask().GetAwaiter().GetResult().Level;

    /// <summary>Lowercase without diacritics, to compare phrases as the matcher would.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Kebab(RiskLevel level) => level.ToString().ToLowerInvariant();

    private void AddWarningAt<T>(Located<T> located, string pointer, string message)
    {
        var position = located.Positions.Value(pointer);
        _warnings.Add(new ContentProblem(located.Path, position.Line, position.Column, message));
    }
}
