using System.Collections.Concurrent;
using Microsoft.ML;
using WellbeingKit.ML.Training;

namespace WellbeingKit.ML;

/// <summary>The output row of every WellbeingKit model: one probability per head.</summary>
internal sealed class ProbabilityOutput
{
    /// <summary>The probabilities, in the order of the model's labels.</summary>
    public float[] Probabilities { get; set; } = [];
}

/// <summary>
/// A loaded model file, safe to share between threads: single predictions borrow a <see cref="PredictionEngine{TSrc, TDst}"/>
/// from a pool (an engine is not thread-safe), batches go through <see cref="ITransformer.Transform"/>.
/// </summary>
internal sealed class ModelRunner
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<TextInput, ProbabilityOutput>> _engines = [];
    private readonly IReadOnlyDictionary<string, float>? _valence;

    private ModelRunner(MLContext ml, ITransformer model, ModelMetadata metadata, IReadOnlyDictionary<string, float>? valence)
    {
        _ml = ml;
        _model = model;
        Metadata = metadata;
        _valence = valence;
    }

    /// <summary>The model's metadata (labels, thresholds).</summary>
    public ModelMetadata Metadata { get; }

    /// <summary>Loads a model file from a stream.</summary>
    /// <param name="stream">The content.</param>
    /// <param name="source">Where it came from, for error messages.</param>
    /// <param name="expectedKind">The kind the caller needs (<c>emotion</c> or <c>risk</c>).</param>
    /// <returns>The runner.</returns>
    public static ModelRunner Load(Stream stream, string source, string expectedKind)
    {
        var ml = new MLContext(seed: 1);
        var (model, metadata, valence) = ModelArchive.Load(ml, stream, source);
        if (!string.Equals(metadata.Kind, expectedKind, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{source}: this is a '{metadata.Kind}' model; a '{expectedKind}' model is needed.");
        }

        return new ModelRunner(ml, model, metadata, valence);
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
    public float[] Predict(string text)
    {
        var input = TextFeatures.ToInput(text, _valence);
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<TextInput, ProbabilityOutput>(_model);
        }

        try
        {
            return (float[])engine.Predict(input).Probabilities.Clone();
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>Scores many texts in one pass (thread-safe).</summary>
    /// <param name="texts">The raw texts.</param>
    /// <returns>The probabilities of each text, in order.</returns>
    public float[][] PredictBatch(IEnumerable<string> texts)
    {
        var view = _ml.Data.LoadFromEnumerable(texts.Select(t => TextFeatures.ToInput(t, _valence)).ToList());
        return BinaryHeads.ReadProbabilities(_model.Transform(view));
    }
}
