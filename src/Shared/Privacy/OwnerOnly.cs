namespace WellbeingKit.Privacy;

/// <summary>
/// Files and folders that hold user data or keys: created readable by their owner only on Unix (files 0600, folders 0700).
/// On Windows they inherit the folder's access control list; put them in a folder only the service account can read.
/// </summary>
internal static class OwnerOnly
{
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode ByOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Creates <paramref name="path"/> (and missing parents) as 0700 when it does not exist; an existing folder is left as it is.</summary>
    /// <param name="path">The folder.</param>
    public static void CreateDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, FolderMode);
        }
    }

    /// <summary>
    /// Creates <paramref name="path"/> empty with mode 0600 when it does not exist, or takes group and other permissions away
    /// from it when it does (a file made by an earlier version). Does nothing on Windows.
    /// </summary>
    /// <param name="path">The file.</param>
    public static void PrepareFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(path))
        {
            try
            {
                using var created = new FileStream(path, new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode });
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first.
            }
        }

        Restrict(path);
    }

    /// <summary>Takes group and other permissions away from <paramref name="path"/> if it exists (Unix only).</summary>
    /// <param name="path">The file.</param>
    public static void Restrict(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path))
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & ByOthers) != 0)
        {
            File.SetUnixFileMode(path, mode & ~ByOthers);
        }
    }

    /// <summary>True when others may write into <paramref name="path"/> (a world-writable folder without the sticky bit), on Unix.</summary>
    /// <param name="path">The folder.</param>
    /// <returns>Whether the folder is writable by every user.</returns>
    public static bool IsWorldWritable(string path) =>
        !OperatingSystem.IsWindows() && Directory.Exists(path)
        && (File.GetUnixFileMode(path) & (UnixFileMode.OtherWrite | UnixFileMode.StickyBit)) == UnixFileMode.OtherWrite;
}
