using WellbeingKit.ML.Features;
using WellbeingKit.ML.ModelFiles;

namespace WellbeingKit.ML;

/// <summary>A loaded model file (the linear model and its metadata), safe to share between threads.</summary>
internal sealed class ModelRunner
{
    private readonly Dictionary<string, float>? _valence;

    private ModelRunner(LinearTextModel model, ModelMetadata metadata, Dictionary<string, float>? valence)
    {
        Model = model;
        Metadata = metadata;
        _valence = valence;
    }

    /// <summary>The linear model.</summary>
    public LinearTextModel Model { get; }

    /// <summary>The model's metadata (labels, thresholds).</summary>
    public ModelMetadata Metadata { get; }

    /// <summary>Loads a model file from a stream.</summary>
    /// <param name="stream">The content.</param>
    /// <param name="source">Where it came from, for error messages.</param>
    /// <param name="expectedKind">The kind the caller needs (<c>emotion</c> or <c>risk</c>).</param>
    /// <returns>The runner.</returns>
    public static ModelRunner Load(Stream stream, string source, string expectedKind)
    {
        var (model, metadata, valence) = ModelArchive.Load(stream, source);
        if (!string.Equals(metadata.Kind, expectedKind, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{source}: this is a '{metadata.Kind}' model; a '{expectedKind}' model is needed.");
        }

        return new ModelRunner(model, metadata, valence);
    }

    /// <summary>Loads a model file from disk.</summary>
    /// <param name="path">The file.</param>
    /// <param name="expectedKind">The kind the caller needs.</param>
    /// <returns>The runner.</returns>
    public static ModelRunner LoadFile(string path, string expectedKind)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: model file not found.", path);
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path, expectedKind);
    }

    /// <summary>Loads a model shipped as an embedded resource of this assembly.</summary>
    /// <param name="resourceName">The file name under <c>Models/</c> (for example <c>emotion.zip</c>).</param>
    /// <param name="expectedKind">The kind the caller needs.</param>
    /// <returns>The runner.</returns>
    public static ModelRunner LoadEmbedded(string resourceName, string expectedKind)
    {
        var name = "WellbeingKit.ML.Models." + resourceName;
        using var stream = typeof(ModelRunner).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded model '{name}' is missing from {typeof(ModelRunner).Assembly.GetName().Name}.");
        return Load(stream, name, expectedKind);
    }

    /// <summary>True when this assembly ships the model <paramref name="resourceName"/>.</summary>
    /// <param name="resourceName">The file name under <c>Models/</c>.</param>
    /// <returns>Whether it is embedded.</returns>
    public static bool HasEmbedded(string resourceName) =>
        typeof(ModelRunner).Assembly.GetManifestResourceInfo("WellbeingKit.ML.Models." + resourceName) is not null;

    /// <summary>A thread-safe lazy loader: the model file at <paramref name="path"/>, or the embedded <paramref name="resourceName"/> when null.</summary>
    /// <param name="path">A model file, or null for the shipped model.</param>
    /// <param name="resourceName">The shipped model's file name under <c>Models/</c>.</param>
    /// <param name="expectedKind">The kind the caller needs.</param>
    /// <returns>The lazy runner; it loads once, on first use.</returns>
    public static Lazy<ModelRunner> CreateLazy(string? path, string resourceName, string expectedKind) => new(
        () => path is null ? LoadEmbedded(resourceName, expectedKind) : LoadFile(path, expectedKind),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Scores one text (thread-safe).</summary>
    /// <param name="text">The raw text.</param>
    /// <returns>The probabilities, in label order.</returns>
    public float[] Predict(ReadOnlySpan<char> text) => Model.Predict(text, _valence);

    /// <summary>Scores one text into <paramref name="probabilities"/> (thread-safe, allocation-free).</summary>
    /// <param name="text">The raw text.</param>
    /// <param name="probabilities">Receives the probabilities, in label order (room for <see cref="LinearTextModel.HeadCount"/>).</param>
    public void Predict(ReadOnlySpan<char> text, Span<float> probabilities) => Model.Predict(text, _valence, probabilities);

    /// <summary>Scores many texts (thread-safe; uses every core).</summary>
    /// <param name="texts">The raw texts.</param>
    /// <returns>The probabilities of each text, in order.</returns>
    public float[][] PredictBatch(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        Parallel.For(0, texts.Count, i => result[i] = Predict(texts[i]));
        return result;
    }
}
