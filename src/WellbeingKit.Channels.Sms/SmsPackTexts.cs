using System.Globalization;
using System.Text.RegularExpressions;
using WellbeingKit.Content;
using WellbeingKit.Safety;

namespace WellbeingKit.Channels.Sms;

/// <summary>
/// The SMS variants a content pack gives its long texts, and its SMS part budget per locale. In <c>messages/&lt;locale&gt;.yaml</c>,
/// <c>sms.&lt;key&gt;</c> is the SMS wording of message <c>&lt;key&gt;</c> (same placeholders), and <c>sms.max_parts</c> the most
/// parts one reply may cost in that locale (a UCS-2 part holds 67 characters, a GSM-7 part 153, so a pack may give Arabic
/// more). A reply message whose text is exactly <c>&lt;key&gt;</c>'s text (placeholders filled) is sent as its variant, with the
/// same values; any other text is sent as it is. A variant is taken from the reply's own locale only, never another's.
/// </summary>
internal sealed partial class SmsPackTexts
{
    /// <summary>The prefix of an SMS variant's message key.</summary>
    public const string Prefix = "sms.";

    /// <summary>The message key of a locale's part budget.</summary>
    public const string MaxPartsKey = "sms.max_parts";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private static readonly (string Key, SmsKeyword Keyword)[] KeywordKeys =
    [
        ("sms.keywords.opt_out", SmsKeyword.OptOut), ("sms.keywords.opt_in", SmsKeyword.OptIn), ("sms.keywords.more", SmsKeyword.More),
    ];

    private readonly Dictionary<string, List<Variant>> _variants = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (SmsKeyword Keyword, string Locale)> _keywords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _messages = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _maxParts = new(StringComparer.OrdinalIgnoreCase);

    private SmsPackTexts()
    {
    }

