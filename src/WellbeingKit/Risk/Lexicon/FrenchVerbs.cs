namespace WellbeingKit.Risk.Lexicon;

/// <summary>
/// French verb forms for lexicon markers: the regular -er, -ir (finir) and -re (vendre) paradigms and the irregular
/// verbs the crisis lexicons use, in one table. Forms are written without accents and with doubled letters as they come:
/// matching folds accents and collapses repeated letters (jette reads jete, appelle apele).
/// </summary>
internal sealed class FrenchVerbs : IVerbParadigm
{
    /// <summary>The one instance.</summary>
    public static readonly FrenchVerbs Instance = new();

    /// <summary>
    /// The irregular verbs: present (six forms), future stem, participle (masculine singular), passé simple stem (voulu:
    /// voulus, voulut, voulurent; null for the -er endings), subjunctive (six forms; null: from the present 3p and 1p),
    /// present participle, imperative (three forms), imperfect stem.
    /// </summary>
    private static readonly Dictionary<string, Irregular> Table = new(StringComparer.Ordinal)
    {
        ["etre"] = new("suis es est sommes etes sont", "ser", "ete", "fu", Subj: "sois sois soit soyons soyez soient", Ppr: "etant", Imp: "sois soyons soyez", Impf: "et"),
        ["avoir"] = new("ai as a avons avez ont", "aur", "eu", "eu", Subj: "aie aies ait ayons ayez aient", Ppr: "ayant", Imp: "aie ayons ayez"),
        ["aller"] = new("vais vas va allons allez vont", "ir", "alle", null, Subj: "aille ailles aille allions alliez aillent", Imp: "va allons allez"),
        ["vouloir"] = new("veux veux veut voulons voulez veulent", "voudr", "voulu", "voulu", Subj: "veuille veuilles veuille voulions vouliez veuillent"),
        ["pouvoir"] = new("peux peux peut pouvons pouvez peuvent", "pourr", "pu", "pu", Subj: "puisse puisses puisse puissions puissiez puissent"),
        ["mourir"] = new("meurs meurs meurt mourons mourez meurent", "mourr", "mort", "mouru"),
        ["faire"] = new("fais fais fait faisons faites font", "fer", "fait", "fi", Subj: "fasse fasses fasse fassions fassiez fassent"),
        ["dire"] = new("dis dis dit disons dites disent", "dir", "dit", "di"),
        ["vivre"] = new("vis vis vit vivons vivez vivent", "vivr", "vecu", "vecu"),
        ["devoir"] = new("dois dois doit devons devez doivent", "devr", "du", "du"),
        ["savoir"] = new("sais sais sait savons savez savent", "saur", "su", "su", Subj: "sache saches sache sachions sachiez sachent", Ppr: "sachant", Imp: "sache sachons sachez"),
        ["prendre"] = new("prends prends prend prenons prenez prennent", "prendr", "pris", "pri"),
        ["mettre"] = new("mets mets met mettons mettez mettent", "mettr", "mis", "mi"),
        ["venir"] = new("viens viens vient venons venez viennent", "viendr", "venu", "vin"),
        ["tenir"] = new("tiens tiens tient tenons tenez tiennent", "tiendr", "tenu", "tin"),
        ["voir"] = new("vois vois voit voyons voyez voient", "verr", "vu", "vi"),
        ["croire"] = new("crois crois croit croyons croyez croient", "croir", "cru", "cru"),
        ["partir"] = new("pars pars part partons partez partent", "partir", "parti", "parti"),
        ["sortir"] = new("sors sors sort sortons sortez sortent", "sortir", "sorti", "sorti"),
        ["dormir"] = new("dors dors dort dormons dormez dorment", "dormir", "dormi", "dormi"),
        ["sentir"] = new("sens sens sent sentons sentez sentent", "sentir", "senti", "senti"),
        ["mentir"] = new("mens mens ment mentons mentez mentent", "mentir", "menti", "menti"),
        ["courir"] = new("cours cours court courons courez courent", "courr", "couru", "couru"),
        ["fuir"] = new("fuis fuis fuit fuyons fuyez fuient", "fuir", "fui", "fui"),
        ["enfuir"] = new("enfuis enfuis enfuit enfuyons enfuyez enfuient", "enfuir", "enfui", "enfui"),
        ["ouvrir"] = new("ouvre ouvres ouvre ouvrons ouvrez ouvrent", "ouvrir", "ouvert", "ouvri"),
        ["offrir"] = new("offre offres offre offrons offrez offrent", "offrir", "offert", "offri"),
        ["souffrir"] = new("souffre souffres souffre souffrons souffrez souffrent", "souffrir", "souffert", "souffri"),
        ["valoir"] = new("vaux vaux vaut valons valez valent", "vaudr", "valu", "valu", Subj: "vaille vailles vaille valions valiez vaillent"),
        ["battre"] = new("bats bats bat battons battez battent", "battr", "battu", "batti"),
        ["lire"] = new("lis lis lit lisons lisez lisent", "lir", "lu", "lu"),
        ["ecrire"] = new("ecris ecris ecrit ecrivons ecrivez ecrivent", "ecrir", "ecrit", "ecrivi"),
        ["disparaitre"] = new("disparais disparais disparait disparaissons disparaissez disparaissent", "disparaitr", "disparu", "disparu"),
        ["connaitre"] = new("connais connais connait connaissons connaissez connaissent", "connaitr", "connu", "connu"),
    };

