using System.Globalization;
using System.Text;

namespace WellbeingKit.Risk.Lexicon;

/// <summary>
/// Expands the inflection syntax of a lexicon phrase into the plain phrases it stands for, when the lexicon is compiled
/// (the matcher is the same automaton; the forms cost nothing at run time):
/// <list type="bullet">
/// <item><c>&lt;verb&gt;</c>: every form of the verb (<c>quiero &lt;morir&gt;</c>... rather <c>no &lt;querer&gt; vivir</c>: quiero,
/// quería, quise, querré, querría, quiera, quisiera, queriendo...).</item>
/// <item><c>&lt;verb:tag/tag&gt;</c>: only some forms. Kinds: inf ger part pres pret impf fut cond subj impsubj imp; persons:
/// 1s 2s 3s 1p 2p 3p (a person keeps only finite forms). After a subject pronoun (yo, je, j, tu, i...) the person is implied.</item>
/// <item><c>&lt;verb+pronoun&gt;</c>: with a clitic pronoun where the language puts it: matarme, matándome, mátame, me mato,
/// me he cortado; me tuer, je me tue, je me suis coupé.</item>
/// <item><c>(ya no|nunca más)</c>: alternatives; an empty one makes the group optional (<c>(ya |)no quiero vivir</c>).</item>
/// </list>
/// Angle brackets, not braces: <c>{</c> and <c>[</c> start YAML collections, so a phrase holding them would need quotes.
/// </summary>
internal static class PhraseForms
{
    /// <summary>The most plain phrases one written phrase may stand for (a phrase with two open markers is told to narrow them).</summary>
    public const int MaxForms = 600;

    private static readonly Dictionary<string, FormKind> KindTags = new(StringComparer.Ordinal)
    {
        ["inf"] = FormKind.Infinitive,
        ["ger"] = FormKind.Gerund,
        ["part"] = FormKind.Participle,
        ["pres"] = FormKind.Present,
        ["pret"] = FormKind.Preterite,
        ["impf"] = FormKind.Imperfect,
        ["fut"] = FormKind.Future,
        ["cond"] = FormKind.Conditional,
        ["subj"] = FormKind.Subjunctive,
        ["impsubj"] = FormKind.ImperfectSubjunctive,
        ["imp"] = FormKind.Imperative,
    };

    private static readonly string[] PersonTags = ["1s", "2s", "3s", "1p", "2p", "3p"];

    /// <summary>French words whose vowel is elided before a vowel (je aime: j'aime).</summary>
    private static readonly HashSet<string> FrenchElided = new(StringComparer.Ordinal) { "je", "me", "te", "se", "ne", "le", "la", "de", "que" };

    /// <summary>True when <paramref name="phrase"/> uses the syntax (a marker or a group); a plain phrase is used as written.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <returns>Whether it needs expanding.</returns>
    public static bool HasSyntax(string phrase) => phrase.AsSpan().IndexOfAny("<>()|") >= 0;

    /// <summary>The paradigm of <paramref name="language"/>, or null when the kit has none.</summary>
    /// <param name="language">A language code (es, fr, en).</param>
    /// <returns>The paradigm.</returns>
    public static IVerbParadigm? Paradigm(string language) => language switch
    {
        "es" => SpanishVerbs.Instance,
        "fr" => FrenchVerbs.Instance,
        "en" => EnglishVerbs.Instance,
        _ => null,
    };

    /// <summary>The plain phrases <paramref name="phrase"/> stands for (itself when it has no syntax), without repeats.</summary>
    /// <param name="phrase">The phrase as written (a trailing <c>*</c> is kept on every form).</param>
    /// <param name="language">The lexicon's language (es, fr, en...).</param>
    /// <returns>The phrases.</returns>
    /// <exception cref="PhraseSyntaxException">The syntax is wrong, a verb is unknown, or the phrase stands for too many forms.</exception>
    public static IReadOnlyList<string> Expand(string phrase, string language)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (!HasSyntax(phrase))
        {
            return [phrase];
        }

