namespace WellbeingKit.Conversations.Runtime;

/// <summary>The loosely written fields of a message (locale, country, context): normalised where obvious, ignored with a warning otherwise.</summary>
internal static class MessageFields
{
    /// <summary>Reads the locale, country and context loosely: normalised where obvious, ignored with a warning otherwise.</summary>
    public static UserMessage Normalize(UserMessage message, List<string> warnings)
    {
        var locale = message.Locale;
        if (locale is not null && Content.Locales.Normalize(locale) is var normalLocale && normalLocale != locale)
        {
            if (normalLocale is null)
            {
                warnings.Add($"The locale '{Shorten(locale)}' is not a language tag such as 'en' or 'es-MX'; it was ignored.");
            }

            locale = normalLocale;
        }

        var country = message.Country;
        if (country is not null && Content.Locales.NormalizeCountry(country) is var normalCountry && normalCountry != country)
        {
            if (normalCountry is null)
            {
                warnings.Add($"The country '{Shorten(country)}' is not an ISO 3166-1 country code such as 'GB'; it was ignored.");
            }

            country = normalCountry;
        }

        var context = message.Context;
        if (context is not null)
        {
            var normalContext = context.Trim().ToLowerInvariant();
            if (normalContext.Length is 0 or > 32 || !char.IsAsciiLetterLower(normalContext[0]) || !normalContext.All(c => char.IsAsciiLetterLower(c) || c == '-'))
            {
                warnings.Add($"The context '{Shorten(context)}' is not a context name such as 'class', 'workplace' or 'home'; it was ignored.");
                normalContext = null;
            }

            context = normalContext;
        }

        return locale == message.Locale && country == message.Country && context == message.Context
            ? message
            : message with { Locale = locale, Country = country, Context = context };
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
