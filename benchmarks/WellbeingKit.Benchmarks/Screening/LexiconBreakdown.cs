using System.Diagnostics;
using System.Globalization;
using WellbeingKit.Benchmarks.Tools;
using WellbeingKit.Content.Yaml;
using WellbeingKit.Risk;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Benchmarks.Screening;

/// <summary>
/// Where the lexicon detector's time goes on a 2,000-character message: folding the text, the automaton pass, and the
/// one-letter-misspelling look-ups, each timed alone (CPU time) over the default pack's lexicons.
/// Run: <c>dotnet run -c Release --project benchmarks/WellbeingKit.Benchmarks -- lexicon-breakdown</c>.
/// </summary>
internal static class LexiconBreakdown
{
    public static void Run()
    {
        var compiled = CompiledLexicon.Build(ContentPackLoader.LoadDefault().Lexicons.Values);
        foreach (var locale in new[] { "en", "ar" })
        {
            var text = SampleText.Of(locale, 2000);
            var normalized = new NormalizedText();
            TextNormalizer.Normalize(text, normalized);
            var normalize = PerCall(() => TextNormalizer.Normalize(text, normalized));
            var matches = 0;
            var scan = PerCall(() =>
            {
                var sink = new CountingSink();
                compiled.Automaton.Scan(normalized.Chars.AsSpan(0, normalized.Length), ref sink);
                matches = sink.Count;
            });
            var scratch = MatcherScratch.Current;
            TextNormalizer.Normalize(text, scratch.Text);
            var kept = 0;
            var boundaries = PerCall(() =>
            {
                scratch.HitCount = 0;
                var sink = new BoundarySink(compiled, scratch);
                compiled.Automaton.Scan(scratch.Text.Chars.AsSpan(0, scratch.Text.Length), ref sink);
                kept = scratch.HitCount;
            });
            var candidates = 0;
            var fuzzy = PerCall(() => candidates = Fuzzy(compiled, normalized));
            var level = RiskLevel.None;
            var screen = PerCall(() => level = LexiconScreening.Screen(compiled, text, collectEvidence: true).Level);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lexicon breakdown {locale} 2000 chars ({normalized.Length} folded chars; {matches} raw automaton matches, {kept} on word boundaries; {candidates} words reach the misspelling look-up; {compiled.Automaton.StateCount} states x {compiled.Automaton.ClassCount} classes): "
                + $"fold {normalize:0.0} µs, automaton {scan:0.0} µs (with the word-boundary checks {boundaries:0.0} µs), misspellings {fuzzy:0.0} µs; the whole screening {screen:0.0} µs = {2000 / screen:0} M chars/s, level {level} (CPU time per call)"));
        }
    }

    private static int Fuzzy(CompiledLexicon compiled, NormalizedText text)
    {
        for (var w = 0; w < text.LongWordCount; w++)
        {
            var start = text.LongWords[2 * w];
            compiled.TryFuzzy(text.Chars.AsSpan(start, text.LongWords[(2 * w) + 1] - start + 1), out _);
        }

        return text.LongWordCount;
    }

    /// <summary>CPU time per call: warmed up for half a second and until the JIT is quiet, then the best of five rounds.</summary>
    private static double PerCall(Action action)
    {
        var warmUp = Stopwatch.StartNew();
        while (warmUp.ElapsedMilliseconds < 500)
        {
            action();
        }

        // The tiered JIT recompiles what start-up (the pack's compilation) made hot on a background thread: the process CPU
        // time below would count it.
        JitQuiet.Wait();

        const int Calls = 20_000;
        var best = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < 5; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            for (var i = 0; i < Calls; i++)
            {
                action();
            }

            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - cpu).TotalMicroseconds / Calls);
        }

        return best;
    }

    private struct CountingSink : IMatchSink
    {
        public int Count;

        public void OnMatch(int end, int value) => Count++;
    }
}
