using WellbeingKit.Conversations;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;

namespace WellbeingKit.Samples.HR;

/// <summary>
/// The hand-off of the HR sample: a person who needs a human is referred to the Employee Assistance Programme (a confidential,
/// external service), NEVER to their manager. Referrals are durable (<c>hr.db</c>), each with a unique reference and the
/// highest risk level of the person's recent messages (the level that led to it, even when the request itself, "talk to
/// someone", carries none). Nothing about a referral reaches the dashboard.
/// </summary>
internal sealed class EapReferrals(HrStore hr, IConversationStore conversations, TimeProvider time) : IHandoffService
{
    public const string Destination = "eap";

    public async ValueTask<HandoffResult> RequestAsync(HandoffRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var recent = (await conversations.GetAsync(request.UserId, cancellationToken))?.RecentRisk ?? [];
        var level = recent.Append(request.Level).Max();
        var reason = request.To == Destination ? "asked for the EAP" : $"the kit asked for a {request.To}";
        var referral = hr.AddReferral(request.UserId, level, reason, request.Locale, request.At == default ? time.GetUtcNow() : request.At);
        return new HandoffResult(HandoffStatus.Queued, TimeSpan.FromHours(level >= RiskLevel.High ? 1 : 24), referral.Reference);
    }
}
