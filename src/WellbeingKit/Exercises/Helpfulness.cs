using WellbeingKit.UserData;

namespace WellbeingKit.Exercises;

/// <summary>Successes and failures (possibly fractional) of a Beta-Bernoulli belief that an exercise helps.</summary>
internal readonly record struct BetaCounts(double Successes, double Failures)
{
    public double Total => Successes + Failures;

    public static BetaCounts operator +(BetaCounts a, BetaCounts b) => new(a.Successes + b.Successes, a.Failures + b.Failures);

    public static BetaCounts operator -(BetaCounts a, BetaCounts b) => new(Math.Max(0, a.Successes - b.Successes), Math.Max(0, a.Failures - b.Failures));

    public BetaCounts Scale(double factor) => new(Successes * factor, Failures * factor);

    /// <summary>These counts, scaled down so that their total is at most <paramref name="cap"/>.</summary>
    public BetaCounts Cap(double cap) => Total > cap && Total > 0 ? Scale(cap / Total) : this;

    /// <summary>What one piece of feedback teaches: rating ≥ helpful is a success, ≤ 2 a failure, 3 half of each; without a rating, abandoned is a mild failure and completed a mild success.</summary>
    public static BetaCounts From(ExerciseFeedback feedback, ExerciseSelectionOptions options)
    {
        if (feedback.Rating is int rating)
        {
            return rating >= options.HelpfulRating ? new(1, 0)
                : rating <= 2 ? new(0, 1)
                : new(0.5, 0.5);
        }

        return feedback.Outcome switch
        {
            ExerciseOutcome.Abandoned => new(0, options.AbandonedFailure),
            ExerciseOutcome.Completed => new(options.CompletedSuccess, 0),
            _ => default,
        };
    }
}

/// <summary>Feedback of all users, summed per exercise and per (exercise, context), at one point in time.</summary>
internal sealed class PopulationStatistics
{
    public static readonly PopulationStatistics Empty = new(new Dictionary<string, BetaCounts>(), new Dictionary<(string, string), BetaCounts>(), DateTimeOffset.MinValue);

    public PopulationStatistics(IReadOnlyDictionary<string, BetaCounts> byExercise, IReadOnlyDictionary<(string Exercise, string Context), BetaCounts> byContext, DateTimeOffset computedAt)
    {
        ByExercise = byExercise;
        ByContext = byContext;
        ComputedAt = computedAt;
    }

    public IReadOnlyDictionary<string, BetaCounts> ByExercise { get; }

    public IReadOnlyDictionary<(string Exercise, string Context), BetaCounts> ByContext { get; }

    public DateTimeOffset ComputedAt { get; }

    public static PopulationStatistics Compute(IEnumerable<ExerciseFeedback> feedback, ExerciseSelectionOptions options, DateTimeOffset at)
    {
        var byExercise = new Dictionary<string, BetaCounts>(StringComparer.Ordinal);
        var byContext = new Dictionary<(string, string), BetaCounts>();
        foreach (var item in feedback)
        {
            var counts = BetaCounts.From(item, options);
            if (counts.Total <= 0)
            {
                continue;
            }

            byExercise[item.ExerciseId] = byExercise.GetValueOrDefault(item.ExerciseId) + counts;
            if (!string.IsNullOrEmpty(item.Context))
            {
                var key = (item.ExerciseId, item.Context.ToLowerInvariant());
                byContext[key] = byContext.GetValueOrDefault(key) + counts;
            }
        }

        return new PopulationStatistics(byExercise, byContext, at);
    }

    /// <summary>
    /// The population's evidence for <paramref name="exerciseId"/> in <paramref name="context"/>: feedback given in that context counts in full,
    /// feedback from other contexts counts half; without a context, all feedback counts in full.
    /// </summary>
    public BetaCounts For(string exerciseId, string? context)
    {
        var all = ByExercise.GetValueOrDefault(exerciseId);
        if (string.IsNullOrEmpty(context))
        {
            return all;
        }

        var inContext = ByContext.GetValueOrDefault((exerciseId, context.ToLowerInvariant()));
        return inContext + (all - inContext).Scale(0.5);
    }
}

/// <summary>Caches <see cref="PopulationStatistics"/> and recomputes them from the store once per refresh interval (one refresher at a time).</summary>
internal sealed class PopulationCache : IDisposable
{
    private readonly IUserDataStore _store;
    private readonly ExerciseSelectionOptions _options;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile PopulationStatistics? _current;

    public PopulationCache(IUserDataStore store, ExerciseSelectionOptions options)
    {
        _store = store;
        _options = options;
    }

    public async ValueTask<PopulationStatistics> GetAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_options.PopulationWeight <= 0)
        {
            return PopulationStatistics.Empty;
        }

        var current = _current;
        if (current is not null && now - current.ComputedAt < _options.PopulationRefreshInterval && now >= current.ComputedAt)
        {
            return current;
        }

        // Someone else is refreshing: use the stale statistics rather than wait, unless there are none yet.
        if (current is not null && !await _refresh.WaitAsync(0, cancellationToken))
        {
            return current;
        }

        if (current is null)
        {
            await _refresh.WaitAsync(cancellationToken);
        }

        try
        {
            current = _current;
            if (current is not null && now - current.ComputedAt < _options.PopulationRefreshInterval && now >= current.ComputedAt)
            {
                return current;
            }

            var feedback = await _store.GetAllFeedbackAsync(now - _options.PopulationWindow, cancellationToken);
            current = PopulationStatistics.Compute(feedback, _options, now);
            _current = current;
            return current;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();
}

/// <summary>Draws from Beta distributions (Thompson sampling). Not thread-safe: the caller locks.</summary>
internal static class BetaSampler
{
    public static double Sample(Random random, double alpha, double beta)
    {
        var x = Gamma(random, alpha);
        var y = Gamma(random, beta);
        return x + y <= 0 ? 0.5 : x / (x + y);
    }

    // Marsaglia and Tsang (2000); shape < 1 boosted with U^(1/shape).
    private static double Gamma(Random random, double shape)
    {
        if (shape < 1)
        {
            var u = random.NextDouble();
            return Gamma(random, shape + 1) * Math.Pow(u <= 0 ? double.Epsilon : u, 1 / shape);
        }

        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(random);
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = random.NextDouble();
            if (u < 1 - (0.0331 * x * x * x * x) || Math.Log(u) < (0.5 * x * x) + (d * (1 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    private static double Normal(Random random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
