using WellbeingKit.Content;

namespace WellbeingKit.Risk.Lexicon;

/// <summary>Every lexicon of a pack compiled into one automaton, plus the fuzzy index of misspellable words.</summary>
internal sealed class CompiledLexicon
{
    /// <summary>The shortest word the fuzzy (one-letter misspelling) match applies to.</summary>
    public const int FuzzyMinLength = 7;

    private const int FuzzyMaxLength = 24;

    /// <summary>The multiplier of the polynomial hash the fuzzy filter uses (odd, so every power is odd too).</summary>
    private const uint HashBase = 0x01000193;

    /// <summary>log2 of the number of bits in the fuzzy filter.</summary>
    private const int FilterBits = 16;

    /// <summary>HashBase to the power i, for i in 0..FuzzyMaxLength+1.</summary>
    private static readonly uint[] HashPowers = BuildHashPowers();

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _fuzzyLookup;
    private readonly bool[] _fuzzyPrefix;

    /// <summary>
    /// A filter with no false negatives over every key of the fuzzy dictionary: a bit per (polynomial hash, length).
    /// A word and its one-letter deletions are hashed in O(1) each from prefix hashes, so most of the dictionary
    /// look-ups (which hash the whole word again) are skipped; the look-ups that remain, and their order, are unchanged.
    /// </summary>
    private readonly ulong[] _fuzzyFilter;

    private CompiledLexicon(LexiconEntry[] entries, PhraseAutomaton automaton, string[] prefixes, Dictionary<string, int> fuzzy, bool[] fuzzyPrefix, IReadOnlyList<string> locales, ArabiziIndex arabizi, Dictionary<string, RiskLevel> afterDistress)
    {
        AfterDistress = afterDistress;
        Arabizi = arabizi.IsEmpty ? null : arabizi;
        Entries = entries;
        Shapes = new int[entries.Length];
        for (var e = 0; e < entries.Length; e++)
        {
            Shapes[e] = entries[e].Length | (entries[e].Open ? OpenShape : 0) | (entries[e].Joined ? JoinedShape : 0);
        }

        Automaton = automaton;
        Prefixes = prefixes;
        _fuzzyLookup = fuzzy.GetAlternateLookup<ReadOnlySpan<char>>();
        HasFuzzy = fuzzy.Count > 0;
        _fuzzyPrefix = fuzzyPrefix;
        _fuzzyFilter = new ulong[(1 << FilterBits) / 64];
        foreach (var key in fuzzy.Keys)
        {
            var bit = FilterBit(Hash(key), key.Length);
            _fuzzyFilter[bit >> 6] |= 1UL << (int)bit;
        }

        Locales = locales;
    }

    /// <summary><see cref="Shapes"/>: the entry may end inside a word (<see cref="LexiconEntry.Open"/>).</summary>
    public const int OpenShape = 1 << 30;

    /// <summary><see cref="Shapes"/>: the entry only matches inside one written word (<see cref="LexiconEntry.Joined"/>).</summary>
    public const int JoinedShape = 1 << 29;

    /// <summary><see cref="Shapes"/>: the bits that hold the entry's length.</summary>
    public const int LengthShape = (1 << 29) - 1;

    public LexiconEntry[] Entries { get; }

    /// <summary>
    /// For each entry, its <see cref="LexiconEntry.Length"/> with <see cref="OpenShape"/> and <see cref="JoinedShape"/>: what
    /// the automaton's sink reads for every raw match, in one dense array.
    /// </summary>
    public int[] Shapes { get; }

    public PhraseAutomaton Automaton { get; }

    /// <summary>Normalized in-word prefixes (clitics) a phrase may follow.</summary>
    public string[] Prefixes { get; }

    public bool HasFuzzy { get; }

    /// <summary>The Arabic-script phrases folded for Arabizi; null when no lexicon has one.</summary>
    public ArabiziIndex? Arabizi { get; }

    /// <summary>The level each rule id with <c>after_distress:</c> reaches after distress or a loss in the conversation.</summary>
    public IReadOnlyDictionary<string, RiskLevel> AfterDistress { get; }

    /// <summary>The locales compiled.</summary>
    public IReadOnlyList<string> Locales { get; }

