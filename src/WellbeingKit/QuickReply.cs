namespace WellbeingKit;

/// <summary>A quick-reply button.</summary>
/// <param name="Label">The text on the button, in the user's locale.</param>
/// <param name="Value">The value sent back when chosen.</param>
public sealed record QuickReply(string Label, string Value);
