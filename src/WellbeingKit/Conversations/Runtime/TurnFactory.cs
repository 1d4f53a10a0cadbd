using System.Globalization;
using Microsoft.Extensions.Logging;
using WellbeingKit.Content;
using WellbeingKit.Emotions;
using WellbeingKit.Risk;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>Starts turns: the read-only input (worked out once per turn) and the turn at the stored position.</summary>
internal sealed partial class TurnFactory(TimeProvider time, ILogger logger)
{
    /// <summary>The locale of a turn: the message's, else the conversation's, else the default.</summary>
    public static string LocaleOf(UserMessage message, ConversationState? stored, WellbeingKitOptions options) =>
        message.Locale ?? stored?.Locale ?? options.DefaultLocale;

    /// <summary>What the turn starts from, worked out once: the retries after a conflicting save reuse it.</summary>
    public TurnInput NewInput(
        UserMessage message, ConversationState? stored, ContentPack pack, WellbeingKitOptions options, string locale, RiskAssessment risk, EmotionResult emotion) => new()
    {
        UserId = message.UserId,
        Text = message.Text,
        Pack = pack,
        Locale = locale,
        Country = message.Country ?? stored?.Country ?? options.DefaultCountry,
        Now = time.GetUtcNow(),
        Risk = risk,
        HelpVisibleFor = options.HelpVisibleFor,
        Emotion = emotion,
    };

    /// <summary>A turn from <paramref name="input"/> at the conversation's stored position, with the variables every turn sets.</summary>
    public Turn NewTurn(TurnInput input, UserMessage message, ConversationState? stored)
    {
        var variables = new Dictionary<string, string>(stored?.Variables ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (message.Context is not null)
        {
            variables["context"] = message.Context;
        }

        if (message.TimeZone is not null)
        {
            variables["timezone"] = message.TimeZone;
        }

        variables["locale"] = input.Locale;
        variables["country"] = input.Country ?? "";
        variables["emotion"] = input.Emotion.Ekman;
        variables["distress"] = input.Emotion.Distress.ToString("0.##", CultureInfo.InvariantCulture);
        variables["hour"] = LocalHour(input.Now, variables.GetValueOrDefault("timezone")).ToString(CultureInfo.InvariantCulture);
        variables["risk"] = input.Risk.Level.ToString().ToLowerInvariant();
        return new Turn
        {
            Input = input,
            Variables = variables,
            Suspended = [.. stored?.Suspended ?? []],
            Calls = [.. stored?.Calls ?? []],
            FlowId = stored?.FlowId,
            StateName = stored?.State,
        };
    }

    private int LocalHour(DateTimeOffset now, string? timeZone)
    {
        if (timeZone is null)
        {
            return now.UtcDateTime.Hour;
        }

        try
        {
            return TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).Hour;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            LogUnknownTimeZone(logger, timeZone);
            return now.UtcDateTime.Hour;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unknown time zone '{TimeZone}'; the hour is taken in UTC.")]
    private static partial void LogUnknownTimeZone(ILogger logger, string timeZone);
}