    private static readonly HashSet<string> CliticSet = new(StringComparer.Ordinal) { "me", "te", "se", "nous", "vous", "le", "la", "les", "lui", "leur", "en", "y" };

    private static readonly Dictionary<string, int> SubjectMap = new(StringComparer.Ordinal)
    {
        ["je"] = 1, ["j"] = 1, ["tu"] = 2, ["il"] = 3, ["elle"] = 3, ["on"] = 3, ["nous"] = 4, ["vous"] = 5, ["ils"] = 6, ["elles"] = 6,
    };

    private FrenchVerbs()
    {
    }

    /// <inheritdoc />
    public IReadOnlySet<string> Clitics => CliticSet;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> Subjects => SubjectMap;

    /// <inheritdoc />
    public IReadOnlyList<VerbForm>? Conjugate(string lemma)
    {
        var group = lemma.EndsWith("er", StringComparison.Ordinal) ? 'e' : lemma.EndsWith("ir", StringComparison.Ordinal) ? 'i' : lemma.EndsWith("re", StringComparison.Ordinal) ? 'r' : '\0';
        var verb = Table.GetValueOrDefault(lemma);
        if (verb is null && (group == '\0' || lemma.Length < 3 || lemma.EndsWith("oir", StringComparison.Ordinal)))
        {
            return null;
        }

        var stem = lemma[..^2];
        var soft = group == 'e' && stem.EndsWith('g') ? "e" : ""; // mangeons, mangeais
        string[] present = verb is not null ? verb.Present.Split(' ') : group switch
        {
            'e' => [stem + "e", stem + "es", stem + "e", stem + soft + "ons", stem + "ez", stem + "ent"],
            'i' => [stem + "is", stem + "is", stem + "it", stem + "issons", stem + "issez", stem + "issent"],
            _ => [stem + "s", stem + "s", stem, stem + "ons", stem + "ez", stem + "ent"],
        };

        var nous = verb?.Impf ?? present[3][..^3];
        var nousPlain = soft.Length > 0 ? nous[..^1] : nous; // mangions, not mangeions
        var they = present[5].EndsWith("ent", StringComparison.Ordinal) ? present[5][..^3] : nous;
        var future = verb?.Fut ?? (group == 'r' ? lemma[..^1] : lemma);
        var forms = new List<VerbForm>();
        void Six(FormKind kind, Func<int, string> form)
        {
            for (var p = 1; p <= 6; p++)
            {
                forms.Add(new VerbForm(form(p), kind, p));
            }
        }

        string[] imperfect = ["ais", "ais", "ait", "ions", "iez", "aient"];
        Six(FormKind.Present, p => present[p - 1]);
        Six(FormKind.Imperfect, p => (p is 4 or 5 ? nousPlain : nous) + imperfect[p - 1]);
        Six(FormKind.Future, p => future + new[] { "ai", "as", "a", "ons", "ez", "ont" }[p - 1]);
        Six(FormKind.Conditional, p => future + imperfect[p - 1]);

        var subjunctive = verb?.Subj?.Split(' ');
        Six(FormKind.Subjunctive, p => subjunctive?[p - 1] ?? p switch
        {
            4 => nousPlain + "ions",
            5 => nousPlain + "iez",
            _ => they + new[] { "e", "es", "e", "", "", "ent" }[p - 1],
        });

        var simple = verb is not null ? verb.Simple : group == 'e' ? null : group == 'i' ? stem + "i" : stem + "i";
        Six(FormKind.Preterite, p => simple is null
            ? stem + soft + new[] { "ai", "as", "a", "ames", "ates", "erent" }[p - 1].Replace("erent", soft.Length > 0 ? "rent" : "erent", StringComparison.Ordinal)
            : simple + new[] { "s", "s", "t", "mes", "tes", "rent" }[p - 1]);

        var imperative = verb?.Imp?.Split(' ') ?? [present[1].EndsWith("es", StringComparison.Ordinal) ? present[1][..^1] : present[1], present[3], present[4]];
        forms.Add(new VerbForm(imperative[0], FormKind.Imperative, 2));
        forms.Add(new VerbForm(imperative[1], FormKind.Imperative, 4));
        forms.Add(new VerbForm(imperative[2], FormKind.Imperative, 5));

        forms.Add(new VerbForm(lemma, FormKind.Infinitive, 0));
        forms.Add(new VerbForm(verb?.Ppr ?? nous + "ant", FormKind.Gerund, 0));
        var participle = verb?.Part ?? group switch { 'e' => stem + "e", 'i' => stem + "i", _ => stem + "u" };
        forms.Add(new VerbForm(participle, FormKind.Participle, 0));
        forms.Add(new VerbForm(participle + "e", FormKind.Participle, 0));
        forms.Add(new VerbForm(participle.EndsWith('s') ? participle : participle + "s", FormKind.Participle, 0));
        forms.Add(new VerbForm(participle + "es", FormKind.Participle, 0));
        return forms;
    }

