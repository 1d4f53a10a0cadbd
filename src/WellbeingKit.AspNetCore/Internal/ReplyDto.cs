namespace WellbeingKit.AspNetCore.Internal;

internal sealed record ReplyDto(
    IReadOnlyList<ReplyMessageDto> Messages,
    IReadOnlyList<QuickReplyDto> QuickReplies,
    bool Safety,
    IReadOnlyList<HelplineDto> Helplines,
    HandoffDto? Handoff,
    RiskDto Risk,
    string Locale,
    string Direction,
    string? FlowId,
    string? State,
    IReadOnlyList<string> Warnings,
    SafetyPlanDto? SafetyPlan = null);
