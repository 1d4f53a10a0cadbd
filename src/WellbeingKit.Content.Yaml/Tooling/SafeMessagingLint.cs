using System.Globalization;
using System.Text.RegularExpressions;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;

namespace WellbeingKit.Safety;

/// <summary>
/// Checks user-facing text against safe-messaging guidelines in English, Spanish, French and Arabic: no method details,
/// no stigmatising phrases, no promises of secrecy, no diagnoses. Lexicons (detection patterns) and stories (test inputs)
/// are not user-facing and are not checked.
/// </summary>
public static class SafeMessagingLint
{
    private static readonly (SafeMessagingRule Rule, Regex Pattern)[] Rules = Build(
        (SafeMessagingRule.MethodDetail,
        [
            // en
            @"\d+ ?(mg|milligrams?|grams?|pills|tablets)", @"how many (pills|tablets)", @"lethal(ity)?", @"fatal dose", @"overdos(e|ing) (on|of|with)",
            @"hang(ing|ed)? (yourself|myself|himself|herself|themselves|oneself)", @"by hanging", @"noose",
            @"jump(ing|ed)? (off|from) (a |the )?(bridge|building|roof|balcony|window|cliff|tower)",
            @"cut(ting)? (yourself|myself|deeper|(your|my) (wrists?|veins?|arms?))", @"slit(ting)? (your|my) wrists?",
            @"how to (cut|hang|overdose|jump|kill) ?(yourself|myself)?", @"painless (way|death|method)",
            @"(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a hundred|dozens of|handful of) (pills|tablets|capsules|sleeping pills|painkillers)",
            @"(a |the )?(whole|entire|full) (packet|pack|box|bottle|strip|blister) of( your| my| the)? (pills|tablets|capsules|sleeping pills|painkillers|paracetamol|medication|medicine)",
            @"(pills|tablets|capsules|dose|overdose|painkillers|paracetamol) (can|could|would|will) kill( you| me| someone)?",
            // es
            @"sobredosis de", @"dosis (letal|mortal)", @"letal(idad)?", @"ahorcar(se|te|me)", @"ahorcamiento", @"soga al cuello",
            @"(tirar(se|te|me)|saltar) (de|desde|por) (un|una|el|la) (puente|edificio|balcon|ventana|azotea|acantilado)",
            @"cortar(se|te|me) (las venas|las munecas|mas profundo)", @"como (suicidarse|ahorcarse|cortarse)",
            @"(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|cincuenta|cien) (pastillas|pildoras|comprimidos|capsulas)",
            @"(una |la )?(caja|tableta|bolsa|botella|blister) (entera|completa) de (pastillas|pildoras|comprimidos|somniferos|paracetamol|medicamentos)",
            @"(pastillas|pildoras|comprimidos|somniferos|dosis) (pueden|puede|podrian) matar(te|me|le)?",
            // fr
            @"surdose de", @"overdose de", @"dose (letale|mortelle)", @"letal(e|es|ite)?", @"pendaison", @"(se|te|me) pendre", @"corde au cou",
            @"sauter (du|d un|d une|de la|depuis) (haut d un |haut du )?(pont|immeuble|toit|balcon|fenetre|falaise)",
            @"(se|te|me) (couper|taillader|ouvrir) les veines", @"comment (se|me|te) (suicider|pendre|couper)",
            @"(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|trente|cinquante|cent) (comprimes|cachets|pilules|gelules|somniferes)",
            @"(une |la )?(boite|plaquette|tablette|bouteille) (entiere|complete) de (comprimes|cachets|pilules|somniferes|paracetamol|medicaments)",
            @"(comprimes|cachets|pilules|somniferes|dose) (peuvent|peut|pourraient) (te |vous |me )?tuer",
            // ar
            @"جرعة (قاتلة|مميتة)", @"جرعة زائدة من", @"شنق", @"الشنق", @"حبل المشنقة", @"القفز من (فوق )?(الجسر|المبنى|السطح|الشرفة|النافذة)",
            @"قطع (الوريد|الاوردة|الشريان|المعصم)", @"طريقة (الانتحار|للانتحار)",
            @"(عشر|عشرة|خمس|خمسة|عشرين|ثلاثين|خمسين|مئة) (حبات|حبة|اقراص|قرص|كبسولات)",
            @"(علبة|شريط|زجاجة) (كاملة|كامل) من (الحبوب|الاقراص|الحبوب المنومة|المنومات|الباراسيتامول|الدواء)",
            @"(الحبوب|الاقراص|الجرعة) (يمكن ان|قد) (تقتلك|تقتل)",
        ]),
        (SafeMessagingRule.StigmatisingLanguage,
        [
            @"commit(s|ted|ting)? suicide", @"successful suicide", @"suicide (was )?successful", @"(failed|unsuccessful) (suicide )?attempt", @"suicide epidemic",
            @"comet(er|io|ido|e|en) (un )?suicidio", @"suicidio (exitoso|logrado)", @"intento (fallido|fracasado)", @"epidemia de suicidios?",
            @"commet(tre|tent|tait)? (un )?suicide", @"commis (un )?suicide", @"suicide reussi", @"tentative (ratee|echouee|manquee)", @"epidemie de suicides?",
            @"ارتكب الانتحار", @"ارتكاب الانتحار", @"انتحار ناجح", @"محاولة (انتحار )?فاشلة", @"وباء الانتحار",
        ]),
        (SafeMessagingRule.PromiseOfSecrecy,
        [
            @"i (won t|wont|will not|will never) tell (anyone|anybody|a soul)", @"(this|it) (stays|will stay) between (us|you and me)", @"nobody will (ever )?know",
            @"no (se lo )?(dire|contare) (a nadie|nada a nadie)", @"(esto )?queda entre (nosotros|tu y yo)", @"nadie se enterara",
            @"je ne (le )?dirai (rien )?a personne", @"(ca|cela) reste(ra)? entre nous", @"personne n en saura rien",
            @"لن اخبر احدا", @"لن اخبر اي احد", @"سيبقى (هذا )?بيننا", @"لن يعرف احد",
        ]),
        (SafeMessagingRule.Diagnosis,
        [
            @"you (have|ve got|are suffering from|suffer from) (clinical )?(depression|an? (anxiety|depressive|mental|mood) disorder|bipolar( disorder)?|ptsd)",
            @"you (are|re) (clinically )?(depressed|bipolar|mentally ill)",
            @"(tu )?(tienes|padeces|sufres( de)?) (una )?(depresion|un trastorno|trastorno)", @"(tu )?estas deprimid[oa]", @"(usted )?esta deprimid[oa]",
            @"(tu|vous) (as|avez|souffres d|souffrez d) (une )?(depression|un trouble)", @"(tu es|vous etes) deprime(e|s)?",
            @"(انت|انتي) (مكتئب|مكتئبة)", @"(لديك|عندك) (اكتئاب|اضطراب)", @"(انت )?مصاب(ة)? (بالاكتئاب|باضطراب)",
        ]));

