using System.Globalization;
using System.Text;

namespace WellbeingKit.Channels.Sms;

/// <summary>
/// The opt-out, opt-in and "more" keywords in each locale of the default pack. A keyword counts only as the whole message
/// (case, accents, spaces and punctuation around it ignored), so "stop" is an opt-out but "I can't stop crying" is a message
/// to screen. Opt-out words follow carrier practice (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT in English).
/// </summary>
public static class SmsKeywords
{
    private static readonly Dictionary<string, (SmsKeyword Keyword, string Locale)> Words = Build();

    /// <summary>The keyword <paramref name="text"/> is, with the locale it is a word of.</summary>
    /// <param name="text">The whole message.</param>
    /// <returns>The keyword and its locale, or <see cref="SmsKeyword.None"/>.</returns>
    public static (SmsKeyword Keyword, string? Locale) Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Words.TryGetValue(Fold(text), out var hit) ? hit : (SmsKeyword.None, null);
    }

    /// <summary>The form a keyword is compared in: upper case, no accents, no spaces, no punctuation around it.</summary>
    internal static string Fold(string text)
    {
        var trimmed = text.Trim().Trim('.', '!', '?', '¡', '¿', '"', '\'', '؟', '،');
        var decomposed = trimmed.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category != UnicodeCategory.NonSpacingMark && !char.IsWhiteSpace(c))
            {
                folded.Append(char.ToUpperInvariant(c));
            }
        }

        // Alef with hamza (أ إ) and plain alef are the same letter for matching, as people type either.
        return folded.ToString().Normalize(NormalizationForm.FormC).Replace('أ', 'ا').Replace('إ', 'ا');
    }

    private static Dictionary<string, (SmsKeyword, string)> Build()
    {
        var words = new Dictionary<string, (SmsKeyword, string)>(StringComparer.Ordinal);
        void Add(string locale, SmsKeyword keyword, params string[] list)
        {
            foreach (var word in list)
            {
                words.TryAdd(Fold(word), (keyword, locale));
            }
        }

        Add("en", SmsKeyword.OptOut, "STOP", "STOPALL", "STOP ALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "OPT OUT");
        Add("fr", SmsKeyword.OptOut, "ARRET", "ARRÊT", "DESABONNER", "DÉSABONNER", "DESINSCRIRE");
        Add("es", SmsKeyword.OptOut, "BAJA", "ALTO", "PARAR", "CANCELAR", "DETENER");
        Add("ar", SmsKeyword.OptOut, "توقف", "ايقاف", "إيقاف", "الغاء", "إلغاء");
        Add("en", SmsKeyword.OptIn, "START", "UNSTOP", "RESUME", "OPTIN", "OPT IN");
        Add("fr", SmsKeyword.OptIn, "REPRENDRE", "DEMARRER", "DÉMARRER");
        Add("es", SmsKeyword.OptIn, "ALTA", "INICIO", "REANUDAR");
        Add("ar", SmsKeyword.OptIn, "ابدأ", "ابدا", "بدء", "استئناف");
        Add("en", SmsKeyword.More, "MORE");
        Add("fr", SmsKeyword.More, "SUITE", "PLUS");
        Add("es", SmsKeyword.More, "MAS", "MÁS");
        Add("ar", SmsKeyword.More, "المزيد", "مزيد");
        return words;
    }

    /// <summary>What the channel says after an opt-out or opt-in, in the person's language (en when it has none here).</summary>
    internal static string Confirmation(SmsKeyword keyword, string? locale) => (keyword, locale) switch
    {
        (SmsKeyword.OptOut, "fr") => "Vous ne recevrez plus de messages. Envoyez START pour reprendre. Si vous êtes en danger, appelez les urgences.",
        (SmsKeyword.OptOut, "es") => "No recibirás más mensajes. Envía ALTA para volver. Si estás en peligro, llama a emergencias.",
        (SmsKeyword.OptOut, "ar") => "لن تصلك رسائل بعد الآن. أرسل ابدأ للعودة. إذا كنت في خطر اتصل بالطوارئ.",
        (SmsKeyword.OptOut, _) => "You will get no more messages. Send START to come back. If you are in danger, call your emergency number.",
        (SmsKeyword.OptIn, "fr") => "C'est reparti. Ecrivez-nous quand vous voulez.",
        (SmsKeyword.OptIn, "es") => "Volvemos a estar en contacto. Escríbenos cuando quieras.",
        (SmsKeyword.OptIn, "ar") => "عدنا. اكتب لنا متى شئت.",
        (SmsKeyword.OptIn, _) => "You are back. Write to us any time.",
        (SmsKeyword.More, "fr") => "Il n'y a rien de plus.",
        (SmsKeyword.More, "es") => "No hay nada más.",
        (SmsKeyword.More, "ar") => "لا يوجد المزيد.",
        _ => "There is nothing more.",
    };
}
