using WellbeingKit.Care;

namespace WellbeingKit.Cli;

/// <summary>
/// The outbound channel of <c>content test</c>: the pack's stories type check-ins on, pause and stop them as a user of a
/// host with check-ins would, and the CLI runs no scheduler, so nothing reaches this channel; a message that did is dropped.
/// </summary>
internal sealed class DiscardingOutboundChannel : IOutboundChannel
{
    /// <inheritdoc />
    public Task SendAsync(OutboundMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
