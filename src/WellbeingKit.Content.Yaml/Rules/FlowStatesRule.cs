namespace WellbeingKit.Content.Yaml;

/// <summary>
/// What each state names makes sense: conditions parse, exercises and questionnaires exist, a questionnaire state names
/// one, a branch has cases and a capture that records to the safety plan names one of its sections.
/// </summary>
internal sealed class FlowStatesRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        foreach (var located in pack.Flows.Values)
        {
            foreach (var (name, state) in located.Value.States)
            {
                Check(pack, located, name, state);
            }
        }
    }

    private static void Check(PackCheck pack, Located<FlowDefinition> located, string name, FlowState state)
    {
        var at = JsonPointer.Append("/states", name);
        for (var i = 0; i < state.Cases.Count; i++)
        {
            try
            {
                ConditionExpression.Parse(state.Cases[i].When);
            }
            catch (ConditionSyntaxException e)
            {
                pack.Problems.AddAt(located, JsonPointer.Append(at + "/cases", i) + "/when", $"state '{name}' has a condition that does not parse, '{state.Cases[i].When}': {e.Message}");
            }
        }

        var exercises = pack.Exercises;
        if (state.Exercise is not null && !exercises.ContainsKey(state.Exercise) && !pack.Sources.IsBroken(ContentFileKind.Exercise, state.Exercise))
        {
            pack.Problems.AddAt(located, at + "/exercise", $"state '{name}' offers exercise '{state.Exercise}', which does not exist{Suggestions.DidYouMean(state.Exercise, exercises.Keys, Suggestions.Known(exercises.Keys))}");
        }

        var questionnaires = pack.Questionnaires;
        if (state.Questionnaire is not null && !questionnaires.ContainsKey(state.Questionnaire) && !pack.Sources.IsBroken(ContentFileKind.Questionnaire, state.Questionnaire))
        {
            pack.Problems.AddAt(located, at + "/questionnaire", $"state '{name}' runs questionnaire '{state.Questionnaire}', which does not exist{Suggestions.DidYouMean(state.Questionnaire, questionnaires.Keys, Suggestions.Known(questionnaires.Keys))}");
        }

        if (state.Type == FlowStepType.Questionnaire && state.Questionnaire is null)
        {
            pack.Problems.AddAtKey(located, at, $"state '{name}' is a questionnaire state but names no questionnaire");
        }

        if (string.Equals(state.Record, "safety-plan", StringComparison.OrdinalIgnoreCase)
            && (state.Type != FlowStepType.Capture || !WellbeingKit.Safety.SafetyPlanSections.All.Contains(state.SaveAs ?? name, StringComparer.Ordinal)))
        {
            pack.Problems.AddAtKey(located, at, state.Type != FlowStepType.Capture
                ? $"state '{name}' records to the safety plan but is a {state.Type.ToString().ToLowerInvariant()} state; only a capture can"
                : $"state '{name}' records to the safety plan section '{state.SaveAs ?? name}', which is not one; save_as must be one of {string.Join(", ", WellbeingKit.Safety.SafetyPlanSections.All)}");
        }

        if (state.Type == FlowStepType.Branch && state.Cases.Count == 0)
        {
            pack.Problems.AddAtKey(located, at, $"state '{name}' is a branch but has no cases");
        }
    }
}
