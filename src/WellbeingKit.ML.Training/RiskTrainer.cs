using System.Globalization;
using Microsoft.ML;
using WellbeingKit.ML.Features;
using WellbeingKit.ML.ModelFiles;
using WellbeingKit.Risk;

namespace WellbeingKit.ML.Training;

/// <summary>Trains the crisis classifier: a binary crisis head and one-vs-rest category heads over shared n-gram features.</summary>
public static class RiskTrainer
{
    /// <summary>The category heads, in order.</summary>
    internal static IReadOnlyList<RiskCategory> Categories { get; } =
        [RiskCategory.SuicidalIdeation, RiskCategory.SelfHarm, RiskCategory.AbuseOrViolence, RiskCategory.HarmToOthers];

    /// <summary>Trains and saves the model.</summary>
    /// <param name="options">What to train.</param>
    /// <param name="log">Receives progress lines.</param>
    /// <returns>A summary.</returns>
    public static RiskTrainingResult Train(RiskTrainingOptions options, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var corpus = ReadCorpus(options.CrisisPath);
        if (options.Language is { } language)
        {
            corpus = corpus.Where(c => string.Equals(c.Language, language, StringComparison.Ordinal)).ToList();
            if (corpus.Count == 0)
            {
                throw new InvalidDataException($"{options.CrisisPath}: no corpus line has the language '{language}'.");
            }
        }

        corpus.AddRange(options.CrisisPosts.Where(p => p.Trim().Length > 0).Select(p => new CrisisExample(true, RiskCategory.SuicidalIdeation, "en", p.Trim())));

        List<string> everyday;
        var calibration = new List<string>();
        if (options.EverydayLinesPath is { } linesPath)
        {
            if (!File.Exists(linesPath))
            {
                throw new FileNotFoundException($"{linesPath}: everyday text file not found.", linesPath);
            }

            everyday = [];
            var number = 0;
            foreach (var line in File.ReadLines(linesPath))
            {
                number++;
                if (DataSplit.IsHeldOut(number) || line.Trim().Length == 0)
                {
                    continue; // the held-out part is never trained or calibrated on
                }

                (DataSplit.IsCalibration(number) ? calibration : everyday).Add(line);
            }
        }
        else
        {
            var rows = GoEmotionsData.ReadTsv(Path.Combine(options.EverydayDirectory ?? throw new InvalidDataException("--everyday: a GoEmotions folder or an everyday lines file is needed."), "train.tsv"), GoEmotionsData.Labels.Count)
                .Select(e => e.Text).ToList();
            everyday = [];
            for (var i = 0; i < rows.Count; i++)
            {
                // The same fixed split as for every tuned set: held-out rows are never read, calibration rows set the thresholds.
                if (!DataSplit.IsHeldOut(i + 1))
                {
                    (DataSplit.IsCalibration(i + 1) ? calibration : everyday).Add(rows[i]);
                }
            }
        }

        if (options.MaxEverydayRows is { } max && max < everyday.Count)
        {
            everyday = everyday.Take(max).ToList();
        }

        // The corpus comes first: the n-gram vocabularies keep the first n-grams seen, and the corpus holds the non-English text.
        var texts = corpus.Select(c => c.Text).Concat(everyday).ToList();
        var crisis = corpus.Select(c => c.Crisis).Concat(everyday.Select(_ => false)).ToArray();
        var weights = corpus.Select(_ => options.CorpusWeight).Concat(everyday.Select(_ => 1f)).ToArray();

        var ml = new MLContext(options.Seed);
        log($"featurizing {texts.Count} lines ({corpus.Count} corpus, {everyday.Count} everyday)");
        var vectorizer = VocabularyBuilder.Build(texts, options.Features);
        var dimension = vectorizer.Dimension;
        var vectors = BinaryHeads.Vectorize(vectorizer, texts, null);
        log($"{dimension} features");
        var heads = new List<ITransformer> { BinaryHeads.Train(ml, vectors, dimension, crisis, weights, options.Heads) };
        var positives = corpus.Where(c => c.Crisis).ToList();
        var positiveVectors = vectors.Take(corpus.Count).Where((_, i) => corpus[i].Crisis).ToArray();
        foreach (var category in Categories)
        {
            var y = positives.Select(p => p.Category == category).ToArray();
            heads.Add(BinaryHeads.Train(ml, positiveVectors, dimension, y, null, options.Heads with { PositiveWeightPower = 0 }));
            log($"trained category head {category} ({y.Count(b => b)} positives)");
        }

        var model = new LinearTextModel(vectorizer, heads.Select(h => BinaryHeads.Extract(h, dimension)).ToList());
        BinaryHeads.Verify(ml, heads, model, texts, null);
        var corpusScores = corpus.Select(c => model.Predict(c.Text, null)).ToArray();
        var (low, moderate, high) = (options.LowThreshold, options.ModerateThreshold, options.HighThreshold);
        if (calibration.Count > 0)
        {
            // Calibration: raise the thresholds until at most CalibrationAlarmRate of the calibration rows (everyday text
            // the heads never saw) reach Moderate, and at most a third of that reach Low... keeping the trained order.
            var scores = calibration.Select(t => model.Predict(t, null)[0]).Order().ToArray();
            moderate = Math.Max(moderate, Quantile(scores, 1 - options.CalibrationAlarmRate));
            low = Math.Max(low, Quantile(scores, 0.97));
            high = Math.Max(high, Math.Min(0.97f, moderate + 0.1f));
            low = Math.Min(low, moderate - 0.01f);
            log($"calibrated on {calibration.Count} everyday lines: low {low:0.000}, moderate {moderate:0.000}, high {high:0.000}");
        }

        var recall = Rate(corpus, corpusScores, true, moderate);
        var alarms = Rate(corpus, corpusScores, false, moderate);
        var metadata = new ModelMetadata
        {
            Kind = "risk",
            Labels = ["crisis", .. Categories.Select(c => c.ToString())],
            Thresholds = [moderate, .. Categories.Select(_ => 0.5f)],
            LowThreshold = low,
            ModerateThreshold = moderate,
            HighThreshold = high,
            Categories = Categories.Select(c => c.ToString()).ToArray(),
            Training = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["data"] = options.EverydayLinesPath is null
                    ? options.CrisisPosts.Count == 0
                        ? "GoEmotions train.tsv as everyday text + the WellbeingKit crisis corpus (never SDCNL)"
                        : "GoEmotions train.tsv as everyday text + the WellbeingKit crisis corpus + the crisis posts of the SDCNL tuning part (its held-out part never read)"
                    : $"{Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(options.EverydayLinesPath)))}/{Path.GetFileName(options.EverydayLinesPath)} tuning part (UMSAB everyday tweets; held-out part never read) + the WellbeingKit crisis corpus ({options.Language ?? "all languages"})",
                ["language"] = options.Language ?? "all",
                ["calibration_rows"] = calibration.Count.ToString(CultureInfo.InvariantCulture),
                ["calibration_alarm_rate"] = options.CalibrationAlarmRate.ToString(CultureInfo.InvariantCulture),
                ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
                ["everyday_rows"] = everyday.Count.ToString(CultureInfo.InvariantCulture),
                ["crisis_posts"] = options.CrisisPosts.Count.ToString(CultureInfo.InvariantCulture),
                ["corpus_positive"] = positives.Count.ToString(CultureInfo.InvariantCulture),
                ["corpus_negative"] = (corpus.Count - positives.Count).ToString(CultureInfo.InvariantCulture),
                ["features"] = dimension.ToString(CultureInfo.InvariantCulture),
                ["heads"] = $"{options.Heads.Trainer} logistic regression, L2={options.Heads.L2.ToString(CultureInfo.InvariantCulture)}, iterations={options.Heads.Iterations}, corpus weight={options.CorpusWeight.ToString(CultureInfo.InvariantCulture)}",
            },
        };
        ModelArchiveWriter.Save(model, metadata, null, options.OutputPath);
        log($"wrote {options.OutputPath}");
        return new RiskTrainingResult(everyday.Count, positives.Count, corpus.Count - positives.Count, dimension, recall, alarms);
    }

    /// <summary>Reads the crisis corpus: one file, or every <c>*.tsv</c> in a folder (ordinal name order).</summary>
    /// <param name="path">The file or folder.</param>
    /// <returns>The examples, in a deterministic order.</returns>
    internal static List<CrisisExample> ReadCorpus(string path)
    {
        string[] files;
        if (Directory.Exists(path))
        {
            files = Directory.GetFiles(path, "*.tsv").OrderBy(f => f, StringComparer.Ordinal).ToArray();
            if (files.Length == 0)
            {
                throw new FileNotFoundException($"{path}: no .tsv file in the crisis corpus folder.");
            }
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            throw new FileNotFoundException($"{path}: crisis corpus not found.", path);
        }

        var result = new List<CrisisExample>();
        foreach (var file in files)
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var parts = line.Split('\t', 4);
                if (parts.Length != 4 || parts[3].Trim().Length == 0)
                {
                    throw new InvalidDataException($"{file}:{lineNumber}: expected 'label<TAB>category<TAB>lang<TAB>text'.");
                }

                var crisis = parts[0] switch
                {
                    "1" => true,
                    "0" => false,
                    _ => throw new InvalidDataException($"{file}:{lineNumber}: label must be 1 (crisis) or 0, found '{parts[0]}'."),
                };
                RiskCategory? category = parts[1] switch
                {
                    "suicidal-ideation" => RiskCategory.SuicidalIdeation,
                    "self-harm" => RiskCategory.SelfHarm,
                    "abuse" => RiskCategory.AbuseOrViolence,
                    "harm-to-others" => RiskCategory.HarmToOthers,
                    "none" or "-" => null,
                    _ => throw new InvalidDataException($"{file}:{lineNumber}: unknown category '{parts[1]}' (suicidal-ideation, self-harm, abuse, harm-to-others, none)."),
                };
                if (crisis && category is null)
                {
                    throw new InvalidDataException($"{file}:{lineNumber}: a crisis line (label 1) needs a category.");
                }

                result.Add(new CrisisExample(crisis, crisis ? category : null, parts[2], parts[3].Trim()));
            }
        }

        return result;
    }

    private static float Quantile(float[] sorted, double q) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)] + 1e-4f;

    private static double Rate(List<CrisisExample> corpus, float[][] scores, bool crisis, float threshold)
    {
        var rows = corpus.Select((c, i) => (c, s: scores[i][0])).Where(x => x.c.Crisis == crisis).ToList();
        return rows.Count == 0 ? 0 : rows.Count(x => x.s >= threshold) / (double)rows.Count;
    }
}
