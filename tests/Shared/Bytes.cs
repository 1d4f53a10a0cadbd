// Shared by the storage and CLI tests (linked into each project).
namespace WellbeingKit.Testing;

/// <summary>Raw bytes of files, to check what is (not) on disk.</summary>
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
