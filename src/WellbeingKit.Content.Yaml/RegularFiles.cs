using System.Runtime.InteropServices;

namespace WellbeingKit.Content.Yaml;

/// <summary>
/// Tells a regular file from a FIFO, socket or device before a pack file is read: opening a FIFO for reading blocks
/// until something writes to it, so a pack holding one would hang <c>content validate</c> and every host that loads
/// it. .NET reports such files as <see cref="FileAttributes.Normal"/>, so on Unix the file is opened without blocking
/// (<c>O_NONBLOCK</c>) and asked whether it can seek: a FIFO or socket cannot (or cannot be opened at all).
/// </summary>
internal static partial class RegularFiles
{
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800; // O_NONBLOCK on Linux (x64 and arm64)
    private const int CloseOnExec = 0x80000; // O_CLOEXEC on Linux
    private const int SeekEnd = 2;

    /// <summary>True when <paramref name="path"/> is a file that can be read without blocking.</summary>
    /// <param name="path">The file.</param>
    /// <returns>False for a FIFO, a socket or a file that cannot be opened.</returns>
    public static bool IsRegular(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            // Windows has no FIFOs in the file system; other systems' flag values differ: their files are trusted as
            // regular (documented in docs/content-format.md).
            return true;
        }

        var fd = Open(path, ReadOnly | NonBlocking | CloseOnExec);
        if (fd < 0)
        {
            return false;
        }

        try
        {
            return Seek(fd, 0, SeekEnd) >= 0; // a FIFO answers ESPIPE
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "lseek", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern long Seek(int fd, long offset, int whence);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int fd);
}
