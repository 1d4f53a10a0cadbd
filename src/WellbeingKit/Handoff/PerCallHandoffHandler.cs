using Microsoft.Extensions.DependencyInjection;

namespace WellbeingKit.Handoff;

/// <summary>
/// A hand-off handler registered as scoped or transient, resolved for each request in a DI scope of its own (see
/// <see cref="PerCall{TService}"/>). <typeparamref name="T"/> is the handler type for <c>AddHandoffHandler&lt;T&gt;</c> (so adding it
/// twice registers it once) and <see cref="IHandoffHandler"/> itself for a factory.
/// </summary>
internal sealed class PerCallHandoffHandler<T>(IServiceScopeFactory scopes, Func<IServiceProvider, IHandoffHandler> create)
    : PerCall<IHandoffHandler>(scopes, create), IHandoffHandler
    where T : class, IHandoffHandler
{
    public ValueTask<HandoffResult> HandleAsync(HandoffRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(request, static (h, r, ct) => h.HandleAsync(r, ct), cancellationToken);
}
