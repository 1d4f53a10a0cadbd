namespace WellbeingKit.UserData;

/// <summary>What happened when an exercise was offered.</summary>
public enum ExerciseOutcome
{
    /// <summary>Offered, not started.</summary>
    Offered,

    /// <summary>Started and finished.</summary>
    Completed,

    /// <summary>Started and left before the end.</summary>
    Abandoned,
}
