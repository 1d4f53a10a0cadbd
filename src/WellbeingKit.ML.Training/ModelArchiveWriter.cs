using System.IO.Compression;
using System.Text.Json;
using WellbeingKit.ML.Features;
using WellbeingKit.ML.ModelFiles;

namespace WellbeingKit.ML.Training;

/// <summary>Writes model files in the format <see cref="ModelArchive"/> reads, byte-for-byte reproducibly.</summary>
internal static class ModelArchiveWriter
{
    private static readonly DateTimeOffset FixedTimestamp = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Saves <paramref name="model"/> with its metadata; the entries get a fixed timestamp.</summary>
    /// <param name="model">The trained model.</param>
    /// <param name="metadata">The metadata.</param>
    /// <param name="valence">The word-valence lexicon the model reads, or null.</param>
    /// <param name="path">The file to write.</param>
    public static void Save(LinearTextModel model, ModelMetadata metadata, IReadOnlyDictionary<string, float>? valence, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var output = File.Create(path);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Write(target, ModelArchive.MetadataEntry, JsonSerializer.SerializeToUtf8Bytes(metadata, ModelArchive.JsonOptions));
        using (var buffer = new MemoryStream())
        {
            model.Write(buffer);
            Write(target, ModelArchive.ModelEntry, buffer.ToArray());
        }

        if (valence is not null)
        {
            var lines = valence.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Key}\t{p.Value:0.###}"));
            Write(target, ModelArchive.ValenceEntry, System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        }
    }

    private static void Write(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTimestamp;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