    /// <summary>Compiles <paramref name="lexicons"/>.</summary>
    /// <param name="lexicons">The lexicons (every locale runs on every message).</param>
    /// <returns>The compiled lexicon.</returns>
    /// <exception cref="ArgumentException">A lexicon is empty or a phrase folds to nothing.</exception>
    public static CompiledLexicon Build(IEnumerable<LexiconDefinition> lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var entries = new List<LexiconEntry>();
        var phrases = new List<(string, int)>();
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var fuzzy = new Dictionary<string, int>(StringComparer.Ordinal);
        var fuzzyPrefix = new bool[4096];
        var locales = new List<string>();
        var crisisCount = 0;
        var crisisPhrases = new Dictionary<string, int>(StringComparer.Ordinal);
        var arabizi = new ArabiziIndex();
        var afterDistress = new Dictionary<string, RiskLevel>(StringComparer.Ordinal);

        foreach (var lexicon in lexicons)
        {
            locales.Add(lexicon.Locale);
            foreach (var pattern in lexicon.Patterns)
            {
                if (pattern.Category is not { } category)
                {
                    throw new ArgumentException($"lexicons/{lexicon.Locale}.yaml: pattern '{pattern.Id}' has no category; crisis patterns need one.", nameof(lexicons));
                }

                var ruleId = $"{lexicon.Locale}.{pattern.Id}";
                if (pattern.AfterDistress is { } raised && raised > pattern.Level)
                {
                    afterDistress[ruleId] = raised;
                }

                foreach (var companion in Forms(pattern.OnlyWith, lexicon.Locale, ruleId))
                {
                    Add(CueKind.Companion, ruleId, category, RiskLevel.None, companion, lexicon.Locale, entries, phrases, arabizi);
                }

                foreach (var phrase in Forms(pattern.Phrases, lexicon.Locale, ruleId))
                {
                    var index = Add(CueKind.Crisis, ruleId, category, pattern.Level, phrase, lexicon.Locale, entries, phrases, arabizi: null, needsCompanion: pattern.OnlyWith.Count > 0, neutral: pattern.AfterDistress is not null && pattern.Level <= RiskLevel.Low);
                    crisisCount++;
                    var entry = entries[index];
                    var normalized = phrases.First(p => p.Item2 == index).Item1;

                    // The same phrase in two patterns counts once, at the higher level; when that pattern needs a companion
                    // the other pattern's reading is kept behind it (Merge).
                    var key = (entry.Open ? "*" : "") + normalized;
                    if (crisisPhrases.TryGetValue(key, out var earlier))
                    {
                        var added = entries.Count - index;
                        var later = entries.GetRange(index, added);
                        phrases.RemoveRange(phrases.Count - added, added);
                        entries.RemoveRange(index, added);
                        for (var e = 0; e < added; e++)
                        {
                            entries[earlier + e] = Merge(entries, entries[earlier + e], later[e]);
                        }

                        continue;
                    }

                    if (pattern.Fuzzy && !entry.Open && normalized.Length >= FuzzyMinLength && normalized.Length <= FuzzyMaxLength && normalized.All(char.IsLetter))
                    {
                        AddFuzzy(normalized, index, fuzzy, fuzzyPrefix);
                    }

                    crisisPhrases[key] = index;
                    if (!entry.Open)
                    {
                        arabizi.Add(phrase.Trim(), index, entry, entries);
                    }
                }
            }

            foreach (var pattern in lexicon.Benign)
            {
                foreach (var phrase in Forms(pattern.Phrases, lexicon.Locale, $"{lexicon.Locale}.{pattern.Id}"))
                {
                    Add(CueKind.Benign, $"{lexicon.Locale}.{pattern.Id}", default, RiskLevel.None, phrase, lexicon.Locale, entries, phrases, arabizi);
                }
            }

            AddCues(CueKind.Negation, "negation", lexicon, lexicon.Negations, entries, phrases, arabizi);
            AddCues(CueKind.Past, "past", lexicon, lexicon.PastMarkers, entries, phrases, arabizi);
            AddCues(CueKind.Present, "present", lexicon, lexicon.PresentMarkers, entries, phrases, arabizi);
            AddCues(CueKind.ThirdParty, "third-party", lexicon, lexicon.ThirdParty, entries, phrases, arabizi);
            AddCues(CueKind.Loss, "loss", lexicon, lexicon.Losses, entries, phrases, arabizi);
            AddCues(CueKind.Frame, "frame.news", lexicon, lexicon.News, entries, phrases, arabizi);
            AddCues(CueKind.Frame, "frame.recovery", lexicon, lexicon.Recovery, entries, phrases, arabizi);
            AddCues(CueKind.Frame, "frame.professional", lexicon, lexicon.Professional, entries, phrases, arabizi);
            AddCues(CueKind.Frame, "frame.fiction", lexicon, lexicon.Fiction, entries, phrases, arabizi);
            foreach (var prefix in lexicon.Prefixes)
            {
                var normalized = TextNormalizer.NormalizePhrase(prefix);
                if (normalized.Length is > 0 and <= 4)
                {
                    prefixes.Add(normalized);
                }
            }
        }

        if (crisisCount == 0)
        {
            throw new ArgumentException("No lexicon has a crisis pattern: the lexicon detector would find nothing, so it refuses to start.", nameof(lexicons));
        }

        return new CompiledLexicon([.. entries], PhraseAutomaton.Build(phrases), [.. prefixes], fuzzy, fuzzyPrefix, locales, arabizi, afterDistress);
    }

