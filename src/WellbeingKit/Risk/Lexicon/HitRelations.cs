namespace WellbeingKit.Risk.Lexicon;

/// <summary>Where two lexicon hits stand relative to each other: the geometry the cue rules and the weighting read.</summary>
internal static class HitRelations
{
    /// <summary>How many words before or after a match a past or third-party cue lowers it.</summary>
    public const int ContextWindow = 4;

    /// <summary>True when the cue ends before the hit starts.</summary>
    /// <param name="cue">The cue.</param>
    /// <param name="hit">The crisis hit.</param>
    /// <returns>Whether the cue comes first.</returns>
    public static bool Before(Hit cue, Hit hit) => cue.End < hit.Start;

    /// <summary>True when the cue lies within <see cref="ContextWindow"/> words before or after the hit.</summary>
    /// <param name="cue">The cue.</param>
    /// <param name="hit">The crisis hit.</param>
    /// <param name="text">The normalized text (word numbers computed).</param>
    /// <returns>Whether the cue is near.</returns>
    public static bool Near(Hit cue, Hit hit, NormalizedText text) =>
        Before(cue, hit) ? text.Tokens[hit.Start] - text.Tokens[cue.End] <= ContextWindow
        : cue.Start > hit.End && text.Tokens[cue.Start] - text.Tokens[hit.End] <= ContextWindow;

    /// <summary>
    /// True when a past cue opens the clause (its first or second word: "a year ago today i wrote...", "i used to think that
    /// everyone...") and the hit follows within <see cref="LexiconScreening.FrameWindow"/> words: such a cue sets the time of
    /// the whole clause, not only of the few words after it.
    /// </summary>
    /// <param name="cue">The past cue (same clause as the hit).</param>
    /// <param name="hit">The crisis hit.</param>
    /// <param name="text">The normalized text (word and clause numbers computed).</param>
    /// <returns>Whether the cue opens the clause before the hit.</returns>
    public static bool OpensClauseBefore(Hit cue, Hit hit, NormalizedText text)
    {
        if (!Before(cue, hit) || text.Tokens[hit.Start] - text.Tokens[cue.End] > LexiconScreening.FrameWindow)
        {
            return false;
        }

        var clause = text.Clauses[cue.Start];
        var first = cue.Start;
        while (first > 0 && text.Clauses[first - 1] == clause)
        {
            first--;
        }

        return text.Tokens[cue.Start] - Math.Max(text.Tokens[first], 0) <= 1;
    }

    /// <summary>A benign idiom cancels a crisis match it covers, or that it completes ("they beat me" + "beat me to it").</summary>
    /// <param name="benign">The benign idiom's hit.</param>
    /// <param name="hit">The crisis hit.</param>
    /// <returns>Whether the idiom cancels the hit.</returns>
    public static bool Cancels(Hit benign, Hit hit) =>
        (benign.Start <= hit.Start && benign.End >= hit.End)
        || (benign.Start > hit.Start && benign.Start <= hit.End && benign.End > hit.End);

    /// <summary>
    /// True when a crisis phrase contains the negation cue: the cue is part of a crisis construction ("why shouldn't I",
    /// "trying not to", "don't want to live") and negates nothing.
    /// </summary>
    /// <param name="entries">The lexicon's entries.</param>
    /// <param name="hits">The hits.</param>
    /// <param name="count">The number of hits.</param>
    /// <param name="cue">The negation cue's hit.</param>
    /// <returns>Whether a crisis hit contains the cue.</returns>
    public static bool InsideCrisis(LexiconEntry[] entries, Hit[] hits, int count, Hit cue)
    {
        for (var h = 0; h < count; h++)
        {
            var hit = hits[h];
            if (entries[hit.Entry].Kind == CueKind.Crisis && hit.Start <= cue.Start && hit.End >= cue.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when hit <paramref name="h"/> repeats an earlier kept hit's phrase, or lies inside another kept hit.</summary>
    /// <param name="hits">The hits.</param>
    /// <param name="effective">The level each hit keeps (None: cancelled or a cue).</param>
    /// <param name="count">The number of hits.</param>
    /// <param name="h">The hit to check.</param>
    /// <returns>Whether the hit adds nothing to the weight.</returns>
    public static bool IsRepeatOrInside(Hit[] hits, RiskLevel[] effective, int count, int h)
    {
        var hit = hits[h];
        for (var p = 0; p < count; p++)
        {
            if (p == h || effective[p] == RiskLevel.None)
            {
                continue;
            }

            var other = hits[p];
            if ((p < h && other.Entry == hit.Entry)
                || (other.Start <= hit.Start && other.End >= hit.End && other.End - other.Start > hit.End - hit.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a longer kept hit at the same or higher level contains hit <paramref name="h"/> (its evidence adds nothing).</summary>
    /// <param name="hits">The hits.</param>
    /// <param name="effective">The level each hit keeps.</param>
    /// <param name="count">The number of hits.</param>
    /// <param name="h">The hit to check.</param>
    /// <returns>Whether the hit's evidence is covered by another's.</returns>
    public static bool IsInsideKept(Hit[] hits, RiskLevel[] effective, int count, int h)
    {
        var hit = hits[h];
        for (var p = 0; p < count; p++)
        {
            var other = hits[p];
            if (p != h && effective[p] >= effective[h] && other.Start <= hit.Start && other.End >= hit.End
                && (other.End - other.Start > hit.End - hit.Start || p < h))
            {
                return true;
            }
        }

        return false;
    }
}
