namespace WellbeingKit.Care;

/// <summary>
/// A daily span of local time in which the user is never contacted. <see cref="Start"/> is inclusive and <see cref="End"/>
/// exclusive; a span that ends before it starts runs past midnight (22:00 to 07:00).
/// </summary>
/// <param name="Start">The first quiet minute.</param>
/// <param name="End">The first minute after the quiet span.</param>
public readonly record struct QuietHours(TimeOnly Start, TimeOnly End)
{
    /// <summary>True when <paramref name="time"/> (local time) falls in the quiet span.</summary>
    /// <param name="time">A local time of day.</param>
    /// <returns>Whether the user must not be contacted then.</returns>
    public bool Contains(TimeOnly time) =>
        Start == End ? false
        : Start < End ? time >= Start && time < End
        : time >= Start || time < End;
}