    /// <summary>Checks one text.</summary>
    /// <param name="text">The user-facing text.</param>
    /// <returns>The phrases found, each with the rule it breaks.</returns>
    public static IReadOnlyList<(string Phrase, SafeMessagingRule Rule)> CheckText(string text) => CheckText(text, Rules);

    /// <summary>
    /// The built-in rules plus a pack's own phrases (<c>lint/&lt;locale&gt;.yaml</c>): plain words, matched as whole words
    /// whatever the case and accents; a phrase ending in <c>*</c> also matches longer words.
    /// </summary>
    /// <param name="phrases">The pack's phrases, each with the rule it belongs to.</param>
    /// <returns>The compiled rules.</returns>
    private static IReadOnlyList<(SafeMessagingRule Rule, Regex Pattern)> WithPhrases(IEnumerable<(SafeMessagingRule Rule, string Phrase)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var extra = phrases
            .Where(p => p.Phrase.Trim().TrimEnd('*').Length > 0)
            .GroupBy(p => p.Rule)
            .Select(g => (g.Key, g.Select(p => Regex.Escape(ComparableText.Normalize(p.Phrase.Trim().TrimEnd('*'))) + (p.Phrase.Trim().EndsWith('*') ? @"\p{L}*" : "")).ToArray()))
            .ToArray();
        return [.. Rules, .. BuildFolded(extra)];
    }

