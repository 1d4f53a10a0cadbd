namespace WellbeingKit.AspNetCore.Internal;

internal sealed record QuickReplyDto(string Label, string Value);
