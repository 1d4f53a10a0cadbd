namespace WellbeingKit;

/// <summary>One message of a reply.</summary>
/// <param name="Text">The text, in the user's locale.</param>
/// <param name="Kind">What it is.</param>
public sealed record ReplyMessage(string Text, ReplyKind Kind = ReplyKind.Text);
