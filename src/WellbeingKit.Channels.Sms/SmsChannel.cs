using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Conversations;

namespace WellbeingKit.Channels.Sms;

/// <summary>
/// Handles inbound SMS: opt-out/opt-in keywords and the suppression list, duplicates (the gateway's message id is the kit's
/// <see cref="UserMessage.MessageId"/>, so a redelivery neither advances the conversation nor sends again), numbered options,
/// language and country (from the sender's calling code for a new conversation; <c>FR</c>, <c>LANG es</c>, <c>COUNTRY JO</c>
/// change them), the kit's reply as compact SMS text within the part budget, and the send through <see cref="ISmsSender"/>.
/// </summary>
public sealed partial class SmsChannel
{
    /// <summary>What a person reads when even the kit fails: no error ever leaves them with nothing.</summary>
    public const string FallbackSafetyText =
        "Sorry, something went wrong. If you are in danger, call your local emergency number now or go to the nearest health centre.";

    private static readonly Dictionary<string, string> Greetings = new(StringComparer.Ordinal)
    {
        ["en"] = "hello",
        ["es"] = "hola",
        ["fr"] = "bonjour",
        ["ar"] = "مرحبا",
    };

    private readonly IWellbeingKit _kit;
    private readonly IConversationStore _conversations;
    private readonly ISmsChannelStore _store;
    private readonly ISmsSender _sender;
    private readonly ISmsUserIds _ids;
    private readonly IOptions<SmsChannelOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SmsChannel> _logger;
    private readonly IContentSource? _content;
    private volatile Tuple<ContentPack, SmsPackTexts>? _texts;

    /// <summary>Creates the channel (resolved from DI after <c>AddSmsChannel</c>).</summary>
    /// <param name="kit">The kit.</param>
    /// <param name="conversations">The conversation store (to know whether a conversation is new).</param>
    /// <param name="store">What the channel keeps per person.</param>
    /// <param name="sender">Sends replies.</param>
    /// <param name="ids">Turns numbers into user ids.</param>
    /// <param name="options">The channel's settings.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger (numbers are never logged).</param>
    /// <param name="content">The content pack's source, for its SMS variants and part budgets (none: texts as they are).</param>
    public SmsChannel(
        IWellbeingKit kit,
        IConversationStore conversations,
        ISmsChannelStore store,
        ISmsSender sender,
        ISmsUserIds ids,
        IOptions<SmsChannelOptions> options,
        TimeProvider time,
        ILogger<SmsChannel> logger,
        IContentSource? content = null)
    {
        _kit = kit;
        _conversations = conversations;
        _store = store;
        _sender = sender;
        _ids = ids;
        _options = options;
        _time = time;
        _logger = logger;
        _content = content;
    }

    /// <summary>Handles one inbound SMS and sends the reply unless the person opted out.</summary>
    /// <param name="sms">The message, read by a gateway adapter.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    /// <returns>What was done.</returns>
    public async Task<SmsOutcome> HandleAsync(InboundSms sms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sms);
        if (sms.Part is { Total: > 1 })
        {
            // One part of a long message: the kit gets the whole text once every part came (or the wait ran out).
            if (await _store.WasAnsweredAsync(sms.Gateway + ":" + sms.MessageId, cancellationToken).ConfigureAwait(false))
            {
                LogDuplicate(_logger, sms.Gateway);
                return new SmsOutcome(null, null, Suppressed: false, Duplicate: true);
            }

            return Parts.Add(sms, _time.GetUtcNow()) is { } whole
                ? await HandleAssembledAsync(whole, cancellationToken).ConfigureAwait(false)
                : new SmsOutcome(null, null, Suppressed: false, Duplicate: false) { WaitingForParts = true };
        }

