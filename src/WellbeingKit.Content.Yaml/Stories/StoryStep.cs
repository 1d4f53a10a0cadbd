namespace WellbeingKit.Conversations.Stories;

/// <summary>One step of a conversation test.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="Value">The text, id or <c>true</c>/<c>false</c>.</param>
/// <param name="Line">The line of the step in its file (1-based; 0 when unknown).</param>
public sealed record StoryStep(StoryStepKind Kind, string Value, int Line = 0)
{
    /// <summary>The step as written in YAML, for example <c>bot_says: "hola"</c>.</summary>
    /// <returns>The step.</returns>
    public override string ToString() => $"{StoryKeys.Of(Kind)}: \"{Value}\"";
}
