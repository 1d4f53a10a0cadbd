using WellbeingKit.Conversations;
using WellbeingKit.Privacy;
using WellbeingKit.UserData;

namespace WellbeingKit.Storage.Tests;

/// <summary>One instance of a store under test (several instances may share one database).</summary>
public sealed class TestStore(IConversationStore conversations, IUserDataStore data, IAuditLog audit, IAsyncDisposable? owner = null) : IAsyncDisposable
{
    public IConversationStore Conversations { get; } = conversations;

    public IUserDataStore Data { get; } = data;

    public IAuditLog Audit { get; } = audit;

    public ValueTask DisposeAsync() => owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>Scratch files under the system temp folder, deleted at the end of a test.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wk-storage-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class Bytes
{
    /// <summary>Whether <paramref name="needle"/> occurs anywhere in <paramref name="haystack"/>.</summary>
    public static bool Contain(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    /// <summary>Reads a file that another connection may hold open.</summary>
    public static byte[] ReadShared(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
