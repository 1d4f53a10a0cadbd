namespace WellbeingKit.Care;

/// <summary>What made the kit notice that someone is getting worse (flags: several can hold at once).</summary>
[Flags]
public enum DeteriorationKind
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>A questionnaire score got worse by at least its reliable-change threshold.</summary>
    ReliableChange = 1,

    /// <summary>A questionnaire score moved into a worse band.</summary>
    WorseBand = 2,

    /// <summary>Mood check-ins fell over the recent window.</summary>
    FallingMood = 4,
}
