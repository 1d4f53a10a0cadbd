using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.Risk;
using WellbeingKit.UserData;

namespace WellbeingKit;

/// <summary>
/// Checks the kit's set-up once, before the first message: every option validated at start-up, a content source that is
/// registered and a pack that loads, the stores and their keys, and the kit's own detectors loaded (so the first messages
/// are not escalated because a lexicon was still loading when the detector time-out ran out). A host runs it when it
/// starts (<see cref="KitStartupService"/>), so a mistake stops the start with a sentence that says what to do; without a
/// host the first <c>HandleAsync</c> runs it. A successful start is remembered; a failed one is tried again next time.
/// </summary>
internal sealed partial class KitStartup(IServiceProvider services, ILogger<KitStartup> logger)
{
    /// <summary>What a host that registered no content source is told.</summary>
    internal const string NoContentSource =
        "WellbeingKit has no content source: call .UseDefaultContent() (the built-in pack in en, es, fr and ar, from the " +
        "WellbeingKit.Content.Yaml package) or .UseYamlContent(dir) (your own pack) on the builder that AddWellbeingKit() returns.";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _started;

    /// <summary>True once the set-up has been checked and found good.</summary>
    public bool Started => _started;

    /// <summary>Checks the set-up unless that was done; throws a sentence that says what to do when it is wrong.</summary>
    /// <exception cref="OptionsValidationException">An option is not valid (the message names it).</exception>
    /// <exception cref="InvalidOperationException">No content source, a pack that does not load, or a store or key provider that cannot be created.</exception>
    public async Task EnsureStartedAsync(CancellationToken cancellationToken)
    {
        if (_started)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_started)
            {
                await StartAsync(cancellationToken).ConfigureAwait(false);
                _started = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        // Every option registered with ValidateOnStart (the kit's, the selector's, the stores'); a host has run this already.
        services.GetService<IStartupValidator>()?.Validate();
        var options = services.GetRequiredService<IOptions<WellbeingKitOptions>>().Value;

        var content = services.GetService<IContentSource>() ?? throw new InvalidOperationException(NoContentSource);
        try
        {
            await content.GetPackAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ContentValidationException e)
        {
            throw new InvalidOperationException(
                $"WellbeingKit's content pack does not load. {e.Message}{Environment.NewLine}" +
                "Fix the pack (`wellbeing content validate <dir>` lists the same problems) or call .UseDefaultContent() for the built-in pack.",
                e);
        }

        // The stores and their key provider are created now, so a missing key file or connection says so before a user writes.
        _ = services.GetRequiredService<IConversationStore>();
        _ = services.GetRequiredService<IUserDataStore>();

        await services.GetRequiredService<RiskScreener>().LoadDetectorsAsync(options.DefaultLocale, cancellationToken).ConfigureAwait(false);
        LogStarted(logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WellbeingKit started: options valid, content pack loaded, stores created, detectors loaded.")]
    private static partial void LogStarted(ILogger logger);

}

/// <summary>Runs <see cref="KitStartup"/> when the host starts: a mistake in the set-up stops the start, as <c>ValidateOnStart</c> does.</summary>
internal sealed class KitStartupService(KitStartup startup) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => startup.EnsureStartedAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
