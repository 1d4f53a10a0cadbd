using WellbeingKit.UserData;

namespace WellbeingKit.Exercises;

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
        if (current is not null && !await _refresh.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            return current;
        }

        if (current is null)
        {
            await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            current = _current;
            if (current is not null && now - current.ComputedAt < _options.PopulationRefreshInterval && now >= current.ComputedAt)
            {
                return current;
            }

            var feedback = await _store.GetAllFeedbackAsync(now - _options.PopulationWindow, cancellationToken).ConfigureAwait(false);
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
