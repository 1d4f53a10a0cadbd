namespace WellbeingKit.Content;

/// <summary>One state of a flow.</summary>
public sealed record FlowState
{
    /// <summary>What the state does.</summary>
    public required FlowStepType Type { get; init; }

    /// <summary>Message keys said on entering the state, in order.</summary>
    public IReadOnlyList<string> Say { get; init; } = [];

    /// <summary>Quick replies of a question.</summary>
    public IReadOnlyList<FlowOption> Options { get; init; } = [];

    /// <summary>The variable that receives the answer (question, capture) or the result (exercise id, questionnaire score).</summary>
    public string? SaveAs { get; init; }

    /// <summary>For a capture: record the text as <c>mood</c> or <c>journal</c> in the user's data.</summary>
    public string? Record { get; init; }

    /// <summary>The next state (message, capture, exercise, questionnaire, set, helplines, handoff; for a flow state, where the conversation returns).</summary>
    public string? Next { get; init; }

    /// <summary>For an exercise state: a fixed exercise id; null lets the selector choose.</summary>
    public string? Exercise { get; init; }

    /// <summary>For an exercise state: concerns to pass to the selector, in addition to what was detected.</summary>
    public IReadOnlyList<string> Concerns { get; init; } = [];

    /// <summary>For a questionnaire state: the questionnaire id.</summary>
    public string? Questionnaire { get; init; }

    /// <summary>For a branch: the cases, tried in order.</summary>
    public IReadOnlyList<FlowCase> Cases { get; init; } = [];

    /// <summary>For a branch: the state when no case matches.</summary>
    public string? Else { get; init; }

    /// <summary>Variables set on entering the state (an entry action): name → value or expression.</summary>
    public IReadOnlyDictionary<string, string> Set { get; init; } = new Dictionary<string, string>();

    /// <summary>For a flow state: the id of the flow it starts (never a safety flow); the conversation returns to <see cref="Next"/> when it ends.</summary>
    public string? Flow { get; init; }

    /// <summary>For a handoff: who to ask for (<c>counsellor</c>, <c>peer</c>).</summary>
    public string? HandoffTo { get; init; }
}
