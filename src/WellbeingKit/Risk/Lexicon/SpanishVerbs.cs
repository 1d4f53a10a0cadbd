namespace WellbeingKit.Risk.Lexicon;

/// <summary>
/// Spanish verb forms for lexicon markers: the regular -ar/-er/-ir paradigms with their spelling changes (busqué, sigo,
/// leyó, conozco), stem changes (quiero, puedo, murió) and the irregular verbs the crisis lexicons use, in one table.
/// Forms are written without accents: matching folds them.
/// </summary>
internal sealed class SpanishVerbs : IVerbParadigm
{
    /// <summary>The one instance.</summary>
    public static readonly SpanishVerbs Instance = new();

    /// <summary>
    /// The irregular verbs. Fields: stem change (ie, ue, i, or empty), first-person present stem (teng: tengo, tenga),
    /// strong preterite stem (quis: quise, quisiera), future stem (querr), participle, gerund, imperative tú; then whole
    /// tenses written out (tense=six forms, - for none).
    /// </summary>
    private static readonly Dictionary<string, Irregular> Table = new(StringComparer.Ordinal)
    {
        ["ser"] = new(Whole: new()
        {
            [FormKind.Present] = "soy eres es somos sois son",
            [FormKind.Preterite] = "fui fuiste fue fuimos fuisteis fueron",
            [FormKind.Imperfect] = "era eras era eramos erais eran",
            [FormKind.Subjunctive] = "sea seas sea seamos seais sean",
            [FormKind.Imperative] = "- se sea seamos sed sean",
        }),
        ["ir"] = new(Ger: "yendo", Whole: new()
        {
            [FormKind.Present] = "voy vas va vamos vais van",
            [FormKind.Preterite] = "fui fuiste fue fuimos fuisteis fueron",
            [FormKind.Imperfect] = "iba ibas iba ibamos ibais iban",
            [FormKind.Subjunctive] = "vaya vayas vaya vayamos vayais vayan",
            [FormKind.Imperative] = "- ve vaya vamos id vayan",
        }),
        ["estar"] = new(Pret: "estuv", Imp: "esta", Whole: new()
        {
            [FormKind.Present] = "estoy estas esta estamos estais estan",
            [FormKind.Subjunctive] = "este estes este estemos esteis esten",
        }),
        ["haber"] = new(Yo: "hay", Pret: "hub", Fut: "habr", Whole: new() { [FormKind.Present] = "he has ha hemos habeis han" }),
        ["dar"] = new(Whole: new()
        {
            [FormKind.Present] = "doy das da damos dais dan",
            [FormKind.Preterite] = "di diste dio dimos disteis dieron",
            [FormKind.Subjunctive] = "de des de demos deis den",
        }),
        ["ver"] = new(Yo: "ve", Part: "visto", Whole: new()
        {
            [FormKind.Present] = "veo ves ve vemos veis ven",
            [FormKind.Preterite] = "vi viste vio vimos visteis vieron",
            [FormKind.Imperfect] = "veia veias veia veiamos veiais veian",
        }),
        ["saber"] = new(Yo: "sep", Pret: "sup", Fut: "sabr", Whole: new() { [FormKind.Present] = "se sabes sabe sabemos sabeis saben" }),
        ["poder"] = new(Change: "ue", Pret: "pud", Fut: "podr", Ger: "pudiendo"),
        ["querer"] = new(Change: "ie", Pret: "quis", Fut: "querr"),
        ["tener"] = new(Change: "ie", Yo: "teng", Pret: "tuv", Fut: "tendr", Imp: "ten"),
        ["venir"] = new(Change: "ie", Yo: "veng", Pret: "vin", Fut: "vendr", Imp: "ven"),
        ["hacer"] = new(Yo: "hag", Pret: "hic", Fut: "har", Part: "hecho", Imp: "haz", Whole: new() { [FormKind.Preterite] = "hice hiciste hizo hicimos hicisteis hicieron" }),
        ["decir"] = new(Change: "i", Yo: "dig", Pret: "dij", Fut: "dir", Part: "dicho", Imp: "di"),
        ["poner"] = new(Yo: "pong", Pret: "pus", Fut: "pondr", Part: "puesto", Imp: "pon"),
        ["salir"] = new(Yo: "salg", Fut: "saldr", Imp: "sal"),
        ["traer"] = new(Yo: "traig", Pret: "traj"),
        ["caer"] = new(Yo: "caig"),
        ["oir"] = new(Yo: "oig", Whole: new() { [FormKind.Present] = "oigo oyes oye oimos ois oyen" }),
        ["morir"] = new(Change: "ue", Part: "muerto"),
        ["dormir"] = new(Change: "ue"),
        ["volver"] = new(Change: "ue", Part: "vuelto"),
        ["devolver"] = new(Change: "ue", Part: "devuelto"),
        ["escribir"] = new(Part: "escrito"),
        ["abrir"] = new(Part: "abierto"),
        ["romper"] = new(Part: "roto"),
        ["seguir"] = new(Change: "i"),
        ["conseguir"] = new(Change: "i"),
        ["pedir"] = new(Change: "i"),
        ["despedir"] = new(Change: "i"),
        ["rendir"] = new(Change: "i"),
        ["repetir"] = new(Change: "i"),
        ["sentir"] = new(Change: "ie"),
        ["mentir"] = new(Change: "ie"),
        ["preferir"] = new(Change: "ie"),
        ["pensar"] = new(Change: "ie"),
        ["despertar"] = new(Change: "ie"),
        ["empezar"] = new(Change: "ie"),
        ["comenzar"] = new(Change: "ie"),
        ["perder"] = new(Change: "ie"),
        ["entender"] = new(Change: "ie"),
        ["cerrar"] = new(Change: "ie"),
        ["colgar"] = new(Change: "ue"),
        ["doler"] = new(Change: "ue"),
        ["soler"] = new(Change: "ue"),
        ["contar"] = new(Change: "ue"),
        ["encontrar"] = new(Change: "ue"),
        ["recordar"] = new(Change: "ue"),
        ["acostar"] = new(Change: "ue"),
        ["probar"] = new(Change: "ue"),
        ["sonar"] = new(Change: "ue"),
        ["jugar"] = new(Change: "ue"),
    };