    /// <inheritdoc />
    public IEnumerable<string> WithClitic(string lemma, IReadOnlyList<VerbForm> forms, string clitic, IReadOnlySet<int> persons)
    {
        // A reflexive pronoun fixes the person of the auxiliary: je me suis coupé, tu t'es coupé.
        int[] reflexive = clitic switch { "me" => [1], "te" => [2], "se" => [3, 6], "nous" => [4], "vous" => [5], _ => [] };
        foreach (var form in forms)
        {
            switch (form.Kind)
            {
                case FormKind.Imperative:
                    yield return form.Text + " " + clitic switch { "me" => "moi", "te" => "toi", _ => clitic };
                    break;
                case FormKind.Participle:
                    var auxiliary = Conjugate(reflexive.Length > 0 ? "etre" : "avoir")!
                        .Where(f => f.Kind is FormKind.Present or FormKind.Imperfect && (reflexive.Length == 0 || reflexive.Contains(f.Person)) && (persons.Count == 0 || persons.Contains(f.Person)));
                    foreach (var aux in auxiliary)
                    {
                        yield return clitic + " " + aux.Text + " " + form.Text;
                    }

                    break;
                default:
                    yield return clitic + " " + form.Text;
                    break;
            }
        }
    }

    /// <summary>One irregular verb of <see cref="Table"/>.</summary>
    private sealed record Irregular(string Present, string Fut, string Part, string? Simple, string? Subj = null, string? Ppr = null, string? Imp = null, string? Impf = null);
}
