namespace WellbeingKit.Risk.Lexicon;

/// <summary>The kinds of verb form a lexicon marker can ask for (<c>&lt;morir:subj&gt;</c>); the tag is the name in the marker.</summary>
internal enum FormKind
{
    /// <summary><c>inf</c>: the infinitive (morir, mourir, die).</summary>
    Infinitive,

    /// <summary><c>ger</c>: the gerund or present participle (muriendo, mourant, dying).</summary>
    Gerund,

    /// <summary><c>part</c>: the past participle, in each gender and number (muerto, muerta, muertos, muertas).</summary>
    Participle,

    /// <summary><c>pres</c>: the present indicative.</summary>
    Present,

    /// <summary><c>pret</c>: the preterite (Spanish pretérito, French passé simple, English past).</summary>
    Preterite,

    /// <summary><c>impf</c>: the imperfect indicative.</summary>
    Imperfect,

    /// <summary><c>fut</c>: the future.</summary>
    Future,

    /// <summary><c>cond</c>: the conditional.</summary>
    Conditional,

    /// <summary><c>subj</c>: the present subjunctive.</summary>
    Subjunctive,

    /// <summary><c>impsubj</c>: the imperfect subjunctive (Spanish, both -ra and -se).</summary>
    ImperfectSubjunctive,

    /// <summary><c>imp</c>: the imperative.</summary>
    Imperative,
}

/// <summary>One form of a verb.</summary>
/// <param name="Text">The form, lowercase (diacritics may be left out: matching folds them).</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Person">1 to 6 (1s 2s 3s 1p 2p 3p) for a finite form, 0 for the infinitive, gerund and participle.</param>
internal readonly record struct VerbForm(string Text, FormKind Kind, int Person)
{
    /// <summary>True for a form with a person (not the infinitive, gerund or participle).</summary>
    public bool Finite => Person > 0;
}

/// <summary>The verb forms of one language: a regular paradigm plus a small table of irregular verbs.</summary>
internal interface IVerbParadigm
{
    /// <summary>The pronouns a marker may attach (<c>&lt;matar+me&gt;</c>); empty when the language has none.</summary>
    IReadOnlySet<string> Clitics { get; }

    /// <summary>Subject pronouns that fix the person of the marker after them (<c>je &lt;vouloir&gt;</c> is first person).</summary>
    IReadOnlyDictionary<string, int> Subjects { get; }

    /// <summary>Every form of <paramref name="lemma"/> (lowercase, diacritics folded), or null when it is not a verb the paradigm knows.</summary>
    /// <param name="lemma">The infinitive.</param>
    /// <returns>The forms, or null.</returns>
    IReadOnlyList<VerbForm>? Conjugate(string lemma);

    /// <summary>The forms of <paramref name="forms"/> with <paramref name="clitic"/> attached where the language puts it
    /// (enclitic on the infinitive, gerund and imperative; proclitic before finite forms; compound past).</summary>
    /// <param name="lemma">The infinitive.</param>
    /// <param name="forms">The forms already selected by the marker's tags.</param>
    /// <param name="clitic">The pronoun.</param>
    /// <param name="persons">The persons the marker asked for (empty: all): they select the auxiliary of a compound past.</param>
    /// <returns>The phrases.</returns>
    IEnumerable<string> WithClitic(string lemma, IReadOnlyList<VerbForm> forms, string clitic, IReadOnlySet<int> persons);
}
