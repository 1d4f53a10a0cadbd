namespace WellbeingKit.Content.Yaml;

/// <summary>The strings of one locale (<c>messages/&lt;locale&gt;.yaml</c>): key → text.</summary>
internal sealed record MessagesFile(string Locale, Dictionary<string, string> Messages);
