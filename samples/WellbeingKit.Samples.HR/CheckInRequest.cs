namespace WellbeingKit.Samples.HR;

/// <summary>The body of <c>POST /hr/checkin</c>.</summary>
/// <param name="Mood">1 (very low) to 5 (very good).</param>
internal sealed record CheckInRequest(int Mood);
