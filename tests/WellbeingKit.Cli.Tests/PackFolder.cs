namespace WellbeingKit.Cli.Tests;

/// <summary>A new, not yet created pack folder in its own scratch parent, deleted with the parent afterwards.</summary>
internal sealed class PackFolder : IDisposable
{
    public PackFolder(string prefix, string name) =>
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N"), name);

    /// <summary>The pack folder (it does not exist until a command or the test writes it).</summary>
    public string Directory { get; }

    public void Dispose()
    {
        var parent = System.IO.Path.GetDirectoryName(Directory)!;
        if (System.IO.Directory.Exists(parent))
        {
            System.IO.Directory.Delete(parent, recursive: true);
        }
    }
}