    private static readonly HashSet<string> CliticSet = new(StringComparer.Ordinal) { "me", "te", "se", "nos", "os", "lo", "la", "los", "las", "le", "les" };

    private static readonly Dictionary<string, int> SubjectMap = new(StringComparer.Ordinal)
    {
        ["yo"] = 1, ["tu"] = 2, ["usted"] = 3, ["nosotros"] = 4, ["nosotras"] = 4, ["vosotros"] = 5, ["vosotras"] = 5, ["ellos"] = 6, ["ellas"] = 6, ["ustedes"] = 6,
    };

    private SpanishVerbs()
    {
    }

    /// <inheritdoc />
    public IReadOnlySet<string> Clitics => CliticSet;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> Subjects => SubjectMap;

    /// <inheritdoc />
    public IReadOnlyList<VerbForm>? Conjugate(string lemma)
    {
        if (lemma.Length < 2 || !(lemma.EndsWith("ar", StringComparison.Ordinal) || lemma.EndsWith("er", StringComparison.Ordinal) || lemma.EndsWith("ir", StringComparison.Ordinal)))
        {
            return null;
        }

        var verb = Table.GetValueOrDefault(lemma) ?? new Irregular();
        var theme = lemma[^2];
        var stem = lemma[..^2];
        var forms = new List<VerbForm>();
        void Six(FormKind kind, Func<int, string?> form)
        {
            if (verb.Whole?.TryGetValue(kind, out var whole) == true)
            {
                var written = whole.Split(' ');
                for (var p = 1; p <= 6; p++)
                {
                    if (written[p - 1] != "-")
                    {
                        forms.Add(new VerbForm(written[p - 1], kind, p));
                    }
                }

                return;
            }

            for (var p = 1; p <= 6; p++)
            {
                if (form(p) is { } text)
                {
                    forms.Add(new VerbForm(text, kind, p));
                }
            }
        }

        // Stressed on the stem: present 1s 2s 3s 3p, subjunctive likewise; -ir stem-changers also change (e>i, o>u) where unstressed before a or ie/io.
        string Strong(int p) => p is 1 or 2 or 3 or 6 ? Change(stem, verb.Change, weak: false) : stem;
        string Weak() => theme == 'i' && verb.Change.Length > 0 ? Change(stem, verb.Change, weak: true) : stem;

        string[] present = theme switch
        {
            'a' => ["o", "as", "a", "amos", "ais", "an"],
            'e' => ["o", "es", "e", "emos", "eis", "en"],
            _ => ["o", "es", "e", "imos", "is", "en"],
        };
        Six(FormKind.Present, p => p == 1 && verb.Yo is { } yo ? yo + "o" : Join(lemma, Strong(p), present[p - 1]));

        string[] subjunctive = theme == 'a' ? ["e", "es", "e", "emos", "eis", "en"] : ["a", "as", "a", "amos", "ais", "an"];
        string Subjunctive(int p) => verb.Yo is { } yo ? yo + subjunctive[p - 1] : Join(lemma, p is 4 or 5 ? Weak() : Strong(p), subjunctive[p - 1]);
        Six(FormKind.Subjunctive, Subjunctive);

        string[] preterite;
        if (verb.Pret is { } strong)
        {
            preterite = [strong + "e", strong + "iste", strong + "o", strong + "imos", strong + "isteis", strong + (strong.EndsWith('j') ? "eron" : "ieron")];
        }
        else
        {
            string[] endings = theme == 'a' ? ["e", "aste", "o", "amos", "asteis", "aron"] : ["i", "iste", "io", "imos", "isteis", "ieron"];
            preterite = [.. endings.Select((e, i) => Join(lemma, i is 2 or 5 ? Weak() : stem, e))];
        }

        Six(FormKind.Preterite, p => preterite[p - 1]);

        // The imperfect subjunctive comes from the preterite 3p (fueron: fuera, fuese; murieron: muriera).
        var pret3p = forms.LastOrDefault(f => f.Kind == FormKind.Preterite && f.Person == 6).Text ?? preterite[5];
        var sBase = pret3p[..^3];
        string[] ra = ["ra", "ras", "ra", "ramos", "rais", "ran"];
        string[] se = ["se", "ses", "se", "semos", "seis", "sen"];
        Six(FormKind.ImperfectSubjunctive, p => sBase + ra[p - 1]);
        Six(FormKind.ImperfectSubjunctive, p => sBase + se[p - 1]);

        string[] imperfect = theme == 'a' ? ["aba", "abas", "aba", "abamos", "abais", "aban"] : ["ia", "ias", "ia", "iamos", "iais", "ian"];
        Six(FormKind.Imperfect, p => stem + imperfect[p - 1]);

        var future = verb.Fut ?? lemma;
        string[] fut = ["e", "as", "a", "emos", "eis", "an"];
        string[] cond = ["ia", "ias", "ia", "iamos", "iais", "ian"];
        Six(FormKind.Future, p => future + fut[p - 1]);
        Six(FormKind.Conditional, p => future + cond[p - 1]);

        var subjunctiveForms = forms.Where(f => f.Kind == FormKind.Subjunctive).ToDictionary(f => f.Person, f => f.Text);
        var present3s = forms.First(f => f.Kind == FormKind.Present && f.Person == 3).Text;
        Six(FormKind.Imperative, p => p switch
        {
            1 => null,
            2 => verb.Imp ?? present3s,
            5 => lemma[..^1] + "d",
            _ => subjunctiveForms.GetValueOrDefault(p),
        });

        forms.Add(new VerbForm(lemma, FormKind.Infinitive, 0));
        forms.Add(new VerbForm(verb.Ger ?? Join(lemma, Weak(), theme == 'a' ? "ando" : "iendo"), FormKind.Gerund, 0));
        var participle = verb.Part ?? stem + (theme == 'a' ? "ado" : "ido");
        foreach (var ending in new[] { "o", "a", "os", "as" })
        {
            forms.Add(new VerbForm(participle[..^1] + ending, FormKind.Participle, 0));
        }

        return forms;
    }

