using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.Handoff;
using WellbeingKit.UserData;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>The JSON contract of the endpoints: camelCase, kebab-case enums, unknown request fields refused.</summary>
internal static class ApiContracts
{
    /// <summary>Reading: unknown fields (such as a forged <c>userId</c>) are refused with a 400 naming them.</summary>
    public static JsonSerializerOptions Read { get; } = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = ApiJson.Resolver,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 8,
    };

    public static JsonSerializerOptions Write { get; } = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = ApiJson.Resolver,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,

        // Arabic, Cyrillic... stay readable (and half the bytes) instead of \uXXXX escapes; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Kebab<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static ReplyDto ToDto(Reply reply, string fallbackLocale) => new(
        reply.Messages.Select(m => new ReplyMessageDto(m.Text, Kebab(m.Kind))).ToList(),
        reply.QuickReplies.Select(q => new QuickReplyDto(q.Label, q.Value)).ToList(),
        reply.Safety,
        reply.Helplines.Select(h => ToDto(h, reply.Locale, fallbackLocale)).ToList(),
        reply.Handoff is null ? null : ToDto(reply.Handoff),
        new RiskDto(Kebab(reply.Risk.Level), reply.Risk.Categories.Select(Kebab).ToList()),
        reply.Locale,
        reply.Direction == "rtl" ? "rtl" : "ltr",
        reply.FlowId,
        reply.State,
        reply.Warnings,
        reply.SafetyPlan is { } plan ? new SafetyPlanDto(plan.Title, [.. plan.Sections.Select(s => new SafetyPlanSectionDto(s.Key, s.Title, s.Items))]) : null);

    public static HelplineDto ToDto(Helpline helpline, string locale, string fallbackLocale) => new(
        helpline.Name,
        helpline.Country,
        helpline.Phone,
        helpline.Sms,
        SafeUrl(helpline.Url),
        helpline.Hours,
        helpline.Description?.Resolve(locale, fallbackLocale),
        helpline.Topics,
        PageLocale.NameLanguage(helpline, locale, fallbackLocale));

    public static HandoffDto ToDto(HandoffResult handoff) => new(
        Kebab(handoff.Status),
        handoff.EstimatedWait is { } wait ? (int)Math.Ceiling(wait.TotalMinutes) : null,
        handoff.Reference);

    public static ConversationDto ToDto(ConversationState? state, string direction, IReadOnlyList<HelplineDto> helplines) => new(
        state?.Locale,
        direction,
        state?.FlowId,
        state?.State,
        state?.Transcript.Select(t => new TranscriptLineDto(Kebab(t.Speaker), t.Text, t.At)).ToList() ?? [],
        state?.UpdatedAt,
        helplines.Count > 0,
        helplines);

    public static bool TryParseOutcome(string? value, out ExerciseOutcome outcome)
    {
        outcome = ExerciseOutcome.Completed;
        if (value is null)
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<ExerciseOutcome>())
        {
            if (string.Equals(Kebab(candidate), value, StringComparison.Ordinal))
            {
                outcome = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Only http(s) links reach the page, so a pack cannot inject a <c>javascript:</c> link.</summary>
    private static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.ToString()
            : null;
}
