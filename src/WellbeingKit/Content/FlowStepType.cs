namespace WellbeingKit.Content;

/// <summary>What a flow state does.</summary>
public enum FlowStepType
{
    /// <summary>Says something and moves on to <see cref="FlowState.Next"/>.</summary>
    Message,

    /// <summary>Asks a question with quick replies (<see cref="FlowState.Options"/>) and waits for the answer.</summary>
    Question,

    /// <summary>Asks for free text, stores it under <see cref="FlowState.SaveAs"/> and optionally records it (mood, journal).</summary>
    Capture,

    /// <summary>Offers an exercise chosen by <c>IExerciseSelector</c> (or the fixed <see cref="FlowState.Exercise"/>) and guides it.</summary>
    Exercise,

    /// <summary>Runs a questionnaire (<see cref="FlowState.Questionnaire"/>), scores and stores it.</summary>
    Questionnaire,

    /// <summary>Branches on conditions (<see cref="FlowState.Cases"/>, else <see cref="FlowState.Else"/>).</summary>
    Branch,

    /// <summary>Sets variables (<see cref="FlowState.Set"/>) and moves on.</summary>
    Set,

    /// <summary>Shows helplines for the user's country.</summary>
    Helplines,

    /// <summary>Offers or requests hand-off to a human through <c>IHandoffService</c>.</summary>
    Handoff,

    /// <summary>Ends the flow.</summary>
    End,

    /// <summary>
    /// Starts another flow (<see cref="FlowState.Flow"/>); when that flow ends, the conversation comes back to
    /// <see cref="FlowState.Next"/> (or this flow ends too, when there is none).
    /// </summary>
    Flow,

    /// <summary>
    /// Shows the user's safety plan (<c>type: safety-plan</c>) and moves on to <see cref="FlowState.Next"/>: as text for
    /// chat, SMS and terminals, and as <see cref="Reply.SafetyPlan"/> for a card.
    /// </summary>
    SafetyPlan,
}
