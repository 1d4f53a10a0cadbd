using WellbeingKit.Handoff;

namespace WellbeingKit.Samples.Education;

/// <summary>
/// A request waiting on the counsellors' queue. It holds no message text: only what a counsellor needs to reach out. The
/// queue lives in memory (a real school would use its case system), so <paramref name="Student"/> (the signed-in student's
/// own id, which the kit's database never holds) stays out of every file.
/// </summary>
/// <param name="Ticket">The reference the student is given.</param>
/// <param name="Student">Who to talk to: the signed-in student's id, or the kit's pseudonym when no one is signed in.</param>
/// <param name="Request">The kit's hand-off request (its user id is the pseudonym).</param>
/// <param name="Status">Queued or accepted.</param>
internal sealed record QueuedRequest(string Ticket, string Student, HandoffRequest Request, HandoffStatus Status);
