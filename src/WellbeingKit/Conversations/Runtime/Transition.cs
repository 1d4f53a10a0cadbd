namespace WellbeingKit.Conversations.Runtime;

/// <summary>Where a flow goes after a state did its work.</summary>
internal readonly record struct Transition(TransitionKind Kind, string? Target = null)
{
    public static Transition Wait => new(TransitionKind.Wait);

    public static Transition End => new(TransitionKind.End);

    /// <summary>Go to <paramref name="state"/>, or end the flow when it is null.</summary>
    public static Transition To(string? state) => state is null ? End : new(TransitionKind.GoTo, state);

    /// <summary>Start the flow <paramref name="flowId"/>; the current state's <c>next</c> follows when it ends.</summary>
    public static Transition Call(string? flowId) => new(TransitionKind.Call, flowId);

    /// <summary>Start the safety flow; the current flow resumes at <paramref name="resumeAt"/> afterwards (null: it ends).</summary>
    public static Transition Safety(string? resumeAt) => new(TransitionKind.Safety, resumeAt);
}
