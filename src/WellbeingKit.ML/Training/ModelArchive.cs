using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using WellbeingKit.ML.Features;

namespace WellbeingKit.ML.Training;

/// <summary>What a WellbeingKit model file says about itself, stored beside the ML.NET model in the same zip.</summary>
internal sealed record ModelMetadata
{
    /// <summary>The model kind: <c>emotion</c> or <c>risk</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The file format version (2: the WellbeingKit linear model; 1 was an ML.NET pipeline, no longer read).</summary>
    public int FormatVersion { get; init; } = ModelArchive.FormatVersion;

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

/// <summary>
/// Saves and loads model files: a zip with the metadata, the linear model (vocabulary, IDF weights and the heads trained
/// with ML.NET) and, when used, the valence lexicon; written byte-for-byte reproducibly.
/// </summary>
internal static class ModelArchive
{
    /// <summary>The model file format this version writes and reads.</summary>
    public const int FormatVersion = 2;

    private const string MetadataEntry = "WellbeingKit/metadata.json";
    private const string ModelEntry = "WellbeingKit/model.bin";

    /// <summary>The largest unpacked model a file may hold (the shipped emotion model is ~11 MB).</summary>
    private const long MaxModelBytes = 512L * 1024 * 1024;
    private const string ValenceEntry = "WellbeingKit/valence.tsv";
    private static readonly DateTimeOffset FixedTimestamp = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

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
        Write(target, MetadataEntry, JsonSerializer.SerializeToUtf8Bytes(metadata, JsonOptions));
        using (var buffer = new MemoryStream())
        {
            model.Write(buffer);
            Write(target, ModelEntry, buffer.ToArray());
        }

        if (valence is not null)
        {
            var lines = valence.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Key}\t{p.Value:0.###}"));
            Write(target, ValenceEntry, System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        }
    }

    /// <summary>Loads a model file.</summary>
    /// <param name="input">The file's content.</param>
    /// <param name="source">Where the content came from, for error messages.</param>
    /// <returns>The model, its metadata and its valence lexicon (null when it has none).</returns>
    /// <exception cref="InvalidDataException">The content is not a WellbeingKit model file of this format.</exception>
    public static (LinearTextModel Model, ModelMetadata Metadata, Dictionary<string, float>? Valence) Load(Stream input, string source)
    {
        try
        {
            using var zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.GetEntry(MetadataEntry)
                ?? throw new InvalidDataException($"{source}: not a WellbeingKit model file (no {MetadataEntry} entry).");
            ModelMetadata metadata;
            using (var stream = entry.Open())
            {
                metadata = JsonSerializer.Deserialize<ModelMetadata>(stream, JsonOptions)
                    ?? throw new InvalidDataException($"{source}: {MetadataEntry} is empty.");
            }

            if (metadata.FormatVersion != FormatVersion || zip.GetEntry(ModelEntry) is not { } modelEntry)
            {
                throw new InvalidDataException(
                    $"{source}: model file format {metadata.FormatVersion}; this WellbeingKit reads format {FormatVersion}. Train the model again with `wellbeing train`.");
            }

            if (modelEntry.Length > MaxModelBytes)
            {
                throw new InvalidDataException($"{source}: {ModelEntry} unpacks to {modelEntry.Length / 1048576} MB, more than the limit of {MaxModelBytes / 1048576} MB.");
            }

            LinearTextModel model;
            using (var raw = modelEntry.Open())
            using (var buffer = new MemoryStream(checked((int)modelEntry.Length)))
            {
                raw.CopyTo(buffer);
                buffer.Position = 0;
                model = LinearTextModel.Read(buffer, $"{source}!{ModelEntry}");
            }

            if (model.HeadCount != metadata.Labels.Count || metadata.Thresholds.Count != metadata.Labels.Count)
            {
                throw new InvalidDataException($"{source}: {model.HeadCount} heads, {metadata.Labels.Count} labels and {metadata.Thresholds.Count} thresholds do not agree.");
            }

            Dictionary<string, float>? valence = null;
            if (zip.GetEntry(ValenceEntry) is { } valenceEntry)
            {
                using var reader = new StreamReader(valenceEntry.Open());
                valence = ValenceLexicon.Parse(reader, $"{source}!{ValenceEntry}");
            }

            return (model, metadata, valence);
        }
        catch (InvalidDataException e) when (!e.Message.StartsWith(source, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{source}: not a readable zip file ({e.Message}).", e);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: {MetadataEntry} is not valid ({e.Message}).", e);
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
