namespace WellbeingKit.Samples.Tests;

/// <summary>Reads every file of a sample's data folder as raw bytes (what <c>strings</c> and <c>grep</c> would see).</summary>
internal static class DataFolderFiles
{
    /// <summary>
    /// The folder's files and their bytes. SQLite may fold a write-ahead log into the database and delete it while the folder
    /// is read; the whole folder is then read again, so nothing is skipped.
    /// </summary>
    public static async Task<IReadOnlyList<(string File, byte[] Bytes)>> ReadAllAsync(string folder)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var files = new List<(string, byte[])>();
                foreach (var file in Directory.GetFiles(folder))
                {
                    files.Add((file, await File.ReadAllBytesAsync(file)));
                }

                return files;
            }
            catch (FileNotFoundException) when (attempt < 20)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>The bytes as Latin-1 and as UTF-16 text, to search for an identifier in either encoding.</summary>
    public static IEnumerable<string> AsText(byte[] bytes) =>
        [System.Text.Encoding.Latin1.GetString(bytes), System.Text.Encoding.Unicode.GetString(bytes)];
}
