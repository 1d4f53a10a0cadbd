namespace WellbeingKit.AspNetCore.Internal;

internal sealed record HandoffDto(string Status, int? EstimatedWaitMinutes, string? Reference);