    private SmsPackTexts(ContentPack pack)
    {
        foreach (var (locale, messages) in pack.Messages)
        {
            if (messages.TryGetValue(MaxPartsKey, out var budget)
                && int.TryParse(budget, NumberStyles.None, CultureInfo.InvariantCulture, out var parts) && parts >= 1)
            {
                _maxParts[locale] = parts;
            }

            _messages[locale] = messages;
            foreach (var (key, keyword) in KeywordKeys)
            {
                foreach (var word in (messages.GetValueOrDefault(key) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    _keywords.TryAdd(SmsKeywords.Fold(word), (keyword, locale));
                }
            }

            var variants = new List<Variant>();
            foreach (var (key, text) in messages)
            {
                if (!key.StartsWith(Prefix, StringComparison.Ordinal) || key == MaxPartsKey)
                {
                    continue;
                }

                var original = key[Prefix.Length..];
                var template = messages.GetValueOrDefault(original) ?? BuiltInTexts.Get(original, locale);

                // The channel's own words (sms.keywords.*, sms.channel.*) have no original message, so they are no variants.
                if (template is not null && template.Length > 0)
                {
                    variants.Add(Variant.Of(template.Trim(), text.Trim()));
                }
            }

            // Longer templates first: a text that a short template with placeholders would also match takes its own variant.
            _variants[locale] = [.. variants.OrderByDescending(v => v.Length)];
        }
    }

    /// <summary>No variants and no budget: every text is sent as it is.</summary>
    public static SmsPackTexts None { get; } = new();

    /// <summary>Reads the variants and budgets of <paramref name="pack"/>.</summary>
    /// <param name="pack">The content pack.</param>
    /// <returns>The pack's SMS texts.</returns>
    public static SmsPackTexts Of(ContentPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return new SmsPackTexts(pack);
    }

    /// <summary>The pack's part budget for <paramref name="locale"/> (or its language), or null when it sets none.</summary>
    /// <param name="locale">The reply's locale.</param>
    /// <returns>The most parts a reply may cost, or null.</returns>
    public int? MaxParts(string? locale) =>
        locale is null ? null
        : _maxParts.TryGetValue(locale, out var parts) || _maxParts.TryGetValue(Locales.Language(locale), out parts) ? parts
        : null;

    /// <summary>
    /// The keyword <paramref name="text"/> is: the channel's built-in words (STOP, ARRET, BAJA, توقف... which a pack cannot
    /// take away: carriers require them), then the pack's <c>sms.keywords.opt_out</c>, <c>sms.keywords.opt_in</c> and
    /// <c>sms.keywords.more</c> of each locale (comma-separated), so a pack that adds a locale adds its words.
    /// </summary>
    /// <param name="text">The whole message.</param>
    /// <returns>The keyword and the locale it is a word of, or <see cref="SmsKeyword.None"/>.</returns>
    public (SmsKeyword Keyword, string? Locale) MatchKeyword(string text)
    {
        var builtIn = SmsKeywords.Match(text);
        return builtIn.Keyword != SmsKeyword.None ? builtIn
            : _keywords.TryGetValue(SmsKeywords.Fold(text), out var hit) ? hit
            : (SmsKeyword.None, null);
    }

    /// <summary>
    /// What the channel says itself in <paramref name="locale"/>: the pack's <c>sms.channel.&lt;name&gt;</c> message of that
    /// locale (or its language), else the built-in text (en, es, fr, ar; English for any other locale).
    /// </summary>
    /// <param name="name">opt_out, opt_in, nothing_more, more_hint or handoff.</param>
    /// <param name="locale">The person's locale.</param>
    /// <param name="builtIn">The built-in text.</param>
    /// <returns>The text.</returns>
    public string ChannelText(string name, string? locale, string builtIn) =>
        locale is not null
        && (_messages.TryGetValue(locale, out var messages) || _messages.TryGetValue(Locales.Language(locale), out messages))
        && messages.TryGetValue("sms.channel." + name, out var text) && !string.IsNullOrWhiteSpace(text)
            ? text
            : builtIn;

    /// <summary>The SMS variant of <paramref name="text"/> in <paramref name="locale"/>, or the text itself when it has none.</summary>
    /// <param name="text">A reply message or option label.</param>
    /// <param name="locale">The reply's locale.</param>
    /// <returns>The text to send.</returns>
    public string Shorten(string text, string? locale)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (locale is null
            || !(_variants.TryGetValue(locale, out var variants) || _variants.TryGetValue(Locales.Language(locale), out variants)))
        {
            return text;
        }

        var trimmed = text.Trim();
        foreach (var variant in variants)
        {
            if (variant.TryApply(trimmed, out var shorter))
            {
                return shorter;
            }
        }

        return text;
    }

    [GeneratedRegex(@"\\\{([A-Za-z_][A-Za-z0-9_.]*)}")]
    private static partial Regex EscapedPlaceholder();

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_.]*)}")]
    private static partial Regex Placeholder();

    /// <summary>One long text (a pattern with its placeholders as captures) and its SMS wording.</summary>
    private sealed class Variant
    {
        private readonly string _template;
        private readonly Regex? _pattern;
        private readonly List<string> _names;
        private readonly string _sms;

        private Variant(string template, Regex? pattern, List<string> names, string sms)
        {
            _template = template;
            _pattern = pattern;
            _names = names;
            _sms = sms;
        }

        public int Length => _template.Length;

        public static Variant Of(string template, string sms)
        {
            var names = new List<string>();
            if (!template.Contains('{', StringComparison.Ordinal))
            {
                return new Variant(template, null, names, sms);
            }

            var pattern = EscapedPlaceholder().Replace(Regex.Escape(template), m =>
            {
                names.Add(m.Groups[1].Value);
                return "(.+?)";
            });
            return new Variant(template, new Regex("^" + pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant, MatchTimeout), names, sms);
        }

        public bool TryApply(string text, out string sms)
        {
            sms = text;
            if (_pattern is null)
            {
                if (!string.Equals(text, _template, StringComparison.Ordinal))
                {
                    return false;
                }

                sms = _sms;
                return true;
            }

            Match match;
            try
            {
                match = _pattern.Match(text);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }

            if (!match.Success)
            {
                return false;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < _names.Count; i++)
            {
                values.TryAdd(_names[i], match.Groups[i + 1].Value);
            }

            sms = Placeholder().Replace(_sms, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
            return true;
        }
    }
}
