using System.Collections.Frozen;

// Shared source (src/Shared): compiled into the core and into WellbeingKit.ML, which picks a model by it. Each copy is
// internal; WellbeingKit.ML's is in its own namespace so that an assembly seeing both (the benchmarks) can name each.
#if WELLBEINGKIT_ML
namespace WellbeingKit.ML;
#else
namespace WellbeingKit.Risk;
#endif

/// <summary>
/// A small language identifier for screening: which of the kit's languages (<c>en</c>, <c>es</c>, <c>fr</c>, <c>ar</c>) a
/// message or sentence is written in, from its script, a few hundred function words per language, letters only one
/// language uses (ñ ¿ ¡; ç œ è ê) and Arabizi (Arabic in Latin letters with the digits 2 3 5 7 9 as letters).
/// <see cref="Unknown"/> when the text gives no clear sign (no function word, or a tie). The declared locale is not
/// used: the text decides, so an app left on <c>en</c> does not send Spanish or Arabic to an English model.
/// Allocation-free; thread-safe.
/// </summary>
internal static class LanguageIdentifier
{
    /// <summary>The result when the text gives no clear sign.</summary>
    public const string Unknown = "unknown";

    private const int En = 0, Es = 1, Fr = 2, Ar = 3;

    private static readonly string[] Codes = ["en", "es", "fr", "ar"];

    // Function words and very common short words per language (lower case, without diacritics or apostrophes).
    // A word listed for several languages counts for each of them.
    private static readonly string EnglishWords =
        "i im ive id ill me my mine myself you your youre u ur we our us they them their he him his she her it its " +
        "the a an and or but so if of to in on at for with from by about as is are was were be been being am " +
        "do does did dont doesnt didnt cant cannot wont wouldnt shouldnt couldnt isnt arent wasnt havent " +
        "have has had will would should could can just not no never always really very too also this that these those " +
        "what when where why how who which there here all any some every everyone everything nothing anything " +
        "want wanna gonna gotta know feel think like get got go going make need anymore today tonight tomorrow " +
        "lol lmao idk rn ngl tbh omg pls plz bc cuz smh tho thats whats theres someone anyone nobody life " +
        "again last night nite ugh feeling kinda bf gf mom dad mum sorry guys tired exam work sleep hate love " +
        "after before then than because cause every still even only much many more most over out up off down";

    private static readonly string SpanishWords =
        "el la los las un una unos unas de del al que y en es son esta estan estoy estas este esto eso ese esa " +
        "no si por para con sin pero como mas muy ya me mi mis te tu tus se su sus lo le les nos yo nosotros ustedes " +
        "hay ser soy eres fue era he ha han tengo tiene tienes quiero quieres puedo puede voy va vamos hoy ayer manana " +
        "todo toda todos nada nadie algo porque cuando donde quien cual asi tambien aqui ahi bien mal gracias hola " +
        "jaja jajaja jajajaja xq pq q k tb tmb dia vida mucho poco otra otro siempre nunca cosas hacer ver creo " +
        "sea seas vez hasta desde entre sobre mejor peor ni o u e a mismo alguien ahora luego pues vale buenas buenos " +
        "ojala mientras anoche despues antes meses semana noche casa madre padre mama papa novio novia amigo amiga " +
        "neta wey guey pues chido nomas ahorita vos sos tenes queres";

    private static readonly string FrenchWords =
        "le la les un une des de du au aux et est sont suis es etre ai as a avons ont je j tu il elle on nous vous ils " +
        "elles ne pas plus jamais rien que qui quoi pour dans avec sans sur sous par ce cet cette ces c cest ca " +
        "mais ou donc car mon ma mes ton ta tes son sa ses notre votre leur leurs moi toi lui y en tres trop bien " +
        "jai jsuis chu jsais jpeux jveux jen jme jte jvais tout tous toute toutes fait faire veux peux vais va vas " +
        "comme quand aussi encore deja alors parce aujourdhui demain hier mdr ptdr bcp tkt jpp oui non merci bonjour " +
        "quil quelle qu n l d m s t si meme ici peut doit vie gens chez avoir etait me te se " +
        "ben pis pu tanne icitte mere pere ami amie copain copine soir nuit semaine";

