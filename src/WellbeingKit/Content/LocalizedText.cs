using System.Text.Json.Serialization;

namespace WellbeingKit.Content;

/// <summary>
/// A piece of user-facing text in several locales. In YAML it is either a plain string (the pack's default
/// locale) or a map from locale to text: <c>{ en: "Breathe in", es: "Inhala" }</c>.
/// </summary>
[JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed class LocalizedText
{
    /// <summary>The locale key used when the YAML gives a plain string instead of a map.</summary>
    public const string DefaultLocaleKey = "*";

    private readonly Dictionary<string, string> _values;

    /// <summary>Creates localized text from a map of locale to text.</summary>
    /// <param name="values">Locale (BCP 47 tag, or <see cref="DefaultLocaleKey"/>) to text.</param>
    public LocalizedText(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Locale to text.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>True when there is text for <paramref name="locale"/> itself (no fallback).</summary>
    /// <param name="locale">The locale.</param>
    /// <returns>Whether the locale has its own text.</returns>
    public bool Has(string locale) => _values.ContainsKey(locale);

    /// <summary>
    /// The text for <paramref name="locale"/>; falls back to its parent language (<c>es-MX</c> → <c>es</c>),
    /// then to <paramref name="fallbackLocale"/>, then to the plain-string value, then to any value.
    /// </summary>
    /// <param name="locale">The wanted locale.</param>
    /// <param name="fallbackLocale">The pack's default locale.</param>
    /// <returns>The best text available; empty when there is none.</returns>
    public string Resolve(string locale, string fallbackLocale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        if (_values.TryGetValue(locale, out var text))
        {
            return text;
        }

        var language = Locales.Language(locale);
        if (language.Length < locale.Length && _values.TryGetValue(language, out text))
        {
            return text;
        }

        if (_values.TryGetValue(fallbackLocale, out text) || _values.TryGetValue(DefaultLocaleKey, out text))
        {
            return text;
        }

        return _values.Values.FirstOrDefault() ?? "";
    }

    /// <inheritdoc />
    public override string ToString() => _values.Values.FirstOrDefault() ?? "";
}