    /// <inheritdoc />
    public IEnumerable<string> WithClitic(string lemma, IReadOnlyList<VerbForm> forms, string clitic, IReadOnlySet<int> persons)
    {
        foreach (var form in forms)
        {
            switch (form.Kind)
            {
                case FormKind.Infinitive or FormKind.Gerund:
                    yield return form.Text + clitic;
                    break;
                case FormKind.Imperative:
                    // matémonos, mataos: the -s and -d fall before nos and os.
                    yield return (form.Person == 4 && clitic == "nos" ? form.Text[..^1] : form.Person == 5 && clitic == "os" ? form.Text[..^1] : form.Text) + clitic;
                    break;
                case FormKind.Participle:
                    // The compound past: me he cortado, me había cortado (the masculine singular only).
                    if (form.Text.EndsWith('o'))
                    {
                        foreach (var haber in Conjugate("haber")!.Where(f => f.Kind is FormKind.Present or FormKind.Imperfect && (persons.Count == 0 || persons.Contains(f.Person))))
                        {
                            yield return clitic + " " + haber.Text + " " + form.Text;
                        }
                    }

                    break;
                default:
                    yield return clitic + " " + form.Text;
                    break;
            }
        }
    }

    /// <summary>The stem with its stem vowel changed: querer quier-, poder pued-, pedir pid-, jugar jueg-; weak: morir mur-, sentir sint-.</summary>
    private static string Change(string stem, string change, bool weak)
    {
        if (change.Length == 0)
        {
            return stem;
        }

        var vowel = change == "ue" ? (stem.LastIndexOf('o') is var o and >= 0 ? o : stem.LastIndexOf('u')) : stem.LastIndexOf('e');
        if (vowel < 0)
        {
            return stem;
        }

        var replacement = weak ? (stem[vowel] == 'o' ? "u" : "i") : change;
        return stem[..vowel] + replacement + stem[(vowel + 1)..];
    }

