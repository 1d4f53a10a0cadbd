namespace WellbeingKit.Care;

/// <summary>Whether this kit sends check-ins (a host added the scheduler and an outbound channel).</summary>
/// <param name="Available">True when check-ins can be sent.</param>
internal sealed record CheckInAvailability(bool Available);