    /// <summary>
    /// One phrase written in two patterns ("recai" with <c>only_with:</c> blades in one, a Low relapse cue in another): the
    /// higher level is matched first; when it needs a companion, the other pattern's reading is kept as its
    /// <see cref="LexiconEntry.Fallback"/> (an entry outside the automaton), tried when no companion of the first is in the
    /// clause, so that neither pattern's companions nor a plain reading are lost.
    /// </summary>
    private static LexiconEntry Merge(List<LexiconEntry> entries, LexiconEntry first, LexiconEntry second)
    {
        var (kept, other) = second.Level > first.Level ? (second, first) : (first, second);
        if (!kept.NeedsCompanion)
        {
            return kept;
        }

        entries.Add(other);
        var link = entries.Count - 1;
        if (kept.Fallback is not { } last)
        {
            return kept with { Fallback = link };
        }

        while (entries[last].Fallback is { } next)
        {
            last = next;
        }

        entries[last] = entries[last] with { Fallback = link };
        return kept;
    }

    /// <summary>The plain phrases <paramref name="phrases"/> stand for (<see cref="LexiconPhraseForms"/>: verb markers and groups expanded).</summary>
    /// <param name="phrases">The phrases as written.</param>
    /// <param name="locale">The lexicon's locale.</param>
    /// <param name="ruleId">The rule, for the error message.</param>
    /// <returns>The phrases.</returns>
    /// <exception cref="ArgumentException">A phrase's syntax is wrong or names a verb the kit cannot conjugate.</exception>
    internal static IEnumerable<string> Forms(IEnumerable<string> phrases, string locale, string ruleId)
    {
        var language = WellbeingKit.Content.Locales.Language(locale);
        foreach (var phrase in phrases)
        {
            IReadOnlyList<string> forms;
            try
            {
                forms = LexiconPhraseForms.Expand(phrase, language);
            }
            catch (FormatException e)
            {
                throw new ArgumentException($"lexicons/{locale}.yaml: the phrase '{phrase}' of '{ruleId}', {e.Message}", nameof(phrases), e);
            }

            foreach (var form in forms)
            {
                yield return form;
            }
        }
    }

    /// <summary>Looks up <paramref name="word"/> (normalized) within one edit of a fuzzy phrase.</summary>
    /// <param name="word">The word.</param>
    /// <param name="entry">The entry matched.</param>
    /// <returns>True when a fuzzy phrase is at most one edit away.</returns>
    public bool TryFuzzy(ReadOnlySpan<char> word, out int entry)
    {
        entry = -1;
        if (word.Length < FuzzyMinLength - 1 || word.Length > FuzzyMaxLength + 1 || !_fuzzyPrefix[PrefixHash(word)])
        {
            return false;
        }

        // prefixes[i] is the hash of word[..i]; the hash of word without letter i follows from it in O(1).
        Span<uint> prefixes = stackalloc uint[FuzzyMaxLength + 2];
        var hash = 0u;
        for (var i = 0; i < word.Length; i++)
        {
            prefixes[i] = hash;
            hash = (hash * HashBase) + word[i];
        }

        if (MayContain(hash, word.Length) && _fuzzyLookup.TryGetValue(word, out entry))
        {
            return true;
        }

        Span<char> buffer = stackalloc char[FuzzyMaxLength + 1];
        var powers = HashPowers;
        for (var i = 0; i < word.Length; i++)
        {
            var deleted = hash - (((prefixes[i] * (HashBase - 1)) + word[i]) * powers[word.Length - 1 - i]);
            if (!MayContain(deleted, word.Length - 1))
            {
                continue;
            }

            word[..i].CopyTo(buffer);
            word[(i + 1)..].CopyTo(buffer[i..]);
            if (_fuzzyLookup.TryGetValue(buffer[..(word.Length - 1)], out entry))
            {
                return true;
            }
        }

        return false;
    }

