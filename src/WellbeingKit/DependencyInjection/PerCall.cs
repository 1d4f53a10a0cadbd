using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Exercises;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;

namespace WellbeingKit;

/// <summary>
/// Calls an extension point registered as scoped or transient from the kit's singletons: each call gets its own DI scope,
/// resolves the implementation in it (so it can take scoped dependencies such as a DbContext) and disposes the scope after.
/// The scope is the kit's own, one per call: it is not the ASP.NET Core request's scope.
/// </summary>
internal abstract class PerCall<TService>(IServiceScopeFactory scopes, Func<IServiceProvider, TService> create)
    where TService : class
{
    protected async ValueTask<TResult> CallAsync<TArgument, TResult>(TArgument argument, Func<TService, TArgument, CancellationToken, ValueTask<TResult>> call, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var service = create(scope.ServiceProvider) ?? throw new InvalidOperationException($"The factory registered for {typeof(TService).Name} returned null.");
            Resolved(service);
            return await call(service, argument, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Called with each resolved implementation (to remember its name, say).</summary>
    protected virtual void Resolved(TService service)
    {
    }
}

/// <summary>A risk detector resolved per screening.</summary>
internal class PerCallRiskDetector(IServiceScopeFactory scopes, Func<IServiceProvider, IRiskDetector> create, string name)
    : PerCall<IRiskDetector>(scopes, create), IRiskDetector
{
    private volatile string _name = name;

    /// <summary>The detector's own name once it has been resolved; its type name before.</summary>
    public string Name => _name;

    public ValueTask<RiskAssessment> AssessAsync(RiskScreeningRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, static (d, r, ct) => d.AssessAsync(r, ct), cancellationToken);

    protected override void Resolved(IRiskDetector service) => _name = service.Name;
}

/// <summary>A risk detector of type <typeparamref name="T"/> resolved per screening (registered once, however often it is added).</summary>
internal sealed class PerCallRiskDetector<T>(IServiceScopeFactory scopes)
    : PerCallRiskDetector(scopes, static sp => sp.GetRequiredService<T>(), typeof(T).Name)
    where T : class, IRiskDetector;

/// <summary>An exercise selector resolved per selection.</summary>
internal sealed class PerCallExerciseSelector(IServiceScopeFactory scopes, Func<IServiceProvider, IExerciseSelector> create)
    : PerCall<IExerciseSelector>(scopes, create), IExerciseSelector
{
    public ValueTask<ExerciseSelection> SelectAsync(ExerciseSelectionRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, static (s, r, ct) => s.SelectAsync(r, ct), cancellationToken);
}

/// <summary>A hand-off service resolved per request.</summary>
internal sealed class PerCallHandoffService(IServiceScopeFactory scopes, Func<IServiceProvider, IHandoffService> create)
    : PerCall<IHandoffService>(scopes, create), IHandoffService
{
    public ValueTask<HandoffResult> RequestAsync(HandoffRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, static (s, r, ct) => s.RequestAsync(r, ct), cancellationToken);
}
