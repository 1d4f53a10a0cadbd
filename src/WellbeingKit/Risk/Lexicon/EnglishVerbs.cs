namespace WellbeingKit.Risk.Lexicon;

/// <summary>
/// English verb forms for lexicon markers: -s, -ed and -ing with their spelling rules, and the irregular verbs the crisis
/// lexicons use (die, cut, hang, take...). Doubled consonants need no care: matching collapses repeated letters.
/// </summary>
internal sealed class EnglishVerbs : IVerbParadigm
{
    /// <summary>The one instance.</summary>
    public static readonly EnglishVerbs Instance = new();

    /// <summary>The irregular verbs: past, participle (as many as are in use, separated by /).</summary>
    private static readonly Dictionary<string, (string Past, string Participle)> Table = new(StringComparer.Ordinal)
    {
        ["be"] = ("was/were", "been"),
        ["have"] = ("had", "had"),
        ["do"] = ("did", "done"),
        ["go"] = ("went", "gone"),
        ["get"] = ("got", "got/gotten"),
        ["make"] = ("made", "made"),
        ["take"] = ("took", "taken"),
        ["give"] = ("gave", "given"),
        ["cut"] = ("cut", "cut"),
        ["hurt"] = ("hurt", "hurt"),
        ["hit"] = ("hit", "hit"),
        ["slit"] = ("slit", "slit"),
        ["hang"] = ("hanged/hung", "hanged/hung"),
        ["shoot"] = ("shot", "shot"),
        ["feel"] = ("felt", "felt"),
        ["think"] = ("thought", "thought"),
        ["leave"] = ("left", "left"),
        ["write"] = ("wrote", "written"),
        ["say"] = ("said", "said"),
        ["tell"] = ("told", "told"),
        ["keep"] = ("kept", "kept"),
        ["sleep"] = ("slept", "slept"),
        ["wake"] = ("woke", "woken"),
        ["buy"] = ("bought", "bought"),
        ["find"] = ("found", "found"),
        ["lose"] = ("lost", "lost"),
        ["beat"] = ("beat", "beaten"),
        ["hold"] = ("held", "held"),
        ["fall"] = ("fell", "fallen"),
        ["eat"] = ("ate", "eaten"),
        ["drink"] = ("drank", "drunk"),
        ["run"] = ("ran", "run"),
        ["break"] = ("broke", "broken"),
        ["bleed"] = ("bled", "bled"),
        ["burn"] = ("burned/burnt", "burned/burnt"),
        ["see"] = ("saw", "seen"),
        ["come"] = ("came", "come"),
        ["put"] = ("put", "put"),
        ["throw"] = ("threw", "thrown"),
        ["swallow"] = ("swallowed", "swallowed"),
        ["mean"] = ("meant", "meant"),
        ["end"] = ("ended", "ended"),
        ["can"] = ("could", "could"),
        ["will"] = ("would", "would"),
    };

    private static readonly Dictionary<string, int> SubjectMap = new(StringComparer.Ordinal)
    {
        ["i"] = 1, ["you"] = 2, ["he"] = 3, ["she"] = 3, ["it"] = 3, ["we"] = 4, ["they"] = 6,
    };

    private EnglishVerbs()
    {
    }

    /// <inheritdoc />
    public IReadOnlySet<string> Clitics { get; } = new HashSet<string>();

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> Subjects => SubjectMap;

    /// <inheritdoc />
    public IReadOnlyList<VerbForm>? Conjugate(string lemma)
    {
        if (lemma.Length < 2)
        {
            return null;
        }

        var consonantY = lemma.EndsWith('y') && !"aeiou".Contains(lemma[^2], StringComparison.Ordinal);
        var third = lemma switch
        {
            "be" => "is",
            "have" => "has",
            "can" or "will" => lemma,
            _ when consonantY => lemma[..^1] + "ies",
            _ when lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith('o') => lemma + "es",
            _ => lemma + "s",
        };
        var regularPast = consonantY ? lemma[..^1] + "ied" : lemma.EndsWith('e') ? lemma + "d" : lemma + "ed";
        var (past, participle) = Table.TryGetValue(lemma, out var irregular) ? irregular : (regularPast, regularPast);
        var gerund = lemma.EndsWith("ie", StringComparison.Ordinal) ? lemma[..^2] + "ying"
            : lemma.EndsWith('e') && lemma.Length > 2 && !lemma.EndsWith("ee", StringComparison.Ordinal) && !lemma.EndsWith("ye", StringComparison.Ordinal) && !lemma.EndsWith("oe", StringComparison.Ordinal) ? lemma[..^1] + "ing"
            : lemma + "ing";

        var forms = new List<VerbForm> { new(lemma, FormKind.Infinitive, 0), new(gerund, FormKind.Gerund, 0) };
        for (var p = 1; p <= 6; p++)
        {
            var present = lemma == "be" ? p switch { 1 => "am", 3 => "is", _ => "are" } : p == 3 ? third : lemma;
            forms.Add(new VerbForm(present, FormKind.Present, p));
            foreach (var form in past.Split('/'))
            {
                forms.Add(new VerbForm(form, FormKind.Preterite, p));
            }
        }

        foreach (var form in participle.Split('/'))
        {
            forms.Add(new VerbForm(form, FormKind.Participle, 0));
        }

        return forms;
    }

    /// <inheritdoc />
    public IEnumerable<string> WithClitic(string lemma, IReadOnlyList<VerbForm> forms, string clitic, IReadOnlySet<int> persons) => [];
}
