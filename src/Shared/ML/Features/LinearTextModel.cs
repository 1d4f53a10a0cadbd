using System.Text;

namespace WellbeingKit.ML.Features;

/// <summary>
/// A WellbeingKit model at run time: the <see cref="TextVectorizer"/> and the linear heads trained on its vectors,
/// scored together in one pass over the message's non-zero features. No ML.NET code runs here, so a prediction costs
/// microseconds and allocates only its result. Thread-safe.
/// </summary>
internal sealed class LinearTextModel
{
    private const string Magic = "WBK-LINEAR";
    private const int Version = 1;

    /// <summary>The weights, feature-major: the <see cref="HeadCount"/> weights of feature f start at f × <see cref="HeadCount"/>.</summary>
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly float[] _slope;
    private readonly float[] _offset;

    /// <summary>This thread's buffers: shared by every model (a prediction never runs inside another on one thread), no lock.</summary>
    [ThreadStatic]
    private static VectorScratch? t_scratch;

    /// <summary>Creates a model from a vectorizer and its trained heads.</summary>
    /// <param name="vectorizer">The vectorizer.</param>
    /// <param name="heads">The heads, in output order; each has one weight per feature of <paramref name="vectorizer"/>.</param>
    public LinearTextModel(TextVectorizer vectorizer, IReadOnlyList<LinearHead> heads)
    {
        ArgumentNullException.ThrowIfNull(vectorizer);
        ArgumentNullException.ThrowIfNull(heads);
        if (heads.Count == 0)
        {
            throw new ArgumentException("a model needs at least one head.", nameof(heads));
        }

        Vectorizer = vectorizer;
        HeadCount = heads.Count;
        var dimension = vectorizer.Dimension;
        _weights = new float[dimension * HeadCount];
        _bias = new float[HeadCount];
        _slope = new float[HeadCount];
        _offset = new float[HeadCount];
        for (var h = 0; h < HeadCount; h++)
        {
            var head = heads[h];
            if (head.Weights.Length != dimension)
            {
                throw new ArgumentException($"head {h} has {head.Weights.Length} weights for {dimension} features.", nameof(heads));
            }

            for (var f = 0; f < dimension; f++)
            {
                _weights[(f * HeadCount) + h] = head.Weights[f];
            }

            _bias[h] = head.Bias;
            _slope[h] = head.Slope;
            _offset[h] = head.Offset;
        }
    }

    private LinearTextModel(TextVectorizer vectorizer, int heads, float[] weights, float[] bias, float[] slope, float[] offset)
    {
        Vectorizer = vectorizer;
        HeadCount = heads;
        _weights = weights;
        _bias = bias;
        _slope = slope;
        _offset = offset;
    }

    /// <summary>The vectorizer.</summary>
    public TextVectorizer Vectorizer { get; }

    /// <summary>The number of heads (outputs).</summary>
    public int HeadCount { get; }

    /// <summary>Scores one text (thread-safe).</summary>
    /// <param name="text">The raw text.</param>
    /// <param name="valence">The word-valence lexicon the model was trained with, or null.</param>
    /// <returns>One probability per head.</returns>
    public float[] Predict(ReadOnlySpan<char> text, Dictionary<string, float>? valence)
    {
        var probabilities = new float[HeadCount];
        Predict(text, valence, probabilities);
        return probabilities;
    }

    /// <summary>Scores one text into <paramref name="probabilities"/> (thread-safe).</summary>
    /// <param name="text">The raw text.</param>
    /// <param name="valence">The word-valence lexicon the model was trained with, or null.</param>
    /// <param name="probabilities">Receives one probability per head.</param>
    public void Predict(ReadOnlySpan<char> text, Dictionary<string, float>? valence, Span<float> probabilities)
    {
        if (probabilities.Length < HeadCount)
        {
            throw new ArgumentException($"room for {HeadCount} probabilities is needed.", nameof(probabilities));
        }

        var scratch = t_scratch ??= new VectorScratch();
        Vectorizer.Vectorize(text, valence, scratch);
        Score(scratch.Indices.AsSpan(0, scratch.Count), scratch.Values.AsSpan(0, scratch.Count), probabilities);
    }

