namespace WellbeingKit.Resilience;

/// <summary>
/// The one way the kit calls a dependency (detector, classifier, store, audit log, hand-off, content): on the thread pool,
/// so a call that blocks synchronously can still be timed out, with a time-out on the injected <see cref="TimeProvider"/>.
/// Afterwards only the caller's own token can surface as <see cref="OperationCanceledException"/>: a time-out, or a
/// cancellation the dependency made up itself (an HttpClient time-out, say), becomes a <see cref="TimeoutException"/>,
/// which every fail-safe catches.
/// </summary>
internal static class Deadline
{
    /// <summary>Calls <paramref name="call"/> and waits for it at most <paramref name="timeout"/>.</summary>
    /// <exception cref="TimeoutException">The call took longer than <paramref name="timeout"/> or cancelled itself.</exception>
    /// <exception cref="OperationCanceledException">Only when <paramref name="caller"/> was cancelled.</exception>
    public static async Task<T> RunAsync<T>(string what, TimeSpan timeout, TimeProvider time, Func<CancellationToken, Task<T>> call, CancellationToken caller)
    {
        caller.ThrowIfCancellationRequested();
        using var expiry = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(caller, expiry.Token);
        var token = linked.Token;
        try
        {
            return await Task.Run(() => call(token), CancellationToken.None).WaitAsync(timeout, time, caller).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{what} did not answer within {timeout.TotalMilliseconds:0} ms.", e);
        }
        catch (OperationCanceledException e) when (!caller.IsCancellationRequested)
        {
            throw new TimeoutException(
                expiry.IsCancellationRequested
                    ? $"{what} did not answer within {timeout.TotalMilliseconds:0} ms."
                    : $"{what} cancelled itself ({e.GetType().Name}) although the caller did not.",
                e);
        }
    }

    /// <summary>Calls <paramref name="call"/> and waits for it at most <paramref name="timeout"/>.</summary>
    public static Task RunAsync(string what, TimeSpan timeout, TimeProvider time, Func<CancellationToken, Task> call, CancellationToken caller) =>
        RunAsync(
            what,
            timeout,
            time,
            async token =>
            {
                await call(token).ConfigureAwait(false);
                return true;
            },
            caller);

    /// <summary>Waits for <paramref name="gate"/> at most <paramref name="timeout"/> on <paramref name="time"/>.</summary>
    /// <exception cref="TimeoutException">The gate was not free in time.</exception>
    public static async Task EnterAsync(SemaphoreSlim gate, string what, TimeSpan timeout, TimeProvider time, CancellationToken caller)
    {
        using var expiry = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(caller, expiry.Token);
        try
        {
            await gate.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!caller.IsCancellationRequested)
        {
            throw new TimeoutException($"{what} was busy for more than {timeout.TotalMilliseconds:0} ms.", e);
        }
    }
}