    private static int PrefixHash(ReadOnlySpan<char> word) => ((word[0] * 31) + word[1]) & 4095;

    private bool MayContain(uint hash, int length)
    {
        var bit = FilterBit(hash, length);
        return (_fuzzyFilter[bit >> 6] & (1UL << (int)bit)) != 0;
    }

    private static uint FilterBit(uint hash, int length) => ((hash + ((uint)length * 0x9E3779B9)) * 0x85EBCA6B) >> (32 - FilterBits);

    private static uint Hash(string key)
    {
        var hash = 0u;
        foreach (var c in key)
        {
            hash = (hash * HashBase) + c;
        }

        return hash;
    }

    private static uint[] BuildHashPowers()
    {
        var powers = new uint[FuzzyMaxLength + 2];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * HashBase;
        }

        return powers;
    }

    private static void AddFuzzy(string word, int index, Dictionary<string, int> fuzzy, bool[] fuzzyPrefix)
    {
        fuzzy.TryAdd(word, index);
        for (var i = 0; i < word.Length; i++)
        {
            fuzzy.TryAdd(word.Remove(i, 1), index);
        }

        // A misspelling nearly always keeps the first two letters, or drops the second: only such words are looked up.
        fuzzyPrefix[PrefixHash(word)] = true;
        fuzzyPrefix[PrefixHash(word.Remove(1, 1))] = true;
    }

    private static void AddCues(CueKind kind, string name, LexiconDefinition lexicon, IReadOnlyList<string> cues, List<LexiconEntry> entries, List<(string, int)> phrases, ArabiziIndex arabizi)
    {
        foreach (var cue in Forms(cues, lexicon.Locale, $"{lexicon.Locale}.{name}"))
        {
            Add(kind, $"{lexicon.Locale}.{name}", default, RiskLevel.None, cue, lexicon.Locale, entries, phrases, arabizi);
        }
    }

    private static int Add(CueKind kind, string ruleId, RiskCategory category, RiskLevel level, string phrase, string locale, List<LexiconEntry> entries, List<(string, int)> phrases, ArabiziIndex? arabizi, bool needsCompanion = false, bool neutral = false)
    {
        var text = phrase.Trim();
        var open = text.EndsWith('*');
        if (open)
        {
            text = text[..^1];
        }

        var normalized = TextNormalizer.NormalizePhrase(text);
        if (normalized.Length == 0)
        {
            throw new ArgumentException($"lexicons/{locale}.yaml: the phrase '{phrase}' of '{ruleId}' has no letters.", nameof(phrase));
        }

        var index = entries.Count;
        var language = WellbeingKit.Content.Locales.Language(locale);
        entries.Add(new LexiconEntry(kind, ruleId, category, level, normalized.Length, open, Language: language, SingleWord: !normalized.Contains(' ', StringComparison.Ordinal)) { NeedsCompanion = needsCompanion, Neutral = neutral });
        phrases.Add((normalized, index));
        if (!open)
        {
            arabizi?.Add(text, index, entries[index], entries); // cues here; crisis phrases once they are known not to repeat
        }

        if (TextNormalizer.NormalizeJoined(text) is { } joined)
        {
            entries.Add(new LexiconEntry(kind, ruleId, category, level, joined.Length, open, Joined: true, Language: language) { NeedsCompanion = needsCompanion, Neutral = neutral });
            phrases.Add((joined, entries.Count - 1));
        }

        return index;
    }
}
