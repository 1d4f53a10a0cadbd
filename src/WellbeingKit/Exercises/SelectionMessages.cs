using System.Globalization;
using WellbeingKit.Content;

namespace WellbeingKit.Exercises;

/// <summary>
/// The user-facing reasons of a choice. Each is a message key (<c>exercise.reason.*</c>, <c>concern.*</c>) that a content pack
/// may define in <c>messages/&lt;locale&gt;.yaml</c>; the kit has built-in English, Spanish, French and Arabic fallbacks.
/// </summary>
internal static class SelectionMessages
{
    public const string Short = "exercise.reason.short";
    public const string EyesOpen = "exercise.reason.eyes-open";
    public const string NoWriting = "exercise.reason.no-writing";
    public const string Quiet = "exercise.reason.quiet";
    public const string HelpsWith = "exercise.reason.helps-with";
    public const string SuitsFeeling = "exercise.reason.suits-feeling";
    public const string HelpedBefore = "exercise.reason.helped-before";
    public const string HelpsOthers = "exercise.reason.helps-others";
    public const string SomethingNew = "exercise.reason.something-new";

    private static readonly Dictionary<string, Dictionary<string, string>> BuiltIn = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new(StringComparer.Ordinal)
        {
            [Short] = "short ({duration})",
            [EyesOpen] = "works with your eyes open",
            [NoWriting] = "no writing needed",
            [Quiet] = "you can do it quietly where you are",
            [HelpsWith] = "helps with {concern}",
            [SuitsFeeling] = "suits how you are feeling",
            [HelpedBefore] = "you found it helpful before",
            [HelpsOthers] = "many people find it helpful",
            [SomethingNew] = "something new to try",
            ["concern.anxiety"] = "anxiety",
            ["concern.stress"] = "stress",
            ["concern.low-mood"] = "low mood",
            ["concern.sleep"] = "sleep",
            ["concern.worry"] = "worry",
            ["concern.anger"] = "anger",
            ["concern.rumination"] = "going over things again and again",
            ["concern.loneliness"] = "loneliness",
            ["concern.overwhelm"] = "feeling overwhelmed",
            ["concern.panic"] = "panic",
        },
        ["es"] = new(StringComparer.Ordinal)
        {
            [Short] = "es breve ({duration})",
            [EyesOpen] = "se hace con los ojos abiertos",
            [NoWriting] = "no hace falta escribir",
            [Quiet] = "puedes hacerlo en silencio donde estás",
            [HelpsWith] = "ayuda con {concern}",
            [SuitsFeeling] = "encaja con cómo te sientes",
            [HelpedBefore] = "te ayudó antes",
            [HelpsOthers] = "a muchas personas les ayuda",
            [SomethingNew] = "algo nuevo para probar",
            ["concern.anxiety"] = "la ansiedad",
            ["concern.stress"] = "el estrés",
            ["concern.low-mood"] = "el ánimo bajo",
            ["concern.sleep"] = "el sueño",
            ["concern.worry"] = "la preocupación",
            ["concern.anger"] = "el enojo",
            ["concern.rumination"] = "darle vueltas a las cosas",
            ["concern.loneliness"] = "la soledad",
            ["concern.overwhelm"] = "sentirte desbordado",
            ["concern.panic"] = "el pánico",
        },
        ["fr"] = new(StringComparer.Ordinal)
        {
            [Short] = "court ({duration})",
            [EyesOpen] = "se fait les yeux ouverts",
            [NoWriting] = "rien à écrire",
            [Quiet] = "vous pouvez le faire discrètement là où vous êtes",
            [HelpsWith] = "aide face à {concern}",
            [SuitsFeeling] = "convient à ce que vous ressentez",
            [HelpedBefore] = "cela vous a aidé auparavant",
            [HelpsOthers] = "beaucoup de personnes le trouvent utile",
            [SomethingNew] = "quelque chose de nouveau à essayer",
            ["concern.anxiety"] = "l’anxiété",
            ["concern.stress"] = "le stress",
            ["concern.low-mood"] = "le moral en baisse",
            ["concern.sleep"] = "le sommeil",
            ["concern.worry"] = "l’inquiétude",
            ["concern.anger"] = "la colère",
            ["concern.rumination"] = "les pensées qui tournent en boucle",
            ["concern.loneliness"] = "la solitude",
            ["concern.overwhelm"] = "le sentiment d’être débordé",
            ["concern.panic"] = "la panique",
        },
        ["ar"] = new(StringComparer.Ordinal)
        {
            [Short] = "قصير ({duration})",
            [EyesOpen] = "يُمارَس والعينان مفتوحتان",
            [NoWriting] = "لا يحتاج إلى كتابة",
            [Quiet] = "يمكنك ممارسته بهدوء حيث أنت",
            [HelpsWith] = "يساعد على {concern}",
            [SuitsFeeling] = "يناسب ما تشعر به",
            [HelpedBefore] = "وجدته مفيدًا من قبل",
            [HelpsOthers] = "يجده كثير من الناس مفيدًا",
            [SomethingNew] = "شيء جديد لتجربته",
            ["concern.anxiety"] = "تخفيف القلق",
            ["concern.stress"] = "تخفيف التوتر",
            ["concern.low-mood"] = "تحسين المزاج المنخفض",
            ["concern.sleep"] = "النوم",
            ["concern.worry"] = "تخفيف الهموم",
            ["concern.anger"] = "تهدئة الغضب",
            ["concern.rumination"] = "التوقف عن اجترار الأفكار",
            ["concern.loneliness"] = "تخفيف الشعور بالوحدة",
            ["concern.overwhelm"] = "تخفيف الشعور بالإرهاق",
            ["concern.panic"] = "تهدئة الهلع",
        },
    };

    /// <summary>
    /// The text of <paramref name="key"/> for <paramref name="locale"/>: the pack's own message in the locale or its parent language,
    /// then the built-in text in the locale or its parent language, then the pack's default locale, then built-in English.
    /// </summary>
    public static string Get(ContentPack? pack, string key, string locale, IReadOnlyDictionary<string, string>? arguments = null)
    {
        var text = Find(pack, key, locale) ?? key;
        if (arguments is not null)
        {
            foreach (var (name, value) in arguments)
            {
                text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>The concern's name in the locale (the raw concern when no text is known).</summary>
    public static string Concern(ContentPack? pack, string concern, string locale)
    {
        var key = "concern." + concern.ToLowerInvariant();
        var text = Find(pack, key, locale);
        return text ?? concern.Replace('-', ' ');
    }

    /// <summary>A duration in minutes, as words in the locale ("3 minutes", "3 minutos", "3 دقائق").</summary>
    public static string Duration(double minutes, string locale)
    {
        var n = Math.Max(1, (int)Math.Round(minutes, MidpointRounding.AwayFromZero));
        var count = n.ToString(CultureInfo.InvariantCulture);
        return Locales.Language(locale) switch
        {
            "es" => n == 1 ? "1 minuto" : count + " minutos",
            "fr" => n == 1 ? "1 minute" : count + " minutes",
            "ar" => n switch
            {
                1 => "دقيقة واحدة",
                2 => "دقيقتان",
                <= 10 => count + " دقائق",
                _ => count + " دقيقة",
            },
            _ => n == 1 ? "1 minute" : count + " minutes",
        };
    }

    private static string? Find(ContentPack? pack, string key, string locale)
    {
        var language = Locales.Language(locale);
        if (pack is not null)
        {
            if (TryPack(pack, locale, key, out var text) || TryPack(pack, language, key, out text))
            {
                return text;
            }
        }

        if (TryBuiltIn(locale, key, out var builtIn) || TryBuiltIn(language, key, out builtIn))
        {
            return builtIn;
        }

        if (pack is not null && TryPack(pack, pack.Manifest.DefaultLocale, key, out var fallback))
        {
            return fallback;
        }

        return TryBuiltIn("en", key, out builtIn) ? builtIn : null;
    }

    private static bool TryPack(ContentPack pack, string locale, string key, out string text)
    {
        text = "";
        if (pack.Messages.TryGetValue(locale, out var messages) && messages.TryGetValue(key, out var found))
        {
            text = found;
            return true;
        }

        return false;
    }

    private static bool TryBuiltIn(string locale, string key, out string text)
    {
        text = "";
        if (BuiltIn.TryGetValue(locale, out var messages) && messages.TryGetValue(key, out var found))
        {
            text = found;
            return true;
        }

        return false;
    }

}
