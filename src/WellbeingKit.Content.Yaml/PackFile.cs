namespace WellbeingKit.Content.Yaml;

/// <summary>One file of a pack, not read yet: its path relative to the pack folder, its size and how to open it.</summary>
internal sealed record PackFile(string Path, long Length, Func<Stream> Open);
