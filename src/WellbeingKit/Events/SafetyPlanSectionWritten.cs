namespace WellbeingKit.Events;

/// <summary>The user wrote (or rewrote) one section of their safety plan.</summary>
/// <param name="UserId">The user.</param>
/// <param name="At">When.</param>
/// <param name="Section">The section (<see cref="Safety.SafetyPlanSections"/>).</param>
/// <param name="Items">What they wrote, one item each (to be stored encrypted; never logged or measured).</param>
internal sealed record SafetyPlanSectionWritten(string UserId, DateTimeOffset At, string Section, IReadOnlyList<string> Items) : TurnEvent(UserId, At);
