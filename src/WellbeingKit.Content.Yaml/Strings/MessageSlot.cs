namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>A message key of messages/&lt;locale&gt;.yaml.</summary>
internal sealed record MessageSlot(PackString Entry, string MessageKey, int Order) : StringSlot(Entry);
