using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Content.Yaml.Tests.Strings;

/// <summary>A byte-for-byte copy of the embedded default pack in a temporary folder.</summary>
internal sealed class DefaultPackCopy : IDisposable
{
    public DefaultPackCopy()
    {
        Directory = Path.Join(Path.GetTempPath(), "wk-strings-" + Guid.NewGuid().ToString("N"));
        foreach (var file in ContentPackLoader.DefaultFiles())
        {
            var path = Path.Join(Directory, file.Path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var source = file.Open();
            using var target = File.Create(path);
            source.CopyTo(target);
        }
    }

    public string Directory { get; }

    /// <summary>Every file's bytes, by relative path.</summary>
    public Dictionary<string, byte[]> Snapshot() =>
        System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Directory, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    public string Read(string relative) => File.ReadAllText(Path.Join(Directory, relative));

    public void Write(string relative, string text) => File.WriteAllText(Path.Join(Directory, relative), text);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