    /// <summary>Stem plus ending with the spelling changes of the lemma's last consonant: busqué, pagué, empecé, escojo, sigo, leyó, conozco.</summary>
    private static string Join(string lemma, string stem, string ending)
    {
        if (stem.Length == 0)
        {
            return ending;
        }

        var front = ending[0] is 'e' or 'i';
        var back = ending[0] is 'a' or 'o';
        var last = stem[^1];
        var theme = lemma[^2];
        if (theme == 'a' && ending[0] == 'e')
        {
            if (last == 'c')
            {
                return stem[..^1] + "qu" + ending;
            }

            if (last == 'g')
            {
                return stem + "u" + ending;
            }

            if (last == 'z')
            {
                return stem[..^1] + "c" + ending;
            }
        }

        if (theme != 'a' && back)
        {
            if (lemma.EndsWith("guir", StringComparison.Ordinal) && stem.EndsWith("gu", StringComparison.Ordinal))
            {
                return stem[..^1] + ending;
            }

            if (last == 'g' && !stem.EndsWith("gu", StringComparison.Ordinal))
            {
                return stem[..^1] + "j" + ending;
            }

            if (last == 'c' && stem.Length >= 2)
            {
                // -ecer/-ocer/-ucir: conozco, merezca; a consonant before: venzo.
                return stem[..^1] + ("aeiou".Contains(stem[^2], StringComparison.Ordinal) ? "zc" : "z") + ending;
            }
        }

        if (theme != 'a' && front && "aeo".Contains(last, StringComparison.Ordinal) && ending.Length > 1 && ending[0] == 'i' && ending[1] is 'e' or 'o')
        {
            // leyó, cayendo, leyera: an unstressed i between vowels is y.
            return stem + "y" + ending[1..];
        }

        return stem + ending;
    }

    /// <summary>One irregular verb of <see cref="Table"/>.</summary>
    private sealed record Irregular(string Change = "", string? Yo = null, string? Pret = null, string? Fut = null, string? Part = null, string? Ger = null, string? Imp = null, Dictionary<FormKind, string>? Whole = null);
}
