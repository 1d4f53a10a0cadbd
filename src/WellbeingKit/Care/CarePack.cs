using Microsoft.Extensions.Logging;
using WellbeingKit.Content;
using WellbeingKit.Resilience;

namespace WellbeingKit.Care;

/// <summary>The pack care reads its texts and settings from, when it can be had.</summary>
internal static partial class CarePack
{
    /// <summary>
    /// The pack of <paramref name="content"/>, or null when there is no content source or it fails or does not answer within
    /// <paramref name="timeout"/> (logged as a warning): the engine answers (and fails safe) on its own; care only needs the
    /// pack for its texts and settings, and falls back to its built-in ones. Only the caller's own cancellation throws.
    /// </summary>
    public static async Task<ContentPack?> TryGetAsync(IContentSource? content, TimeSpan timeout, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return null;
        }

        try
        {
            return await Deadline.RunAsync("The content source", timeout, time, token => content.GetPackAsync(token).AsTask(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, e.GetType().Name, e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content pack could not be loaded ({ExceptionType}: {Reason}); care uses its built-in texts and settings.")]
    private static partial void LogFailed(ILogger logger, string exceptionType, string reason);
}
