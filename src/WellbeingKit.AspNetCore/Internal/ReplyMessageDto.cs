namespace WellbeingKit.AspNetCore.Internal;

internal sealed record ReplyMessageDto(string Text, string Kind);
