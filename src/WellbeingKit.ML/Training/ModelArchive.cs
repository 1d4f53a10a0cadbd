using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;

namespace WellbeingKit.ML.Training;

/// <summary>What a WellbeingKit model file says about itself, stored beside the ML.NET model in the same zip.</summary>
internal sealed record ModelMetadata
{
    /// <summary>The model kind: <c>emotion</c> or <c>risk</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The file format version.</summary>
    public int FormatVersion { get; init; } = 1;

    /// <summary>The output labels, in the order of the model's probability vector.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>Per-label decision thresholds on the probabilities.</summary>
    public required IReadOnlyList<float> Thresholds { get; init; }

    /// <summary>Risk only: the probability from which the level is Moderate.</summary>
    public float ModerateThreshold { get; init; }

    /// <summary>Risk only: the probability from which the level is High.</summary>
    public float HighThreshold { get; init; }

    /// <summary>Risk only: the probability from which the level is Low.</summary>
    public float LowThreshold { get; init; }

    /// <summary>Risk only: the category names of the category head's score vector, in order; empty when there is no category head.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Whether the model reads the word-valence lexicon stored in the same file.</summary>
    public bool UsesValence { get; init; }

    /// <summary>How the model was trained (seed, data sizes, settings), for the record.</summary>
    public IReadOnlyDictionary<string, string> Training { get; init; } = new Dictionary<string, string>();
}

/// <summary>Saves and loads model files: an ML.NET model zip with a metadata entry, written byte-for-byte reproducibly.</summary>
internal static class ModelArchive
{
    private const string MetadataEntry = "WellbeingKit/metadata.json";
    private const string ValenceEntry = "WellbeingKit/valence.tsv";
    private static readonly DateTimeOffset FixedTimestamp = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Saves <paramref name="model"/> with its metadata; entries keep ML.NET's order and get a fixed timestamp.</summary>
    /// <param name="ml">The context.</param>
    /// <param name="model">The fitted pipeline.</param>
    /// <param name="inputSchema">The schema of its input.</param>
    /// <param name="metadata">The metadata.</param>
    /// <param name="valence">The word-valence lexicon the model reads, or null.</param>
    /// <param name="path">The file to write.</param>
    public static void Save(MLContext ml, ITransformer model, DataViewSchema inputSchema, ModelMetadata metadata, IReadOnlyDictionary<string, float>? valence, string path)
    {
        using var raw = new MemoryStream();
        ml.Model.Save(model, inputSchema, raw);
        raw.Position = 0;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var output = File.Create(path);
        using (var source = new ZipArchive(raw, ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTimestamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }

            Write(target, MetadataEntry, JsonSerializer.SerializeToUtf8Bytes(metadata, JsonOptions));
            if (valence is not null)
            {
                var lines = valence.OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Key}\t{p.Value:0.###}"));
                Write(target, ValenceEntry, System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
            }
        }
    }

    /// <summary>Loads a model file.</summary>
    /// <param name="ml">The context.</param>
    /// <param name="input">The file's content.</param>
    /// <param name="source">Where the content came from, for error messages.</param>
    /// <returns>The pipeline, its metadata and its valence lexicon (null when it has none).</returns>
    /// <exception cref="InvalidDataException">The content is not a WellbeingKit model file.</exception>
    public static (ITransformer Model, ModelMetadata Metadata, IReadOnlyDictionary<string, float>? Valence) Load(MLContext ml, Stream input, string source)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        buffer.Position = 0;
        ModelMetadata metadata;
        Dictionary<string, float>? valence = null;
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.GetEntry(MetadataEntry)
                ?? throw new InvalidDataException($"{source}: not a WellbeingKit model file (no {MetadataEntry} entry).");
            using (var stream = entry.Open())
            {
                metadata = JsonSerializer.Deserialize<ModelMetadata>(stream, JsonOptions)
                    ?? throw new InvalidDataException($"{source}: {MetadataEntry} is empty.");
            }

            var valenceEntry = zip.GetEntry(ValenceEntry);
            if (valenceEntry is not null)
            {
                using var reader = new StreamReader(valenceEntry.Open());
                valence = ValenceLexicon.Parse(reader, $"{source}!{ValenceEntry}");
            }
        }
        catch (InvalidDataException e) when (!e.Message.StartsWith(source, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{source}: not a readable zip file ({e.Message}).", e);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: {MetadataEntry} is not valid ({e.Message}).", e);
        }

        buffer.Position = 0;
        var model = ml.Model.Load(buffer, out _);
        return (model, metadata, valence);
    }

    private static void Write(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTimestamp;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
