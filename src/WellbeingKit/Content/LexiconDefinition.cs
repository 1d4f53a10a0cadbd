namespace WellbeingKit.Content;

/// <summary>A risk lexicon for one locale (<c>lexicons/&lt;locale&gt;.yaml</c>): the phrases NGOs extend without code.</summary>
public sealed record LexiconDefinition
{
    /// <summary>The locale.</summary>
    public required string Locale { get; init; }

    /// <summary>Crisis patterns: each a group of phrases with a category and level.</summary>
    public IReadOnlyList<LexiconPattern> Patterns { get; init; } = [];

    /// <summary>Benign uses and idioms that cancel a crisis match they overlap ("this homework is killing me").</summary>
    public IReadOnlyList<LexiconPattern> Benign { get; init; } = [];

    /// <summary>Negation cues that cancel a following match ("not", "never").</summary>
    public IReadOnlyList<string> Negations { get; init; } = [];

    /// <summary>Cues of the past or of recovery ("used to", "doing better now") that lower a match.</summary>
    public IReadOnlyList<string> PastMarkers { get; init; } = [];

    /// <summary>
    /// Cues of the present or of a return ("now", "again", "still"): a crisis phrase they stand right next to, in its clause, is
    /// lived now: up to two words before it, neither a past cue nor a frame cue lowers it; just after it, a frame cue does not
    /// ("therapy helped a lot but now i want to die again"; "i used to want to die now im ok" stays lowered by its past cue).
    /// </summary>
    public IReadOnlyList<string> PresentMarkers { get; init; } = [];

    /// <summary>Cues that the text is about someone or something else (a novel, a film, volunteering at a hotline).</summary>
    public IReadOnlyList<string> ThirdParty { get; init; } = [];

    /// <summary>
    /// Cues of a loss ("passed away", "lost my job"): no level of their own; a method or means question (a pattern with
    /// <see cref="LexiconPattern.AfterDistress"/>) in one of the next few messages is raised.
    /// </summary>
    public IReadOnlyList<string> Losses { get; init; } = [];

    /// <summary>
    /// Frame cues of a news report ("according to", "police said", "the inquest heard"): a crisis phrase within a dozen words
    /// of one, in any clause, is told about rather than lived, and is lowered to Low (never an Imminent one). When every crisis
    /// phrase is framed or negated (or, in a short message, none stays above Low), the ML models' Moderate or High is capped at Low too.
    /// </summary>
    public IReadOnlyList<string> News { get; init; } = [];

    /// <summary>Frame cues of a recovery story ("years clean", "so glad i didnt", "in a better place now"): the same effect as <see cref="News"/>.</summary>
    public IReadOnlyList<string> Recovery { get; init; } = [];

    /// <summary>Frame cues of professional or study context ("my patient", "safeguarding training", "how do i ask"): the same effect as <see cref="News"/>.</summary>
    public IReadOnlyList<string> Professional { get; init; } = [];

    /// <summary>Frame cues of fiction, song lyrics and games ("in the book", "the chorus", "final boss"): the same effect as <see cref="News"/>.</summary>
    public IReadOnlyList<string> Fiction { get; init; } = [];

    /// <summary>
    /// Short word prefixes a phrase may follow inside one written word: Arabic clitics (<c>و</c>, <c>ف</c>, <c>ال</c>, <c>س</c>) or the
    /// English pronoun of words run together (<c>i</c> in "iwanttodie").
    /// </summary>
    public IReadOnlyList<string> Prefixes { get; init; } = [];
}
