namespace WellbeingKit.Content;

// The content model: what a content pack holds once loaded. YAML files map onto these types with
// snake_case keys (for example DurationMinutes is duration_minutes) and kebab-case enum values.

/// <summary>A loaded content pack: everything user-facing the kit says and offers.</summary>
public sealed record ContentPack
{
    /// <summary>The pack's manifest (<c>pack.yaml</c>).</summary>
    public required PackManifest Manifest { get; init; }

    /// <summary>Exercises by id (<c>exercises/*.yaml</c>).</summary>
    public IReadOnlyDictionary<string, Exercise> Exercises { get; init; } = new Dictionary<string, Exercise>();

    /// <summary>Conversation flows by id (<c>flows/*.yaml</c>).</summary>
    public IReadOnlyDictionary<string, FlowDefinition> Flows { get; init; } = new Dictionary<string, FlowDefinition>();

    /// <summary>Questionnaires by id (<c>questionnaires/*.yaml</c>).</summary>
    public IReadOnlyDictionary<string, QuestionnaireDefinition> Questionnaires { get; init; } = new Dictionary<string, QuestionnaireDefinition>();

    /// <summary>Helplines (<c>helplines/*.yaml</c>), in file order.</summary>
    public IReadOnlyList<Helpline> Helplines { get; init; } = [];

    /// <summary>Risk lexicons by locale (<c>lexicons/&lt;locale&gt;.yaml</c>).</summary>
    public IReadOnlyDictionary<string, LexiconDefinition> Lexicons { get; init; } = new Dictionary<string, LexiconDefinition>();

    /// <summary>User-facing strings: locale → key → text (<c>messages/&lt;locale&gt;.yaml</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Messages { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>
    /// The message <paramref name="key"/> in <paramref name="locale"/>, falling back to the parent language and then to
    /// the pack's default locale. Placeholders such as <c>{name}</c> are replaced from <paramref name="arguments"/>.
    /// </summary>
    /// <param name="key">The message key.</param>
    /// <param name="locale">The user's locale.</param>
    /// <param name="arguments">Values for placeholders, by name.</param>
    /// <returns>The text, or null when no locale has the key.</returns>
    public string? GetMessage(string key, string locale, IReadOnlyDictionary<string, string>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(locale);
        var text = Lookup(key, locale);
        return text is null || arguments is null || arguments.Count == 0
            ? text
            : Placeholders.Fill(text, arguments, static (name, args) => args.GetValueOrDefault(name));
    }

    /// <summary>The helplines for <paramref name="countryCode"/>, then the international ones (country <c>*</c>).</summary>
    /// <param name="countryCode">ISO 3166-1 alpha-2 country code, or null when unknown.</param>
    /// <returns>The country's helplines first, then the international fallback.</returns>
    public IReadOnlyList<Helpline> GetHelplines(string? countryCode)
    {
        var national = countryCode is null
            ? []
            : Helplines.Where(h => string.Equals(h.Country, countryCode, StringComparison.OrdinalIgnoreCase)).ToList();
        var international = Helplines.Where(h => h.Country == Helpline.International);
        return [.. national, .. international];
    }

    private string? Lookup(string key, string locale)
    {
        if (Messages.TryGetValue(locale, out var messages) && messages.TryGetValue(key, out var text))
        {
            return text;
        }

        var language = Locales.Language(locale);
        if (language.Length < locale.Length && Messages.TryGetValue(language, out messages) && messages.TryGetValue(key, out text))
        {
            return text;
        }

        return Messages.TryGetValue(Manifest.DefaultLocale, out messages) && messages.TryGetValue(key, out text) ? text : null;
    }
}