    private static readonly string ArabiziWords =
        "ana enta enti inta inti ento ehna e7na howa heya mesh msh mish mush mosh mafi mafish khalas " +
        "wallah walla wallahi yalla inshallah insha2allah mashallah 3ala 3la kteer ktir keteer awi 2awi " +
        "bade badi baddi bddi 3ayez 3ayza 3awez abi abgha leh lesh leish shu eish ezay ezzay keda kida kda " +
        "habibi habibti ya3ni yani tayeb tamam mn ma3 m3 lw ba3d lissa lesa delwa2ty hala2 " +
        "nafsi nafsy 7aga 7aja mabda2an mfeesh mofeed 3ashan 3shan 3lshan";

    private static readonly FrozenDictionary<string, byte> Words = BuildWords();

    private static readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, byte> BuildWords()
    {
        var words = new Dictionary<string, byte>(StringComparer.Ordinal);
        void Add(string list, int language)
        {
            foreach (var word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words[word] = (byte)(words.GetValueOrDefault(word) | (1 << language));
            }
        }

        Add(EnglishWords, En);
        Add(SpanishWords, Es);
        Add(FrenchWords, Fr);
        Add(ArabiziWords, Ar);
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>True when <paramref name="language"/> is one the identifier can return (en, es, fr, ar).</summary>
    /// <param name="language">A language code.</param>
    /// <returns>Whether the identifier knows it.</returns>
    public static bool Knows(string language) => Array.IndexOf(Codes, language) >= 0;

    /// <summary>The language of <paramref name="text"/>: <c>en</c>, <c>es</c>, <c>fr</c>, <c>ar</c> or <see cref="Unknown"/>.</summary>
    /// <param name="text">A message or a sentence.</param>
    /// <returns>The language code.</returns>
    public static string Identify(ReadOnlySpan<char> text)
    {
        var tally = default(Tally);
        tally.Add(text);
        return tally.Language;
    }

    /// <summary>
    /// <see cref="Identify(ReadOnlySpan{char})"/> of a whole message, remembered per thread for the last message asked
    /// about: the lexicon (for several rules) and the ML detector ask about the same message in one screening.
    /// </summary>
    /// <param name="text">A message.</param>
    /// <returns>The language code.</returns>
    public static string IdentifyMessage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var last = t_last;
        if (last is not null && ReferenceEquals(last.Text, text))
        {
            return last.Language;
        }

        var language = Identify(text);
        t_last = new Remembered(text, language);
        return language;
    }

    [ThreadStatic]
    private static Remembered? t_last;

    /// <summary>The last message <see cref="IdentifyMessage"/> identified on this thread (strings are immutable, so the reference decides).</summary>
    private sealed record Remembered(string Text, string Language);

    /// <summary>
    /// The evidence for each language, added up over parts of a text. The evidence of a text is the sum of that of its
    /// parts when the parts meet where a word cannot go on (at a space, a line break or sentence punctuation): a
    /// message's sentences and the gaps between them add up to the whole message.
    /// </summary>
    internal struct Tally
    {
        private int _en, _es, _fr, _ar, _arabicLetters, _latinLetters;

        /// <summary>The language the evidence so far points to (as <see cref="Identify(ReadOnlySpan{char})"/> of the parts joined).</summary>
        public readonly string Language
        {
            get
            {
                // Arabic script decides unless Latin letters clearly dominate (links, hashtags and names in Arabic tweets).
                if (_arabicLetters > 0 && _arabicLetters * 3 >= _latinLetters)
                {
                    return "ar";
                }

                ReadOnlySpan<int> score = [_en, _es, _fr, _ar];
                var best = -1;
                var tie = false;
                for (var l = 0; l < 4; l++)
                {
                    if (score[l] <= 0)
                    {
                        continue;
                    }

                    if (best < 0 || score[l] > score[best])
                    {
                        best = l;
                        tie = false;
                    }
                    else if (score[l] == score[best])
                    {
                        tie = true;
                    }
                }

                return best < 0 || tie ? Unknown : Codes[best];
            }
        }

        /// <summary>Adds the evidence of another part.</summary>
        /// <param name="other">The part's tally.</param>
        public void Add(in Tally other)
        {
            _en += other._en;
            _es += other._es;
            _fr += other._fr;
            _ar += other._ar;
            _arabicLetters += other._arabicLetters;
            _latinLetters += other._latinLetters;
        }

