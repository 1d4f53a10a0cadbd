using WellbeingKit.Content;
using WellbeingKit.Conversations;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;

namespace WellbeingKit.AspNetCore.Tests;

/// <summary>
/// A tiny stand-in for the conversation engine: it stores the transcript, answers with quick replies,
/// and answers a crisis line with the safety reply and helplines.
/// </summary>
internal sealed class TestKit(IConversationStore store, IContentSource content, TimeProvider time) : IWellbeingKit
{
    public bool Fail { get; set; }

    public async Task<Reply> HandleAsync(UserMessage message, CancellationToken cancellationToken = default)
    {
        if (Fail)
        {
            throw new InvalidOperationException("engine down");
        }

        var pack = await content.GetPackAsync(cancellationToken);
        var state = await store.GetAsync(message.UserId, cancellationToken) ?? new ConversationState { UserId = message.UserId, CreatedAt = time.GetUtcNow() };
        var locale = message.Locale ?? state.Locale ?? "en";
        var direction = pack.Manifest.Locales.FirstOrDefault(l => l.Code == locale)?.Direction ?? "ltr";
        var crisis = message.Text.Contains("kill myself", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("أقتل نفسي", StringComparison.Ordinal);
        Reply reply = crisis
            ? new Reply
            {
                Messages = [new ReplyMessage(locale == "ar" ? "أنا قلق عليك. لست وحدك." : "I'm really glad you told me. You don't have to face this alone.", ReplyKind.Safety)],
                Safety = true,
                Helplines = pack.Helplines,
                Handoff = new HandoffResult(HandoffStatus.Queued, TimeSpan.FromMinutes(5), "T-1"),
                Risk = new RiskAssessment { Level = RiskLevel.Imminent, Categories = [RiskCategory.SuicidalIdeation] },
                QuickReplies = [new QuickReply("I'm safe right now", "safe")],
            }
            : message.Text == "calm"
                ? new Reply { Messages = [new ReplyMessage("Breathe in for four counts.", ReplyKind.ExerciseStep)], FlowId = "exercise", State = "step-1" }
                : new Reply
                {
                    Messages = [new ReplyMessage(locale == "ar" ? "شكرًا لمشاركتك. ماذا تريد أن تفعل؟" : $"Thanks for telling me. You said: {message.Text}")],
                    QuickReplies = locale == "ar"
                        ? [new QuickReply("تمرين تنفس", "calm"), new QuickReply("فقط أتحدث", "talk")]
                        : [new QuickReply("A calming exercise", "calm"), new QuickReply("Just talk", "talk")],
                    FlowId = "checkin",
                    State = "ask",
                };

        reply = reply with { Locale = locale, Direction = direction };
        var transcript = state.Transcript
            .Append(new TranscriptLine(Speaker.User, message.Text, time.GetUtcNow()))
            .Concat(reply.Messages.Select(m => new TranscriptLine(Speaker.Kit, m.Text, time.GetUtcNow())))
            .ToList();
        await store.TrySaveAsync(
            state with
            {
                Locale = locale,
                Country = message.Country ?? state.Country,
                Transcript = transcript,
                FlowId = reply.FlowId,
                State = reply.State,
                RecentRisk = [.. state.RecentRisk, reply.Risk.Level],
                UpdatedAt = time.GetUtcNow(),
            },
            cancellationToken);
        return reply;
    }
}

/// <summary>A small pack made in code: an English and an Arabic (right-to-left) locale, a brand, helplines, one exercise.</summary>
internal sealed class TestContent : IContentSource
{
    public static ContentPack Pack { get; } = new()
    {
        Manifest = new PackManifest
        {
            Id = "test",
            Version = "1.0.0",
            DefaultLocale = "en",
            Locales = [new PackLocale { Code = "en", Name = "English" }, new PackLocale { Code = "ar", Name = "العربية", Direction = "rtl" }],
            Brand = new PackBrand { Name = "Calm Corner", Tone = "calm", PrimaryColor = "#3a4f9a", AccentColor = "#ffb000" },
        },
        Helplines =
        [
            new Helpline { Country = "GB", Name = "Samaritans", Phone = "116 123", Hours = "24/7", Url = "https://www.samaritans.org", Source = "https://www.samaritans.org" },
            new Helpline { Country = Helpline.International, Name = "Find A Helpline", Url = "https://findahelpline.com", Hours = "directory", Source = "https://findahelpline.com" },
        ],
        Exercises = new Dictionary<string, Exercise>
        {
            ["box-breathing"] = new()
            {
                Id = "box-breathing",
                Kind = "breathing",
                Title = new LocalizedText(new Dictionary<string, string> { ["en"] = "Box breathing" }),
                Summary = new LocalizedText(new Dictionary<string, string> { ["en"] = "Breathe in four, hold four, out four, hold four." }),
            },
        },
    };

    public ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Pack);
}
