namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>Replace the characters [<paramref name="Start"/>, <paramref name="End"/>) with <paramref name="Text"/>.</summary>
internal readonly record struct TextEdit(int Start, int End, string Text);
