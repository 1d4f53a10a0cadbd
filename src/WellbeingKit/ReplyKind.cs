namespace WellbeingKit;

/// <summary>What a reply message is.</summary>
public enum ReplyKind
{
    /// <summary>Plain text.</summary>
    Text,

    /// <summary>A step of a guided exercise.</summary>
    ExerciseStep,

    /// <summary>A question.</summary>
    Question,

    /// <summary>A safety message (crisis support).</summary>
    Safety,

    /// <summary>
    /// A message whose only purpose is to list helplines as text (one line each). SMS and terminals print it; a web
    /// chat can show <see cref="Reply.Helplines"/> as one card instead.
    /// </summary>
    Helplines,

    /// <summary>
    /// A message that shows part of the user's safety plan as text. SMS and terminals print it; a web chat can show
    /// <see cref="Reply.SafetyPlan"/> as one card instead.
    /// </summary>
    SafetyPlan,
}