    /// <summary>Scores a vector that is already computed.</summary>
    /// <param name="indices">The non-zero features.</param>
    /// <param name="values">Their values.</param>
    /// <param name="probabilities">Receives one probability per head.</param>
    public void Score(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> probabilities)
    {
        var heads = HeadCount;
        Span<float> sums = heads <= 256 ? stackalloc float[heads] : new float[heads];
        sums.Clear();
        var weights = _weights.AsSpan();
        for (var k = 0; k < indices.Length; k++)
        {
            var row = weights.Slice(indices[k] * heads, heads);
            var v = values[k];
            for (var h = 0; h < row.Length; h++)
            {
                sums[h] += v * row[h];
            }
        }

        for (var h = 0; h < heads; h++)
        {
            var score = sums[h] + _bias[h];
            probabilities[h] = 1f / (1f + MathF.Exp((_slope[h] * score) + _offset[h]));
        }
    }

    /// <summary>Writes the model (vocabulary, IDF weights, heads) in a compact binary form; the same model always gives the same bytes.</summary>
    /// <param name="stream">The destination.</param>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        var v = Vectorizer;
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(v.Settings.WordNgramLength);
        writer.Write(v.Settings.CharNgramLength);
        writer.Write(v.Settings.KeepDiacritics);
        writer.Write(v.WordCount);
        foreach (var word in v.Words)
        {
            writer.Write(word);
        }

        writer.Write(v.CharCount);
        foreach (var key in v.Chars)
        {
            writer.Write(key);
        }

        foreach (var idf in v.Idf)
        {
            writer.Write(idf);
        }

        writer.Write(HeadCount);
        WriteFloats(writer, _bias);
        WriteFloats(writer, _slope);
        WriteFloats(writer, _offset);
        WriteFloats(writer, _weights);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <param name="stream">The source.</param>
    /// <param name="source">Where it came from, for error messages.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The content is not a model of this format.</exception>
    public static LinearTextModel Read(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException($"{source}: not a WellbeingKit linear model.");
            }

            var version = reader.ReadInt32();
            if (version != Version)
            {
                throw new InvalidDataException($"{source}: linear model version {version}; this WellbeingKit reads version {Version}.");
            }

            var settings = new FeatureSettings
            {
                WordNgramLength = reader.ReadInt32(),
                CharNgramLength = reader.ReadInt32(),
                KeepDiacritics = reader.ReadBoolean(),
            };
            var words = new string[Fits(stream, Count(reader.ReadInt32(), 10_000_000, "word n-grams", source), 2)];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = reader.ReadString();
            }

            var chars = new ulong[Fits(stream, Count(reader.ReadInt32(), 10_000_000, "character n-grams", source), sizeof(ulong))];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = reader.ReadUInt64();
            }

            var idf = ReadFloats(reader, words.Length + chars.Length);
            var vectorizer = new TextVectorizer(settings, words, chars, idf);
            var heads = Count(reader.ReadInt32(), 4096, "heads", source);
            if (heads == 0)
            {
                throw new InvalidDataException($"{source}: the model has no head.");
            }

            var bias = ReadFloats(reader, heads);
            var slope = ReadFloats(reader, heads);
            var offset = ReadFloats(reader, heads);
            var weights = ReadFloats(reader, (long)vectorizer.Dimension * heads);
            if (stream.CanSeek && stream.Position != stream.Length)
            {
                throw new InvalidDataException($"{source}: unexpected bytes after the model.");
            }

            return new LinearTextModel(vectorizer, heads, weights, bias, slope, offset);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{source}: the model is truncated.", e);
        }
        catch (InvalidDataException e) when (!e.Message.StartsWith(source, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{source}: {e.Message}", e);
        }
    }

    /// <summary><paramref name="count"/> when the rest of the stream can hold that many items of at least <paramref name="bytesEach"/> bytes.</summary>
    private static int Fits(Stream stream, int count, int bytesEach) =>
        !stream.CanSeek || (long)count * bytesEach <= stream.Length - stream.Position ? count : throw new EndOfStreamException();

    private static int Count(int value, int max, string what, string source) => value >= 0 && value <= max
        ? value
        : throw new InvalidDataException($"{source}: {value} {what} is out of range (0–{max}).");

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        // The file is little-endian, as every platform .NET runs on.
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("WellbeingKit model files need a little-endian machine.");
        }

        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static float[] ReadFloats(BinaryReader reader, long count)
    {
        // A count the rest of the file cannot hold is a damaged file: say so before allocating for it.
        var stream = reader.BaseStream;
        if (count > int.MaxValue / sizeof(float) || (stream.CanSeek && count * sizeof(float) > stream.Length - stream.Position))
        {
            throw new EndOfStreamException();
        }

        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("WellbeingKit model files need a little-endian machine.");
        }

        var values = new float[count];
        stream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
