using WellbeingKit.Channels.Sms;

namespace WellbeingKit.Samples.Humanitarian;

/// <summary>
/// The sample's outbound side: it has no gateway account, so it writes each SMS to the log with the number masked. Replace it
/// with a sender that calls your gateway's API (Twilio Messages, Africa's Talking SMS, Vonage SMS).
/// </summary>
internal sealed partial class LogSmsSender(ILogger<LogSmsSender> logger) : ISmsSender
{
    public Task SendAsync(OutboundSms sms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sms);
        LogSms(logger, sms.Gateway, sms.To.Length > 2 ? "***" + sms.To[^2..] : "***", sms.Parts, sms.Encoding, sms.Text);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS via {Gateway} to {Masked} ({Parts} {Encoding} parts):\n{Text}")]
    private static partial void LogSms(ILogger logger, string gateway, string masked, int parts, SmsEncoding encoding, string text);
}
