using WellbeingKit.Risk;

namespace WellbeingKit.Samples.HR;

/// <summary>A referral to the Employee Assistance Programme, as kept durably (the employee only by pseudonym).</summary>
internal sealed record EapReferral(string Reference, string UserId, RiskLevel Level, string Reason, string? Locale, DateTimeOffset At);
