namespace WellbeingKit.Content;

/// <summary>The kind of a flow.</summary>
public enum FlowKind
{
    /// <summary>A check-in (daily, mood).</summary>
    Checkin,

    /// <summary>A guided exercise.</summary>
    Exercise,

    /// <summary>A questionnaire (PHQ-9, GAD-7, WHO-5).</summary>
    Questionnaire,

    /// <summary>The safety flow, run when a crisis signal is detected.</summary>
    Safety,

    /// <summary>A journaling flow.</summary>
    Journal,

    /// <summary>A menu or any other conversation.</summary>
    General,
}