        var text = phrase.TrimEnd();
        var open = text.EndsWith('*');
        if (open)
        {
            text = text[..^1];
        }

        var position = 0;
        var sequence = ParseSequence(text, ref position, language, inGroup: false);
        var results = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in sequence)
        {
            var tidy = Tidy(form, language) + (open ? "*" : "");
            if (tidy.Trim().Length > 0 && seen.Add(tidy))
            {
                results.Add(tidy);
            }
        }

        if (results.Count == 0)
        {
            throw new PhraseSyntaxException($"the phrase '{phrase}' stands for no words", 0);
        }

        return results;
    }

    /// <summary>Parses text up to the end (or, in a group, up to <c>|</c> or <c>)</c>) into the list of strings it stands for.</summary>
    private static List<string> ParseSequence(string text, ref int position, string language, bool inGroup)
    {
        var forms = new List<string> { "" };
        var literal = new StringBuilder();
        while (position < text.Length)
        {
            var c = text[position];
            if (c is '|' or ')')
            {
                if (!inGroup)
                {
                    throw new PhraseSyntaxException(c == '|' ? "'|' outside a group: write the alternatives inside ( )" : "')' closes no group", position);
                }

                break;
            }

            if (c == '>')
            {
                throw new PhraseSyntaxException("'>' closes no verb marker", position);
            }

            if (c == '(')
            {
                if (inGroup)
                {
                    throw new PhraseSyntaxException("a group inside a group: write the alternatives out in one group", position);
                }

                forms = Join(forms, literal.ToString(), position);
                literal.Clear();
                var start = position;
                position++;
                var alternatives = new List<string>();
                while (true)
                {
                    alternatives.AddRange(ParseSequence(text, ref position, language, inGroup: true));
                    if (position >= text.Length)
                    {
                        throw new PhraseSyntaxException("'(' is never closed with ')'", start);
                    }

                    position++;
                    if (text[position - 1] == ')')
                    {
                        break;
                    }
                }

                forms = Product(forms, alternatives, start);
                continue;
            }

            if (c == '<')
            {
                forms = Join(forms, literal.ToString(), position);
                var previousWord = LastWord(forms, literal.ToString());
                literal.Clear();
                var close = text.IndexOf('>', position + 1);
                if (close < 0)
                {
                    throw new PhraseSyntaxException("'<' is never closed with '>'", position);
                }

                var marker = Marker(text[(position + 1)..close], position, language, previousWord);
                forms = Product(forms, marker, position);
                position = close + 1;
                continue;
            }

            literal.Append(c);
            position++;
        }

        return Join(forms, literal.ToString(), position);
    }

    private static string LastWord(List<string> forms, string literal)
    {
        // The literal just before the marker: the same in every form so far when it is not empty.
        var before = literal.Length > 0 ? literal : forms.Count == 1 ? forms[0] : "";
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : Fold(words[^1].TrimEnd('\'', '\u2019'));
    }

    private static List<string> Join(List<string> forms, string literal, int position) =>
        literal.Length == 0 ? forms : Product(forms, [literal], position);

    private static List<string> Product(List<string> left, List<string> right, int position)
    {
        if ((long)left.Count * right.Count > MaxForms)
        {
            throw new PhraseSyntaxException($"the phrase stands for more than {MaxForms} forms: narrow a verb marker with tags (<querer:1s/pres>) or split the phrase", position);
        }

        var result = new List<string>(left.Count * right.Count);
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                result.Add(a + b);
            }
        }

        return result;
    }

    /// <summary>Expands one marker's content (between &lt; and &gt;).</summary>
    private static List<string> Marker(string content, int position, string language, string previousWord)
    {
        var paradigm = Paradigm(language)
            ?? throw new PhraseSyntaxException($"verb markers (<...>) need the verb forms of the language, and the kit has none for '{language}' (es, fr and en have them): write the forms out", position);
        var colon = content.IndexOf(':', StringComparison.Ordinal);
        var head = (colon < 0 ? content : content[..colon]).Trim();
        var tags = colon < 0 ? [] : content[(colon + 1)..].Split('/', StringSplitOptions.TrimEntries);
        var plus = head.IndexOf('+', StringComparison.Ordinal);
        var lemma = Fold(plus < 0 ? head : head[..plus].Trim());
        var clitic = plus < 0 ? null : Fold(head[(plus + 1)..].Trim());
        if (lemma.Length == 0 || !lemma.All(char.IsLetter))
        {
            throw new PhraseSyntaxException($"'<{content}>' names no verb: write its infinitive, as in <morir> or <matar+me:inf>", position);
        }

        var all = paradigm.Conjugate(lemma)
            ?? throw new PhraseSyntaxException($"'{lemma}' is not a {language} verb the kit can conjugate (write the infinitive: -ar/-er/-ir in Spanish, -er/-ir/-re in French)", position);

        var kinds = new HashSet<FormKind>();
        var persons = new HashSet<int>();
        foreach (var tag in tags)
        {
            if (KindTags.TryGetValue(tag, out var kind))
            {
                kinds.Add(kind);
            }
            else if (Array.IndexOf(PersonTags, tag) is var person and >= 0)
            {
                persons.Add(person + 1);
            }
            else
            {
                throw new PhraseSyntaxException($"'{tag}' in '<{content}>' is not a tag: use {string.Join(' ', KindTags.Keys)} or {string.Join(' ', PersonTags)}, separated by /", position);
            }
        }

        if (persons.Count == 0 && paradigm.Subjects.TryGetValue(previousWord, out var implied))
        {
            persons.Add(implied);
        }

        // A person keeps finite forms only, and the participle when a pronoun is attached (its compound past has a person: me he cortado).
        var selected = all.Where(f => (kinds.Count == 0 || kinds.Contains(f.Kind))
            && (persons.Count == 0 || (f.Finite ? persons.Contains(f.Person) : kinds.Contains(f.Kind) || (clitic is not null && f.Kind == FormKind.Participle)))).ToList();
        List<string> texts;
        if (clitic is null)
        {
            texts = [.. selected.Select(f => f.Text)];
        }
        else
        {
            if (!paradigm.Clitics.Contains(clitic))
            {
                throw new PhraseSyntaxException(paradigm.Clitics.Count == 0
                    ? $"'+{clitic}' in '<{content}>': {language} verbs take no attached pronoun"
                    : $"'+{clitic}' in '<{content}>' is not a pronoun the {language} forms know: use one of {string.Join(' ', paradigm.Clitics.Order(StringComparer.Ordinal))}", position);
            }

            texts = [.. paradigm.WithClitic(lemma, selected, clitic, persons)];
        }

        if (texts.Count == 0)
        {
            throw new PhraseSyntaxException($"'<{content}>' selects no form of '{lemma}'", position);
        }

        return [.. texts.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Lowercase without diacritics (the forms tables are written that way).</summary>
    internal static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Single spaces; in French, the elisions a form starting with a vowel needs (je aime: j'aime).</summary>
    private static string Tidy(string form, string language)
    {
        var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (language != "fr")
        {
            return string.Join(' ', words);
        }

        var builder = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (i + 1 < words.Length && FrenchElided.Contains(Fold(word)) && Fold(words[i + 1])[0] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                builder.Append(word, 0, word.Length - 1).Append('\'');
                continue;
            }

            builder.Append(word);
            if (i + 1 < words.Length)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}

/// <summary>A lexicon phrase whose inflection syntax is wrong (<see cref="PhraseForms"/>).</summary>
internal sealed class PhraseSyntaxException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="PhraseSyntaxException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="index">Where in the phrase (0-based).</param>
    public PhraseSyntaxException(string message, int index)
        : base(message)
    {
        Index = index;
    }

    /// <summary>Where in the phrase the problem is (0-based).</summary>
    public int Index { get; }
}