    /// <summary>Checks every user-facing text of a pack with the built-in rules and a pack's own phrases.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="phrases">The pack's phrases (<c>lint/&lt;locale&gt;.yaml</c>), each with its rule.</param>
    /// <returns>Every finding, with the file and key it is in.</returns>
    internal static IReadOnlyList<SafeMessagingFinding> Check(ContentPack pack, IEnumerable<(SafeMessagingRule Rule, string Phrase)> phrases) => Check(pack, WithPhrases(phrases));

    private static List<(string Phrase, SafeMessagingRule Rule)> CheckText(string text, IReadOnlyList<(SafeMessagingRule Rule, Regex Pattern)> rules)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = ComparableText.Normalize(text);
        var found = new List<(string, SafeMessagingRule)>();
        foreach (var (rule, pattern) in rules)
        {
            foreach (Match match in pattern.Matches(normalized))
            {
                found.Add((match.Value, rule));
            }
        }

        return found;
    }

    /// <summary>Checks every user-facing text of a pack: messages, exercises, questionnaires and helpline descriptions.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>Every finding, with the file and key it is in.</returns>
    public static IReadOnlyList<SafeMessagingFinding> Check(ContentPack pack) => Check(pack, Rules);

    private static List<SafeMessagingFinding> Check(ContentPack pack, IReadOnlyList<(SafeMessagingRule Rule, Regex Pattern)> rules)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var findings = new List<SafeMessagingFinding>();
        void Add(string path, string key, string? text)
        {
            if (text is not null)
            {
                findings.AddRange(CheckText(text, rules).Select(f => new SafeMessagingFinding(path, key, f.Phrase, f.Rule)));
            }
        }

        void AddLocalized(string path, string key, LocalizedText? text)
        {
            foreach (var (locale, value) in text?.Values ?? new Dictionary<string, string>())
            {
                Add(path, locale == LocalizedText.DefaultLocaleKey ? key : key + "." + locale, value);
            }
        }

        foreach (var (locale, messages) in pack.Messages.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            foreach (var (key, text) in messages.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                Add($"messages/{locale}.yaml", key, text);
            }
        }

        foreach (var exercise in pack.Exercises.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var path = $"exercises/{exercise.Id}.yaml";
            AddLocalized(path, "title", exercise.Title);
            AddLocalized(path, "summary", exercise.Summary);
            for (var i = 0; i < exercise.Steps.Count; i++)
            {
                AddLocalized(path, string.Create(CultureInfo.InvariantCulture, $"steps[{i}]"), exercise.Steps[i]);
            }
        }

        foreach (var questionnaire in pack.Questionnaires.Values.OrderBy(q => q.Id, StringComparer.Ordinal))
        {
            var path = $"questionnaires/{questionnaire.Id}.yaml";
            AddLocalized(path, "instructions", questionnaire.Instructions);
            foreach (var item in questionnaire.Items)
            {
                AddLocalized(path, item.Id, item.Text);
            }

            foreach (var band in questionnaire.Bands)
            {
                AddLocalized(path, "bands." + band.Severity, band.Label);
            }
        }

        foreach (var helpline in pack.Helplines)
        {
            AddLocalized($"helplines/{helpline.Country.ToLowerInvariant()}.yaml", helpline.Name, helpline.Description);
        }

        return findings;
    }

    /// <summary>Folds a pattern like <see cref="ComparableText.Normalize"/> folds text (no diacritics or hamza marks), keeping regex syntax.</summary>
    private static string Fold(string pattern)
    {
        var decomposed = pattern.Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark));
        return new string([.. kept]).Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
    }

    private static (SafeMessagingRule, Regex)[] Build(params (SafeMessagingRule Rule, string[] Patterns)[] groups) =>
        BuildFolded([.. groups.Select(g => (g.Rule, g.Patterns.Select(Fold).ToArray()))]);

    private static (SafeMessagingRule, Regex)[] BuildFolded((SafeMessagingRule Rule, string[] Patterns)[] groups) =>
        [.. groups.Select(g => (g.Rule, new Regex(
            @"(?<![\p{L}\p{N}])(?:" + string.Join("|", g.Patterns) + @")(?![\p{L}\p{N}])",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(10))))];
}
