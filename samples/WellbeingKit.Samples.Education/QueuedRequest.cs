using WellbeingKit.Handoff;

namespace WellbeingKit.Samples.Education;

/// <summary>A request waiting on the counsellors' queue. It holds no message text: only what a counsellor needs to reach out.</summary>
internal sealed record QueuedRequest(string Ticket, HandoffRequest Request, HandoffStatus Status);
