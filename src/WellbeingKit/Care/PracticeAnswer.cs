namespace WellbeingKit.Care;

/// <summary>How practising an exercise went, asked at the next check-in.</summary>
internal enum PracticeAnswer
{
    /// <summary>No answer recognised.</summary>
    None,

    /// <summary>"It helped".</summary>
    Helped,

    /// <summary>"A little".</summary>
    Some,

    /// <summary>"Not really".</summary>
    NotReally,

    /// <summary>"I didn't try".</summary>
    Skipped,
}
