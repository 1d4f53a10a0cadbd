using System.Text.RegularExpressions;

namespace WellbeingKit.Content.Yaml;

/// <summary>Conditions (<c>when:</c>) test variables some state sets or the kit provides, and compare them with values they can hold.</summary>
internal sealed class ConditionsRule : IPackRule
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

    private static readonly Regex Comparison = new(
        @"(?<var>[A-Za-z_][A-Za-z0-9_.]*)\s*(?:==|!=)\s*(?:'(?<lit>[^']*)'|""(?<lit>[^""]*)"")|(?:'(?<lit>[^']*)'|""(?<lit>[^""]*)"")\s*(?:==|!=)\s*(?<var>[A-Za-z_][A-Za-z0-9_.]*)",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly Regex Membership = new(
        @"(?<var>[A-Za-z_][A-Za-z0-9_.]*)\s+(?:not\s+)?in\s*\[(?<items>[^\]]*)\]",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly Regex Quoted = new(@"'([^']*)'|""([^""]*)""", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <inheritdoc />
    /// <remarks>Conditions must name variables some state sets, and compare them with answers they can have.</remarks>
    public void Check(PackCheck pack)
    {
        var flows = pack.Flows;
        var questionnaires = pack.Questionnaires;
        var known = new HashSet<string>(EngineVariables, StringComparer.Ordinal);

        // Variables whose values are a known, closed set; null marks a variable that can hold anything (free text, set:).
        var values = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        foreach (var (name, fixedValues) in EngineValues)
        {
            values[name] = new HashSet<string>(fixedValues, StringComparer.Ordinal);
        }

        foreach (var id in questionnaires.Keys.Concat(pack.Sources.BrokenIds.GetValueOrDefault(ContentFileKind.Questionnaire) ?? []))
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

        if (flows.Count > 0 && pack.Sources.BrokenIds.TryGetValue(ContentFileKind.Flow, out var brokenFlows) && brokenFlows.Count > 0)
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
                    var pointer = JsonPointer.Append(JsonPointer.Append("/states", name) + "/cases", i) + "/when";
                    ConditionExpression expression;
                    try
                    {
                        expression = ConditionExpression.Parse(when);
                    }
                    catch (ConditionSyntaxException)
                    {
                        continue; // reported by CheckFlow.
                    }

                    var unknown = expression.Variables.Where(v => !known.Contains(v)).ToList();
                    foreach (var variable in unknown)
                    {
                        pack.Problems.AddAt(flow, pointer, $"state '{name}' tests '{variable}', which no state sets and the kit does not provide{Suggestions.DidYouMean(variable, known, "; a question or capture sets a variable with 'save_as:'")}");
                    }

                    foreach (var (variable, literal) in Literals(when))
                    {
                        if (unknown.Contains(variable) || !values.TryGetValue(variable, out var allowed) || allowed is null || allowed.Count == 0 || allowed.Contains(literal))
                        {
                            continue;
                        }

                        pack.Problems.AddAt(flow, pointer, $"state '{name}' compares '{variable}' with '{literal}', which it never holds (its values: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}){Suggestions.DidYouMean(literal, allowed)}");
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
}
