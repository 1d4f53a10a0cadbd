using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Benchmarks.Tools;
using WellbeingKit.ML;
using WellbeingKit.ML.Features;
using WellbeingKit.Risk;

namespace WellbeingKit.Benchmarks.Screening;

/// <summary>
/// Where the composite screening's time goes on a file of real messages (the JSON lines <c>compare.sh</c> writes):
/// the lexicon detector, language identification, the ML detector, and inside it the English model's normalization,
/// vectorizing and scoring of the whole text, each timed alone over the whole file (process CPU time, best of five
/// rounds after a warm-up round). Run: <c>$B screen-breakdown --data file.jsonl</c>.
/// </summary>
internal static class ScreenBreakdown
{
    public static int Run(Args args)
    {
        var path = args.String("--data") ?? throw new ArgumentException("screen-breakdown: --data <file.jsonl> is required.");
        if (!File.Exists(path))
        {
            throw new ArgumentException($"screen-breakdown: --data '{path}' does not exist.");
        }

        var rounds = args.Int("--rounds", 5);
        var texts = File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
        using var provider = Kits.Build();
        var detectors = provider.GetServices<IRiskDetector>().ToArray();
        var lexicon = detectors.Single(d => d.Name == "lexicon");
        var ml = detectors.Single(d => d.Name == "ml");
        var composite = provider.GetRequiredService<RiskScreener>();
        var requests = texts.Select(t => new RiskScreeningRequest(t)).ToArray();
        var model = ModelRunner.LoadEmbedded("risk.zip", "risk");
        var scratch = new VectorScratch();
        var probabilities = new float[model.Model.HeadCount];
        var chars = texts.Sum(t => (long)t.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"screen-breakdown: {texts.Length} messages, {chars / (double)texts.Length:0} characters on average; load average {File.ReadAllText("/proc/loadavg").Trim()}"));

        void Stage(string name, Action<int> action)
        {
            var micros = PerMessage(texts.Length, rounds, action);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-44} {micros,8:0.00} µs per message (CPU, best of {rounds})"));
        }

        Stage("composite (RiskScreener)", i => composite.AssessAsync(requests[i]).AsTask().GetAwaiter().GetResult());
        Stage("lexicon detector", i => lexicon.AssessAsync(requests[i]).AsTask().GetAwaiter().GetResult());
        Stage("ML risk detector", i => ml.AssessAsync(requests[i]).AsTask().GetAwaiter().GetResult());
        Stage("language identification (whole text)", i => WellbeingKit.Risk.LanguageIdentifier.Identify(texts[i]));
        Stage("sentence split", i => TextSegments.Split(texts[i]));
        Stage("en model: normalize whole text", i => TextPreparation.Normalize(texts[i], TextPreparation.FoldTable(model.Model.Vectorizer.Settings.KeepDiacritics), scratch));
        Stage("en model: vectorize whole text", i => model.Model.Vectorizer.Vectorize(texts[i], null, scratch));
        Stage("en model: predict whole text", i => model.Model.Predict(texts[i], null, probabilities));
        return 0;
    }

    private static double PerMessage(int count, int rounds, Action<int> action)
    {
        for (var i = 0; i < count; i++)
        {
            action(i);
        }

        JitQuiet.Wait(); // the tiered JIT's background recompilation of what the warm-up made hot is not this stage's time
        var best = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            for (var i = 0; i < count; i++)
            {
                action(i);
            }

            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - cpu).TotalMicroseconds / count);
        }

        return best;
    }
}
