using System.Diagnostics;
using WellbeingKit.Risk;

namespace WellbeingKit.Evaluation;

/// <summary>
/// Runs an <see cref="IRiskDetector"/> over labelled messages and measures it. The entry point for researchers:
/// <code>
/// var data = RiskDataSet.Read("labelled.csv");
/// var result = await RiskEvaluator.EvaluateAsync(new MyDetector(), data);
/// Console.WriteLine(result.Metrics.Recall);
/// File.WriteAllText("metrics.json", result.ToJson());
/// </code>
/// </summary>
public static class RiskEvaluator
{
    /// <summary>Screens every row's text with <paramref name="detector"/>, one call at a time and each call timed (after an untimed warm-up: one call, and for the kit's <see cref="RiskScreener"/> its own detectors loaded first, as a host does at start), and computes the metrics.</summary>
    /// <param name="detector">The detector to measure.</param>
    /// <param name="data">The labelled messages.</param>
    /// <param name="options">The threshold, locale and grouping; the defaults when null.</param>
    /// <param name="progress">Told the number of rows done after each row; none when null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The assessments and the metrics.</returns>
    /// <exception cref="EvaluationInputException">A grouping, locale or history column is missing; the message lists the columns.</exception>
    public static async Task<RiskEvaluationResult> EvaluateAsync(IRiskDetector detector, RiskDataSet data, RiskEvaluationOptions? options = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(data);
        options ??= new RiskEvaluationOptions();
        foreach (var column in options.GroupBy)
        {
            data.Require(column, "a grouping column");
        }

        Func<int, string?> localeOf = _ => options.Locale;
        if (options.LocaleColumn is { } localeColumn)
        {
            var index = data.Require(localeColumn, "the locale column");
            localeOf = i => data.Rows[i][index] is { Length: > 0 } value ? value : options.Locale;
        }

        Func<int, IReadOnlyList<string>> historyOf = _ => [];
        if (options.HistoryColumn is { } historyColumn)
        {
            var index = data.Require(historyColumn, "the history column");
            historyOf = i => data.Rows[i][index].Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        var assessments = new RiskAssessment[data.Count];
        var ticks = new long[data.Count];
        if (data.Count > 0)
        {
            // Warm-up (loads and compiles lexicons or models), outside the measurement.
            var warmUp = new RiskScreeningRequest(data.Texts[0]) { Locale = localeOf(0) };
            if (detector is RiskScreener screener)
            {
                // The screener's time budget would count a large lexicon's first load as escalations: load its own detectors first, as a host does at start.
                await screener.LoadDetectorsAsync(warmUp.Locale, cancellationToken).ConfigureAwait(false);
            }

            await detector.AssessAsync(warmUp, cancellationToken).ConfigureAwait(false);
        }

        var total = Stopwatch.GetTimestamp();
        for (var i = 0; i < data.Count; i++)
        {
            var request = new RiskScreeningRequest(data.Texts[i]) { Locale = localeOf(i), History = historyOf(i) };
            var start = Stopwatch.GetTimestamp();
            assessments[i] = await detector.AssessAsync(request, cancellationToken).ConfigureAwait(false);
            ticks[i] = Stopwatch.GetTimestamp() - start;
            progress?.Report(i + 1);
        }

        var totalTicks = Stopwatch.GetTimestamp() - total;
        var micros = ticks.Select(t => t * 1_000_000.0 / Stopwatch.Frequency).Order().ToArray();
        var seconds = (double)totalTicks / Stopwatch.Frequency;
        return new RiskEvaluationResult(
            detector.Name,
            data,
            options.Threshold,
            assessments,
            Percentile(micros, 0.50),
            Percentile(micros, 0.99),
            seconds > 0 ? data.Count / seconds : 0,
            options.GroupBy);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
