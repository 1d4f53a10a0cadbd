namespace WellbeingKit.Benchmarks.Screening;

/// <summary>
/// Everyday messages without crisis language (the common case screening must make cheap), cut or repeated to an exact
/// length. Written for the benchmarks; no dataset text.
/// </summary>
internal static class SampleText
{
    private static readonly string[] English =
    [
        "Work was long today, but the walk home through the park was nice.",
        "My sister called and we talked about the trip we are planning for the summer.",
        "I could not focus during the lecture, so I made notes and will read them again tonight.",
        "The bus was late again and the rain did not stop all afternoon.",
        "I cooked soup for dinner and watched a film with my flatmate.",
        "Tomorrow I have an interview, and I feel nervous about the questions they might ask.",
        "I slept badly last night because the neighbours had a party until two.",
        "We went to the park with the kids and they played football for an hour.",
        "I keep thinking about the exam results, even though there is nothing I can do now.",
        "My manager liked the report, which was a nice surprise after a stressful week.",
    ];

    private static readonly string[] Arabic =
    [
        "كان العمل طويلا اليوم، لكن المشي إلى البيت عبر الحديقة كان لطيفا.",
        "اتصلت أختي وتحدثنا عن الرحلة التي نخطط لها في الصيف.",
        "لم أستطع التركيز في المحاضرة، فكتبت ملاحظات وسأقرأها مرة أخرى الليلة.",
        "تأخرت الحافلة مرة أخرى ولم يتوقف المطر طوال بعد الظهر.",
        "طبخت حساء للعشاء وشاهدت فيلما مع صديقي في السكن.",
        "غدا عندي مقابلة عمل، وأشعر بالتوتر من الأسئلة التي قد يطرحونها.",
        "نمت بشكل سيئ الليلة الماضية لأن الجيران أقاموا حفلة حتى الثانية.",
        "ذهبنا إلى الحديقة مع الأطفال ولعبوا كرة القدم لمدة ساعة.",
        "أفكر كثيرا في نتائج الامتحان، مع أنه لا يوجد شيء أستطيع فعله الآن.",
        "أعجب مديري بالتقرير، وكانت مفاجأة جميلة بعد أسبوع مرهق.",
    ];

    /// <summary>A message of exactly <paramref name="length"/> characters in <paramref name="locale"/> (<c>en</c> or <c>ar</c>).</summary>
    public static string Of(string locale, int length, int variant = 0) => Of(locale, length, variant, distress: false);

    /// <summary>
    /// As <see cref="Of(string, int, int)"/>; with <paramref name="distress"/> the message starts with one low-level
    /// distress phrase ("exhausted"), so the lexicon's match path (evaluation, evidence) runs too.
    /// </summary>
    public static string Of(string locale, int length, int variant, bool distress)
    {
        var sentences = locale switch
        {
            "en" => English,
            "ar" => Arabic,
            _ => throw new ArgumentException($"No sample text for locale '{locale}': use en or ar.", nameof(locale)),
        };
        var builder = new System.Text.StringBuilder(length + 128);
        if (distress)
        {
            builder.Append(locale == "ar" ? "أنا منهك تماما هذه الأيام." : "I am exhausted these days.");
        }

        for (var i = variant; builder.Length < length; i++)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(sentences[i % sentences.Length]);
        }

        return builder.ToString(0, length).TrimEnd().PadRight(length, '.');
    }
}
