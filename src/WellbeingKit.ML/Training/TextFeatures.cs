using System.Globalization;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace WellbeingKit.ML.Training;

/// <summary>The input row every model reads: the prepared text and a few dense lexical features.</summary>
internal sealed class TextInput
{
    /// <summary>The number of dense features in <see cref="Extra"/>.</summary>
    public const int ExtraCount = 8;

    /// <summary>The text after <see cref="TextFeatures.Prepare"/>.</summary>
    public string Text { get; set; } = "";

    /// <summary>Dense features (punctuation, capitals, length, lexicon valence).</summary>
    [VectorType(ExtraCount)]
    public float[] Extra { get; set; } = new float[ExtraCount];
}

/// <summary>How text becomes features: n-gram sizes and vocabulary limits.</summary>
internal sealed record FeatureSettings
{
    /// <summary>Longest word n-gram (all lengths from 1 are used).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Vocabulary limit per word n-gram length.</summary>
    public int[] WordNgramLimits { get; init; } = [20_000, 20_000];

    /// <summary>Longest character n-gram (all lengths from 1 are used).</summary>
    public int CharNgramLength { get; init; } = 4;

    /// <summary>Vocabulary limit per character n-gram length.</summary>
    public int[] CharNgramLimits { get; init; } = [300, 3_000, 15_000, 30_000];

    /// <summary>Whether to keep diacritics (é stays é); false folds them away.</summary>
    public bool KeepDiacritics { get; init; }
}

/// <summary>Text preparation and the ML.NET featurizing pipeline shared by the emotion and risk models.</summary>
internal static class TextFeatures
{
    /// <summary>Prepares a message for featurizing: URLs become a token, long letter runs shrink to two, punctuation is split off.</summary>
    /// <param name="text">The raw message.</param>
    /// <returns>The prepared text.</returns>
    public static string Prepare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 16);
        var run = 0;
        var previous = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == 'h' && string.CompareOrdinal(text, i, "http", 0, 4) == 0)
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                sb.Append(" _url_ ");
                previous = ' ';
                run = 0;
                continue;
            }

            run = char.ToLowerInvariant(c) == char.ToLowerInvariant(previous) ? run + 1 : 1;
            previous = c;
            if (run > 2 && char.IsLetter(c))
            {
                continue;
            }

            if (IsSplitPunctuation(c))
            {
                if (run > 3)
                {
                    continue;
                }

                sb.Append(' ').Append(c).Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Builds the input row for <paramref name="text"/>.</summary>
    /// <param name="text">The raw message.</param>
    /// <param name="valence">A word-valence lexicon (VADER-style, −4..+4), or null.</param>
    /// <returns>The row.</returns>
    public static TextInput ToInput(string text, IReadOnlyDictionary<string, float>? valence)
    {
        var input = new TextInput { Text = Prepare(text) };
        FillExtra(text, valence, input.Extra);
        return input;
    }

    /// <summary>Computes the dense features of <paramref name="text"/>.</summary>
    /// <param name="text">The raw message.</param>
    /// <param name="valence">A word-valence lexicon, or null (its features are then zero).</param>
    /// <param name="extra">Receives <see cref="TextInput.ExtraCount"/> values.</param>
    public static void FillExtra(string text, IReadOnlyDictionary<string, float>? valence, float[] extra)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(extra);
        Array.Clear(extra);
        int questions = 0, exclamations = 0, words = 0, capsWords = 0;
        float positive = 0, negative = 0, strongest = 0;
        foreach (var c in text)
        {
            if (c == '?')
            {
                questions++;
            }
            else if (c == '!')
            {
                exclamations++;
            }
        }

        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(TrimChars);
            if (word.Length == 0)
            {
                continue;
            }

            words++;
            if (word.Length > 1 && word.All(ch => !char.IsLetter(ch) || char.IsUpper(ch)) && word.Any(char.IsLetter))
            {
                capsWords++;
            }

            if (valence is not null && valence.TryGetValue(word.ToLower(CultureInfo.InvariantCulture), out var v))
            {
                if (v > 0)
                {
                    positive += v;
                }
                else
                {
                    negative -= v;
                }

                if (Math.Abs(v) > Math.Abs(strongest))
                {
                    strongest = v;
                }
            }
        }

        extra[0] = Math.Min(questions, 3) / 3f;
        extra[1] = Math.Min(exclamations, 3) / 3f;
        extra[2] = words == 0 ? 0 : (float)capsWords / words;
        extra[3] = MathF.Log(1 + words) / 5f;
        extra[4] = positive / (positive + 4f);
        extra[5] = negative / (negative + 4f);
        extra[6] = strongest / 4f;
        extra[7] = (positive - negative) / MathF.Sqrt(((positive - negative) * (positive - negative)) + 15f);
    }

    /// <summary>The featurizing estimator: normalized word and character n-grams (TF-IDF, L2) concatenated with the dense features.</summary>
    /// <param name="ml">The context.</param>
    /// <param name="settings">The n-gram settings.</param>
    /// <returns>An estimator writing a <c>Features</c> column.</returns>
    public static IEstimator<ITransformer> CreateEstimator(MLContext ml, FeatureSettings settings)
    {
        var options = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = settings.KeepDiacritics,
            KeepPunctuations = true,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            WordFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = settings.WordNgramLength,
                UseAllLengths = true,
                MaximumNgramsCount = settings.WordNgramLimits,
                Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
            },
            CharFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = settings.CharNgramLength,
                UseAllLengths = true,
                MaximumNgramsCount = settings.CharNgramLimits,
                Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
            },
        };
        return ml.Transforms.Text.FeaturizeText("TextFeatures", options, nameof(TextInput.Text))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", nameof(TextInput.Extra)));
    }

    private static readonly char[] TrimChars = ['.', ',', '!', '?', ';', ':', '"', '\'', '(', ')', '*', '[', ']'];

    private static bool IsSplitPunctuation(char c) => c is '!' or '?' or '.' or ',' or ';' or ':' or '"' or '(' or ')' or '*' or '…' or '¿' or '¡' or '؟' or '،';
}