        /// <summary>Adds the evidence of <paramref name="text"/>.</summary>
        /// <param name="text">A text, or a part of one that starts and ends where a word cannot go on.</param>
        public void Add(ReadOnlySpan<char> text)
        {
            Span<int> score = [_en, _es, _fr, _ar];
            int arabicLetters = 0, latinLetters = 0;
            Span<char> word = stackalloc char[24];
            var length = 0;
            var hasArabiziDigit = false;
            var hasLetter = false;
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : ' ';
                if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
                {
                    if (char.IsLetter(c))
                    {
                        arabicLetters++;
                    }

                    Flush(word[..Math.Min(length, word.Length)], length, hasArabiziDigit, hasLetter, score);
                    length = 0;
                    hasArabiziDigit = hasLetter = false;
                    continue;
                }

                var folded = Fold(c, score);
                if (folded != '\0')
                {
                    if (char.IsLetter(folded))
                    {
                        latinLetters++;
                        hasLetter = true;
                    }
                    else if (folded is '2' or '3' or '5' or '7' or '9')
                    {
                        hasArabiziDigit = true;
                    }

                    if (length < word.Length)
                    {
                        word[length] = folded;
                    }

                    length++;
                    continue;
                }

                if (c is '\'' or '’' && length > 0)
                {
                    if (length <= 2 && word[0] is 'l' or 'd' or 'j' or 'n' or 'm' or 's' or 't' or 'c' or 'q' && (length == 1 || word[1] == 'u'))
                    {
                        // French elision: l'ecologie = l + ecologie.
                        Flush(word[..length], length, hasArabiziDigit, hasLetter, score);
                        length = 0;
                        hasArabiziDigit = hasLetter = false;
                    }

                    continue; // don't = dont, j'ai = jai... (when not an elision)
                }

                if (length > 0)
                {
                    Flush(word[..Math.Min(length, word.Length)], length, hasArabiziDigit, hasLetter, score);
                    length = 0;
                    hasArabiziDigit = hasLetter = false;
                }
            }

            (_en, _es, _fr, _ar) = (score[En], score[Es], score[Fr], score[Ar]);
            _arabicLetters += arabicLetters;
            _latinLetters += latinLetters;
        }
    }

    private static void Flush(ReadOnlySpan<char> word, int length, bool hasArabiziDigit, bool hasLetter, Span<int> score)
    {
        if (length == 0 || length > word.Length)
        {
            return;
        }

        if (word.SequenceEqual("http") || word.SequenceEqual("https") || word.SequenceEqual("rt") || word.SequenceEqual("user"))
        {
            return; // links and user names as the tweets write them
        }

        if (hasArabiziDigit && hasLetter)
        {
            score[Ar] += 2; // 3ayez, 7abibi, ta3ban: Arabic written in Latin letters
        }

        if (WordLookup.TryGetValue(word, out var languages))
        {
            for (var l = 0; l < 4; l++)
            {
                if ((languages & (1 << l)) != 0)
                {
                    score[l]++;
                }
            }
        }
    }

    /// <summary>Lower case without diacritics for a word character (letters and digits); '\0' for anything else.
    /// Letters only one language uses add to its score.</summary>
    private static char Fold(char c, Span<int> score)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return c;
        }

        if (c is >= 'A' and <= 'Z')
        {
            return (char)(c + 32);
        }

        if (c < '\u0080')
        {
            return '\0'; // ASCII that is not a letter or a digit
        }

        var lower = char.ToLowerInvariant(c);
        switch (lower)
        {
            case 'ñ': score[Es] += 2; return 'n';
            case '¿' or '¡': score[Es] += 2; return '\0';
            case 'á' or 'í' or 'ó' or 'ú': score[Es]++; return lower switch { 'á' => 'a', 'í' => 'i', 'ó' => 'o', _ => 'u' };
            case 'ç': score[Fr] += 2; return 'c';
            case 'œ': score[Fr] += 2; return 'o';
            case 'è' or 'ê' or 'ë': score[Fr]++; return 'e';
            case 'à' or 'â': score[Fr]++; return 'a';
            case 'ù' or 'û': score[Fr]++; return 'u';
            case 'î' or 'ï': score[Fr]++; return 'i';
            case 'ô': score[Fr]++; return 'o';
            case 'é': return 'e';
            case 'ü': return 'u';
            default: return char.IsLetter(c) ? lower : '\0';
        }
    }
}
