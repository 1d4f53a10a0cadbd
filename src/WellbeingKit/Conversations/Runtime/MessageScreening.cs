using Microsoft.Extensions.Logging;
using WellbeingKit.Risk;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>Screens a message with the composite screener; a screening that fails escalates.</summary>
internal sealed partial class MessageScreening(RiskScreener screener, ILogger logger)
{
    /// <summary>Screens <paramref name="text"/>; a text over the length limit is screened in overlapping windows of that length.</summary>
    public async Task<RiskAssessment> ScreenAsync(string text, string locale, IReadOnlyList<string> history, WellbeingKitOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var size = options.MaxMessageLength;
            if (text.Length <= size)
            {
                return await screener.AssessAsync(new RiskScreeningRequest(text) { Locale = locale, History = history }, cancellationToken).ConfigureAwait(false);
            }

            var overlap = Math.Min(200, size / 4);
            var windows = new List<(int Start, Task<RiskAssessment> Result)>();
            for (var start = 0; ; start += size - overlap)
            {
                var length = Math.Min(size, text.Length - start);
                var request = new RiskScreeningRequest(text.Substring(start, length)) { Locale = locale, History = start == 0 ? history : [] };
                windows.Add((start, screener.AssessAsync(request, cancellationToken).AsTask()));
                if (start + length >= text.Length)
                {
                    break;
                }
            }

            await Task.WhenAll(windows.Select(w => w.Result)).ConfigureAwait(false);
            var shifted = windows.Select(w => w.Result.Result with
            {
                Evidence = [.. w.Result.Result.Evidence.Select(e => e with { Start = e.Start + w.Start })],
            }).ToList();
            return RiskScreener.Combine(shifted, screener.Name);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The screener catches its detectors' failures itself; this is the last line: a screening that fails escalates.
            LogScreeningFailed(logger, e.GetType().Name);
            return new RiskAssessment { Level = options.EscalationThreshold, Score = 1, Detector = screener.Name, EscalatedOnFailure = true };
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The screening failed with {ExceptionType}; the message is escalated.")]
    private static partial void LogScreeningFailed(ILogger logger, string exceptionType);
}
