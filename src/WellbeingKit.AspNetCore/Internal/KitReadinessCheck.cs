using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>Healthy once <see cref="KitWarmup"/> has finished; unhealthy (with what it is doing) before.</summary>
internal sealed class KitReadinessCheck(KitWarmup warmup) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmup.Ready ? HealthCheckResult.Healthy(warmup.Status) : new HealthCheckResult(context.Registration.FailureStatus, warmup.Status));
}
