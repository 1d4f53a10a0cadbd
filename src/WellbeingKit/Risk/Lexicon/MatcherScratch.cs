namespace WellbeingKit.Risk.Lexicon;

/// <summary>The per-thread working memory of the matcher: reused between calls, so a screening allocates nothing unless it finds something.</summary>
internal sealed class MatcherScratch
{
    [ThreadStatic]
    private static MatcherScratch? t_current;

    public static MatcherScratch Current => t_current ??= new MatcherScratch();

    public NormalizedText Text { get; } = new();

    public Hit[] Hits { get; private set; } = new Hit[64];

    public RiskLevel[] Effective { get; private set; } = new RiskLevel[64];

    /// <summary>Per hit, whether a negation cancelled it (set with <see cref="Effective"/>).</summary>
    public bool[] Negated { get; private set; } = new bool[64];

    /// <summary>Per hit, whether a past cue lowered it ("i used to want to die"; set with <see cref="Effective"/>).</summary>
    public bool[] Past { get; private set; } = new bool[64];

    public int HitCount { get; set; }

    public void Add(Hit hit)
    {
        if (HitCount == Hits.Length)
        {
            var hits = Hits;
            Array.Resize(ref hits, hits.Length * 2);
            Hits = hits;
            var effective = Effective;
            Array.Resize(ref effective, hits.Length);
            Effective = effective;
            var negated = Negated;
            Array.Resize(ref negated, hits.Length);
            Negated = negated;
            var past = Past;
            Array.Resize(ref past, hits.Length);
            Past = past;
        }

        Hits[HitCount++] = hit;
    }
}