        return await HandleWholeAsync(sms, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The parts of long messages waiting for the rest.</summary>
    internal SmsPartAssembler Parts { get; } = new();

    /// <summary>Handles a long message put together from its parts, and marks every part answered.</summary>
    internal async Task<SmsOutcome> HandleAssembledAsync(AssembledSms whole, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(whole);
        if (!whole.Complete)
        {
            LogPartsMissing(_logger, whole.Message.Gateway, whole.PartMessageIds.Count);
        }

        var outcome = await HandleWholeAsync(whole.Message, cancellationToken).ConfigureAwait(false);
        foreach (var id in whole.PartMessageIds)
        {
            await _store.TryMarkAnsweredAsync(whole.Message.Gateway + ":" + id, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    private async Task<SmsOutcome> HandleWholeAsync(InboundSms sms, CancellationToken cancellationToken)
    {
        var key = sms.Gateway + ":" + sms.MessageId;
        if (await _store.WasAnsweredAsync(key, cancellationToken).ConfigureAwait(false))
        {
            LogDuplicate(_logger, sms.Gateway);
            return new SmsOutcome(null, null, Suppressed: false, Duplicate: true);
        }

        var userId = await _ids.UserIdAsync(sms.From, cancellationToken).ConfigureAwait(false);
        var texts = await TextsAsync(cancellationToken).ConfigureAwait(false);
        var (keyword, keywordLocale) = texts.MatchKeyword(sms.Text);
        string text;
        var options = _options.Value;
        IReadOnlyList<string> offered = [];
        var safety = false;
        var locale = keywordLocale;
        switch (keyword)
        {
            case SmsKeyword.OptOut:
                // One confirmation is sent (carrier practice), then nothing until an opt-in.
                text = Confirmation(texts, keyword, keywordLocale);
                await SendAsync(sms, text, cancellationToken).ConfigureAwait(false);
                await _store.SetSuppressedAsync(userId, suppressed: true, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                await _store.TryMarkAnsweredAsync(key, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                LogOptOut(_logger, sms.Gateway);
                return new SmsOutcome(null, text, Suppressed: true, Duplicate: false);
            case SmsKeyword.OptIn:
                await _store.SetSuppressedAsync(userId, suppressed: false, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                text = Confirmation(texts, keyword, keywordLocale);
                break;
            case SmsKeyword.More:
                text = await _store.TakeRestAsync(userId, cancellationToken).ConfigureAwait(false) ?? Confirmation(texts, keyword, keywordLocale);
                break;
            default:
                (text, locale, offered, safety) = await AskKitAsync(sms, userId, key, cancellationToken).ConfigureAwait(false);
                break;
        }

        if (locale is not null && options.TransliterateLocales.Contains(locale))
        {
            text = SmsSegmenter.TransliterateLetters(text);
        }

        string? rest = null;
        if (keyword == SmsKeyword.None)
        {
            if (!safety)
            {
                var maxParts = texts.MaxParts(locale) ?? options.MaxParts;
                var hint = texts.ChannelText("more_hint", locale, SmsReplyFormatter.Localized(locale, "more"));
                (text, rest) = SmsReplyFormatter.Cut(text, offered.Count, maxParts, hint);
            }

            await _store.SetPendingAsync(userId, offered, rest, cancellationToken).ConfigureAwait(false);
        }

        if (await _store.IsSuppressedAsync(userId, cancellationToken).ConfigureAwait(false))
        {
            if (safety)
            {
                LogCrisisWithheld(_logger, sms.Gateway);
            }

            await _store.TryMarkAnsweredAsync(key, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return new SmsOutcome(null, text, Suppressed: true, Duplicate: false);
        }

        var sent = await SendAsync(sms, text, cancellationToken).ConfigureAwait(false);
        await _store.TryMarkAnsweredAsync(key, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new SmsOutcome(sent, text, Suppressed: false, Duplicate: false);
    }

    private async Task<(string Text, string? Locale, IReadOnlyList<string> Options, bool Safety)> AskKitAsync(InboundSms sms, string userId, string key, CancellationToken cancellationToken)
    {
        var body = sms.Text;

        // A number answers the last question's numbered options; any other number is free text for the kit.
        var offered = await _store.GetOptionsAsync(userId, cancellationToken).ConfigureAwait(false);
        if (NumberPattern().IsMatch(body) && int.Parse(body, CultureInfo.InvariantCulture) is var n && n >= 1 && n <= offered.Count)
        {
            body = offered[n - 1];
        }

        string? locale = null;
        string? country = null;
        var language = LanguagePattern().Match(body);
        var countryOverride = CountryPattern().Match(body);
        if (language.Success)
        {
            locale = language.Groups[1].Value.ToLowerInvariant();
            body = Greetings[locale];
        }
        else if (countryOverride.Success)
        {
            country = countryOverride.Groups[1].Value.ToUpperInvariant();
            body = "hello";
        }
        else if (ArabicPattern().IsMatch(body))
        {
            locale = "ar";
        }

        var state = await _conversations.GetAsync(userId, cancellationToken).ConfigureAwait(false);
        if (state?.Country is null && country is null)
        {
            // A new conversation (or one without a country): the sender's calling code says where they are and, unless they
            // wrote otherwise, which language to answer in first.
            var calling = CallingCodes.CountryOf(sms.From);
            country = calling?.Country ?? _options.Value.DefaultCountry;
            if (state is null && locale is null)
            {
                locale = calling?.Language;
            }
        }

        try
        {
            var reply = await _kit.HandleAsync(new UserMessage(userId, body) { Locale = locale, Country = country, MessageId = key }, cancellationToken).ConfigureAwait(false);
            return (SmsReplyFormatter.Format(reply, await TextsAsync(cancellationToken).ConfigureAwait(false)), reply.Locale, [.. reply.QuickReplies.Select(q => q.Value)], reply.Safety);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogKitFailed(_logger, e, sms.Gateway);
            return (FallbackSafetyText, "en", [], true);
        }
    }

    /// <summary>What the channel says after a keyword: the pack's <c>sms.channel.*</c> text of the locale, else its own.</summary>
    private static string Confirmation(SmsPackTexts texts, SmsKeyword keyword, string? locale) => keyword switch
    {
        SmsKeyword.OptOut => texts.ChannelText("opt_out", locale, SmsKeywords.Confirmation(keyword, locale)),
        SmsKeyword.OptIn => texts.ChannelText("opt_in", locale, SmsKeywords.Confirmation(keyword, locale)),
        _ => texts.ChannelText("nothing_more", locale, SmsKeywords.Confirmation(keyword, locale)),
    };

    /// <summary>The SMS variants and budgets of the current pack (read again when the pack changes); none without a pack.</summary>
    private async ValueTask<SmsPackTexts> TextsAsync(CancellationToken cancellationToken)
    {
        if (_content is null)
        {
            return SmsPackTexts.None;
        }

        ContentPack pack;
        try
        {
            pack = await _content.GetPackAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The kit answered with its built-in texts; the reply is sent as it is.
            LogNoPack(_logger, e);
            return SmsPackTexts.None;
        }

        var cached = _texts;
        if (cached is not null && ReferenceEquals(cached.Item1, pack))
        {
            return cached.Item2;
        }

        var texts = SmsPackTexts.Of(pack);
        _texts = Tuple.Create(pack, texts);
        return texts;
    }

    private async Task<OutboundSms> SendAsync(InboundSms sms, string text, CancellationToken cancellationToken)
    {
        var outbound = new OutboundSms(sms.From, sms.To, sms.Gateway, text, SmsSegmenter.PartCount(text), SmsSegmenter.EncodingOf(text), sms.MessageId);
        await _sender.SendAsync(outbound, cancellationToken).ConfigureAwait(false);
        return outbound;
    }

    [GeneratedRegex("^[0-9]{1,2}$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^(?:lang(?:uage)?\\s+)?(en|es|fr|ar)$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("^(?:country|pays|pa[ií]s)\\s+([A-Za-z]{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex CountryPattern();

    [GeneratedRegex("[\\u0600-\\u06FF]")]
    private static partial Regex ArabicPattern();

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Gateway} message already answered was delivered again; nothing was done.")]
    private static partial void LogDuplicate(ILogger logger, string gateway);

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Gateway} sender opted out; nothing more is sent to them until they opt in.")]
    private static partial void LogOptOut(ILogger logger, string gateway);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A crisis message came through {Gateway} from a person who opted out: the kit screened it and ran its escalation, but no SMS was sent (they must send START first).")]
    private static partial void LogCrisisWithheld(ILogger logger, string gateway);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A long {Gateway} message did not get all its parts in time; the {Parts} parts that came were screened and answered.")]
    private static partial void LogPartsMissing(ILogger logger, string gateway, int parts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content pack could not be read for its SMS variants; the reply is sent as the kit wrote it.")]
    private static partial void LogNoPack(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The kit failed on a {Gateway} message; the fallback safety text was sent.")]
    private static partial void LogKitFailed(ILogger logger, Exception exception, string gateway);
}
