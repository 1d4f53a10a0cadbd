using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using WellbeingKit.ML.Features;

namespace WellbeingKit.ML.ModelFiles;

/// <summary>
/// Reads model files: a zip with the metadata, the linear model (vocabulary, IDF weights and the heads trained
/// with ML.NET) and, when used, the valence lexicon. <c>ModelArchiveWriter</c> in WellbeingKit.ML.Training writes them.
/// </summary>
internal static class ModelArchive
{
    /// <summary>The model file format this version writes and reads.</summary>
    public const int FormatVersion = 2;

    public const string MetadataEntry = "WellbeingKit/metadata.json";
    public const string ModelEntry = "WellbeingKit/model.bin";

    /// <summary>The largest unpacked model a file may hold (the shipped emotion model is ~11 MB).</summary>
    private const long MaxModelBytes = 512L * 1024 * 1024;
    public const string ValenceEntry = "WellbeingKit/valence.tsv";

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

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
}
