namespace WellbeingKit.Risk.Lexicon;

/// <summary>One phrase of one lexicon, as the automaton reports it.</summary>
/// <param name="Kind">What the entry is.</param>
/// <param name="RuleId">The rule id shown in evidence.</param>
/// <param name="Category">The crisis category (crisis entries only).</param>
/// <param name="Level">The level (crisis entries only).</param>
/// <param name="Length">The normalized phrase length.</param>
/// <param name="Open">True when the phrase ended in <c>*</c>: it may end inside a word.</param>
/// <param name="Joined">True for the run-together form of a phrase ("wantodie"): it only matches inside one written word.</param>
/// <param name="Language">The language of the lexicon the entry belongs to (<c>en</c> for <c>lexicons/en.yaml</c>).</param>
/// <param name="SingleWord">True when the phrase is one word: a word shared by several languages ("suicide" in English and
/// French) is a crisis phrase only in its own lexicon's language.</param>
internal sealed record LexiconEntry(CueKind Kind, string RuleId, RiskCategory Category, RiskLevel Level, int Length, bool Open, bool Joined = false, string Language = "", bool SingleWord = false)
{
    /// <summary>True when the match counts only with one of its pattern's <see cref="CueKind.Companion"/> phrases in the same clause.</summary>
    public bool NeedsCompanion { get; init; }

    /// <summary>True for a question told as neutral (a Low pattern with <c>after_distress:</c>, "how tall is the bridge"): it keeps its
    /// level but adds no weight to the distress words beside it ("bridge" is one), so it is never Moderate by itself.</summary>
    public bool Neutral { get; init; }

    /// <summary>The entry of the same phrase in another pattern, tried when this one needs a companion that is not in the clause (<see cref="CompiledLexicon"/>).</summary>
    public int? Fallback { get; init; }

    /// <summary>True when the entry may fire in a message identified as <paramref name="messageLanguage"/>: an open
    /// (<c>*</c>), one-word or misspelling match belongs to its own language (or to a message whose language is unknown); a lexicon in a
    /// language the identifier does not know (an NGO's <c>de.yaml</c>) fires everywhere, as before.</summary>
    public bool BelongsTo(string messageLanguage) =>
        messageLanguage == LanguageIdentifier.Unknown || !LanguageIdentifier.Knows(Language) || string.Equals(Language, messageLanguage, StringComparison.Ordinal);
}
