namespace WellbeingKit.Risk.Lexicon;

/// <summary>
/// Screens one message with a compiled lexicon, in named steps: find the hits (<see cref="Match"/>), apply the cues to
/// each crisis hit (<see cref="ApplyCues"/>), add distinct distress phrases up (<see cref="AddUp"/>), and collect the
/// evidence (<see cref="CollectEvidence"/>). Allocation-free when nothing matches (the buffers are per thread).
/// </summary>
internal static class LexiconScreening
{
    /// <summary>How many words after a negation cue ("not", "never", "not going to") a match is cancelled.</summary>
    private const int NegationWindow = 2;

    /// <summary>The weight of distinct distress phrases (Low 1, Moderate 2) that makes High.</summary>
    private const int HighWeight = 3;

    /// <summary>How many words before or after a frame cue (news, recovery, professional, fiction) a crisis match is lowered, in any clause.</summary>
    public const int FrameWindow = 12;

    /// <summary>A message with fewer words than this, holding a frame cue or a negated crisis phrase and no crisis phrase above Low, has the
    /// ML models capped at Low (<see cref="RiskScreener"/>); a longer one only when every crisis phrase in it is framed or negated
    /// (<see cref="LexiconReading.AllToldAbout"/>): in a long post a frame cue speaks only for its own sentences.</summary>
    public const int FramedMessageWords = 40;

    /// <summary>Screens <paramref name="text"/>.</summary>
    /// <param name="compiled">The compiled lexicon.</param>
    /// <param name="text">The message.</param>
    /// <param name="collectEvidence">Whether to return the evidence spans (history screening does not need them).</param>
    /// <returns>The assessment.</returns>
    public static RiskAssessment Screen(CompiledLexicon compiled, string text, bool collectEvidence)
    {
        var scratch = Match(compiled, text);
        if (scratch.HitCount == 0)
        {
            return LexiconScores.None;
        }

        if (!HasCrisisHit(compiled.Entries, scratch.Hits, scratch.HitCount))
        {
            // Only cues ("not", "he", "used to") matched: nothing to cancel or lower; a frame cue is still a reading.
            return HasFrameCue(compiled.Entries, scratch) ? LexiconScores.Nothing(LexiconReading.Frame, cancelled: false) : LexiconScores.None;
        }

        // Word and clause numbers, and later the offsets, are only read at matches: compute them up to the last one.
        var last = LastHitEnd(scratch);
        scratch.Text.ComputePositions(last);
        var (level, cancelled) = ApplyCues(compiled, scratch, text);
        if (level == RiskLevel.None)
        {
            return LexiconScores.Nothing(ReadingOf(compiled.Entries, scratch), cancelled > 0);
        }

        (level, var distinctRules) = AddUp(compiled.Entries, scratch, level);
        return new RiskAssessment
        {
            Level = level,
            Score = LexiconScores.Of(level, distinctRules),
            Categories = Categories(compiled.Entries, scratch),
            Evidence = collectEvidence ? CollectEvidence(compiled.Entries, scratch, text, last) : [],
            Detector = LexiconScores.Detector,
            Reading = level <= RiskLevel.Low ? ReadingOf(compiled.Entries, scratch) : LexiconReading.None, // read only where it caps a model
        };
    }

    /// <summary>True when <paramref name="text"/> holds a <see cref="CueKind.Loss"/> cue ("passed away", "lost my job").</summary>
    public static bool TellsOfLoss(CompiledLexicon compiled, string text)
    {
        var scratch = Match(compiled, text);
        for (var h = 0; h < scratch.HitCount; h++)
        {
            if (compiled.Entries[scratch.Hits[h].Entry].Kind == CueKind.Loss)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a <see cref="CueKind.Frame"/> cue (a news report, a recovery story, a professional question, fiction, lyrics or
    /// a game) matched.</summary>
    private static bool HasFrameCue(LexiconEntry[] entries, MatcherScratch scratch)
    {
        for (var h = 0; h < scratch.HitCount; h++)
        {
            if (entries[scratch.Hits[h].Entry].Kind == CueKind.Frame)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The lexicon's reading of the message, from the pass it has just made (after <see cref="ApplyCues"/>): a frame cue, a negated
    /// crisis phrase, and whether every crisis phrase is told about (framed, lowered by a past cue, or negated) rather than lived. A phrase skipped (another
    /// language, no companion) or cancelled by an idiom is neither; an abuse disclosure, negated or not, and an Imminent phrase count as lived.
    /// </summary>
    private static LexiconReading ReadingOf(LexiconEntry[] entries, MatcherScratch scratch)
    {
        var reading = LexiconReading.None;
        var told = false;
        var lived = false;
        for (var h = 0; h < scratch.HitCount; h++)
        {
            var entry = entries[scratch.Hits[h].Entry];
            if (entry.Kind == CueKind.Frame)
            {
                reading |= LexiconReading.Frame;
            }
            else if (entry.Kind != CueKind.Crisis)
            {
                continue;
            }
            else if (scratch.Negated[h])
            {
                // A negated crisis phrase ("not suicidal") tells; a negated distress word ("wont stop") says nothing either way.
                var frameable = IsFrameable(entry);
                var phrase = frameable && entry.Level >= RiskLevel.Moderate;
                reading |= phrase ? LexiconReading.Negation : LexiconReading.None;
                told |= phrase;
                lived |= !frameable;
            }
            else if (scratch.Effective[h] > RiskLevel.None)
            {
                // Framed ("three years ago i tried... today im graduating") or told in the past ("it took me years to stop self harming").
                var toldAbout = IsToldAbout(entries, scratch, h);
                told |= toldAbout && entry.Level >= RiskLevel.Moderate;
                lived |= !toldAbout;
            }
        }

        return told && !lived ? reading | LexiconReading.AllToldAbout : reading;
    }

    /// <summary>Step 1: folds the text and records every phrase, cue and one-letter misspelling it contains.</summary>
    private static MatcherScratch Match(CompiledLexicon compiled, string text)
    {
        var scratch = MatcherScratch.Current;
        var normalized = scratch.Text;
        TextNormalizer.Normalize(text, normalized);
        scratch.HitCount = 0;
        var sink = new BoundarySink(compiled, scratch);
        compiled.Automaton.Scan(normalized.Chars.AsSpan(0, normalized.Length), ref sink);
        if (compiled.HasFuzzy)
        {
            FindMisspellings(compiled, scratch, text);
        }

        if (compiled.Arabizi is { } arabizi && ArabiziIndex.MayBeArabizi(text))
        {
            arabizi.FindIn(text, scratch);
        }

        return scratch;
    }

    private static void FindMisspellings(CompiledLexicon compiled, MatcherScratch scratch, string original)
    {
        string? language = null; // identified only when a misspelling is found: a misspelling match belongs to its language
        var text = scratch.Text;
        var words = text.LongWords;
        for (var w = 0; w < text.LongWordCount; w++)
        {
            var start = words[2 * w];
            var end = words[(2 * w) + 1];
            if (compiled.TryFuzzy(text.Chars.AsSpan(start, end - start + 1), out var entry) && !HasHit(scratch, entry, start, end)
                && compiled.Entries[entry].BelongsTo(language ??= LanguageIdentifier.IdentifyMessage(original)))
            {
                scratch.Add(new Hit(entry, start, end));
            }
        }
    }

    private static bool HasHit(MatcherScratch scratch, int entry, int start, int end)
    {
        for (var h = 0; h < scratch.HitCount; h++)
        {
            var hit = scratch.Hits[h];
            if (hit.Entry == entry && hit.Start == start && hit.End == end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCrisisHit(LexiconEntry[] entries, Hit[] hits, int count)
    {
        for (var h = 0; h < count; h++)
        {
            var entry = entries[hits[h].Entry];
            if (entry.Kind == CueKind.Crisis && (!entry.NeedsCompanion || entry.Fallback is not null || HasCompanionHit(entries, hits, count, entry.RuleId)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a companion phrase of pattern <paramref name="ruleId"/> (<c>only_with:</c>) matched anywhere in the message. A
    /// crisis hit whose pattern needs a companion and finds none in the whole message is no match (<see cref="Companion"/>
    /// returns -1 for it); checked before the cue pass so that a pattern written with everyday words as its phrases ("today",
    /// "at work", with the act as the companion) costs ordinary messages nothing.
    /// </summary>
    private static bool HasCompanionHit(LexiconEntry[] entries, Hit[] hits, int count, string ruleId)
    {
        for (var c = 0; c < count; c++)
        {
            if (IsCompanionOf(entries[hits[c].Entry], ruleId))
            {
                return true;
            }
        }

        return false;
    }

    private static int LastHitEnd(MatcherScratch scratch)
    {
        var last = 0;
        for (var h = 0; h < scratch.HitCount; h++)
        {
            last = Math.Max(last, scratch.Hits[h].End);
        }

        return last;
    }

    /// <summary>
    /// Step 2: the level each hit keeps (<see cref="MatcherScratch.Effective"/>; None for cues): a crisis hit is cancelled
    /// by a benign idiom covering it or a negation just before it in the same clause, and lowered to Low by a past or
    /// third-party cue near it (a third-party cue does not lower a two-part match, <c>only_with:</c>: its pattern already
    /// reads the clause, and a goodbye or giving-away message names the people it is left to, "que mi hermana se quede con mi gato"); an open rule (suicid*) or a one-word rule ("suicide") does not fire in a message of another language.
    /// </summary>
    /// <returns>The highest kept level, and how many crisis hits were cancelled.</returns>
    private static (RiskLevel Level, int Cancelled) ApplyCues(CompiledLexicon compiled, MatcherScratch scratch, string text)
    {
        var entries = compiled.Entries;
        var effective = scratch.Effective;
        var level = RiskLevel.None;
        var cancelled = 0;
        string? language = null;
        for (var h = 0; h < scratch.HitCount; h++)
        {
            var entry = entries[scratch.Hits[h].Entry];
            effective[h] = RiskLevel.None;
            scratch.Negated[h] = false;
            scratch.Past[h] = false;
            if (entry.Kind != CueKind.Crisis)
            {
                continue;
            }

            if ((entry.Open || entry.SingleWord) && !entry.BelongsTo(language ??= LanguageIdentifier.IdentifyMessage(text)))
            {
                continue; // an open (suicid*) or one-word match in a message of another language: not a match, not a cancellation
            }

            var companion = entry.NeedsCompanion ? Companion(entries, scratch, h, entry.RuleId) : 0;
            if (companion != 0)
            {
                // The same phrase in another pattern (a Low cue, or other companions) may still read it.
                var next = entry.Fallback;
                while (next is { } n && entries[n].NeedsCompanion && Companion(entries, scratch, h, entries[n].RuleId) != 0)
                {
                    next = entries[n].Fallback;
                }

                if (next is { } found)
                {
                    scratch.Hits[h] = scratch.Hits[h] with { Entry = found };
                    entry = entries[found];
                    companion = 0;
                }
                else if (companion < 0)
                {
                    continue; // "how tall is" with no bridge, building or cliff in its clause or the next: not a match, not a cancellation
                }
            }

            var value = AfterCues(entries, scratch, h, entry, out scratch.Negated[h], out scratch.Past[h]);
            if (companion > 0 && value > RiskLevel.Low)
            {
                value = RiskLevel.Low; // the two parts split by a comma ("i'll kill him, i have a knife"): a Low cue that adds up
            }

            effective[h] = value;
            if (value == RiskLevel.None)
            {
                cancelled++;
            }

            level = value > level ? value : level;
        }

        return (level, cancelled);
    }

    /// <summary>True when <paramref name="entry"/> is a companion phrase (<c>only_with:</c>) of pattern <paramref name="ruleId"/>.</summary>
    private static bool IsCompanionOf(LexiconEntry entry, string ruleId) =>
        entry.Kind == CueKind.Companion && string.Equals(entry.RuleId, ruleId, StringComparison.Ordinal);

    /// <summary>
    /// Where a companion phrase of crisis hit <paramref name="h"/>'s pattern (<c>only_with:</c>) stands: 0 in the same clause
    /// (the match keeps its level), 1 only in the clause just before or after it (the match counts as a Low cue, which adds up
    /// with another: chat splits one thought with commas), -1 nowhere near (not a match).
    /// </summary>
    private static int Companion(LexiconEntry[] entries, MatcherScratch scratch, int h, string ruleId)
    {
        var clauses = scratch.Text.Clauses;
        var hit = scratch.Hits[h];
        var found = -1;
        for (var c = 0; c < scratch.HitCount; c++)
        {
            var cue = scratch.Hits[c];
            if (!IsCompanionOf(entries[cue.Entry], ruleId))
            {
                continue;
            }

            var distance = Math.Abs(clauses[cue.Start] - clauses[hit.Start]);
            if (distance == 0)
            {
                return 0;
            }

            found = distance == 1 ? 1 : found;
        }

        return found;
    }

    /// <summary>The level crisis hit <paramref name="h"/> keeps after the cues of its clause; <paramref name="negated"/> when a negation
    /// cancelled it, <paramref name="past"/> when a past cue lowered it.</summary>
    private static RiskLevel AfterCues(LexiconEntry[] entries, MatcherScratch scratch, int h, LexiconEntry entry, out bool negated, out bool past)
    {
        negated = false;
        past = false;
        var hits = scratch.Hits;
        var count = scratch.HitCount;
        var tokens = scratch.Text.Tokens;
        var clauses = scratch.Text.Clauses;
        var hit = hits[h];
        var clause = clauses[hit.Start];
        var value = entry.Level;
        bool? now = null; // a present cue right next to the hit ("now i want to die again"): no frame cue lowers it
        bool? nowBefore = null; // one just before it: no past cue lowers it either ("i used to want to die now im ok" stays lowered)
        for (var c = 0; c < count && value > RiskLevel.None; c++)
        {
            var cue = hits[c];
            var kind = entries[cue.Entry].Kind;
            if (kind == CueKind.Frame)
            {
                // A frame speaks for the words around it whatever the clause ("three years ago i tried to kill myself. today im graduating").
                value = value is > RiskLevel.Low and < RiskLevel.Imminent && IsFrameable(entry) && Frames(cue, hit, tokens)
                    && !(now ??= IsNow(entries, scratch, hit, after: true)) ? RiskLevel.Low : value;
                continue;
            }

            if (kind == CueKind.Crisis || clauses[cue.Start] != clause)
            {
                continue;
            }

            switch (kind)
            {
                case CueKind.Benign when HitRelations.Cancels(cue, hit):
                    value = RiskLevel.None;
                    break;
                case CueKind.Negation when HitRelations.Before(cue, hit) && tokens[hit.Start] - tokens[cue.End] <= NegationWindow
                    && !HitRelations.InsideCrisis(entries, hits, count, cue):
                    value = RiskLevel.None;
                    negated = true;
                    break;
                case CueKind.Past when (HitRelations.Near(cue, hit, scratch.Text) || HitRelations.OpensClauseBefore(cue, hit, scratch.Text)) && !(nowBefore ??= IsNow(entries, scratch, hit, after: false)):
                    past |= value > RiskLevel.Low;
                    value = value > RiskLevel.Low ? RiskLevel.Low : value;
                    break;
                case CueKind.ThirdParty when entry.Category is RiskCategory.SuicidalIdeation or RiskCategory.SelfHarm && !entry.NeedsCompanion
                    && HitRelations.Before(cue, hit) && tokens[hit.Start] - tokens[cue.End] <= HitRelations.ContextWindow:
                    value = value > RiskLevel.Low ? RiskLevel.Low : value;
                    break;
            }
        }

        return value;
    }

    /// <summary>True when a <see cref="CueKind.Present"/> cue stands right next to crisis hit <paramref name="hit"/> in its clause: up to
    /// <see cref="NegationWindow"/> words before it, inside it ("relapsed tonight"), or, when <paramref name="after"/>, the word just
    /// after it ("now i want to die", "i want to die again"; not "i used to want to die but now i have hope").</summary>
    private static bool IsNow(LexiconEntry[] entries, MatcherScratch scratch, Hit hit, bool after)
    {
        var tokens = scratch.Text.Tokens;
        var clauses = scratch.Text.Clauses;
        for (var c = 0; c < scratch.HitCount; c++)
        {
            var cue = scratch.Hits[c];
            if (entries[cue.Entry].Kind == CueKind.Present && clauses[cue.Start] == clauses[hit.Start]
                && (HitRelations.Before(cue, hit) ? tokens[hit.Start] - tokens[cue.End] <= NegationWindow
                    : (cue.Start >= hit.Start && cue.End <= hit.End) || (after && cue.Start > hit.End && tokens[cue.Start] - tokens[hit.End] <= 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when frame cue <paramref name="cue"/> lies within <see cref="FrameWindow"/> words of crisis hit <paramref name="hit"/>, or overlaps it.</summary>
    private static bool Frames(Hit cue, Hit hit, int[] tokens) => HitRelations.Before(cue, hit)
        ? tokens[hit.Start] - tokens[cue.End] <= FrameWindow
        : tokens[cue.Start] - tokens[hit.End] <= FrameWindow;

    /// <summary>
    /// True for the categories a frame can lower: suicidal ideation, self-harm and harm to others. An abuse disclosure is never
    /// lowered by a frame ("the police said they cant help, he still hits me" is lived, whatever the words around it).
    /// </summary>
    private static bool IsFrameable(LexiconEntry entry) =>
        entry.Category is RiskCategory.SuicidalIdeation or RiskCategory.SelfHarm or RiskCategory.HarmToOthers;

    /// <summary>True when crisis hit <paramref name="h"/> is told about, not lived: a frame lowers it, or a past cue lowered it and its category is one a frame can lower.</summary>
    private static bool IsToldAbout(LexiconEntry[] entries, MatcherScratch scratch, int h) =>
        IsFramed(entries, scratch, h) || (scratch.Past[h] && IsFrameable(entries[scratch.Hits[h].Entry]));

    /// <summary>True when a frame cue lowers crisis hit <paramref name="h"/> (which then adds no weight to the distress words beside it).</summary>
    private static bool IsFramed(LexiconEntry[] entries, MatcherScratch scratch, int h)
    {
        var hit = scratch.Hits[h];
        if (!IsFrameable(entries[hit.Entry]) || scratch.Effective[h] >= RiskLevel.Imminent)
        {
            return false;
        }

        for (var c = 0; c < scratch.HitCount; c++)
        {
            if (entries[scratch.Hits[c].Entry].Kind == CueKind.Frame && Frames(scratch.Hits[c], hit, scratch.Text.Tokens))
            {
                return !IsNow(entries, scratch, hit, after: true);
            }
        }

        return false;
    }

    /// <summary>
    /// Step 3: several different distress phrases add up: Low weighs 1, Moderate 2 (repeats and phrases inside a longer
    /// match count once; a neutral question, <see cref="LexiconEntry.Neutral"/>, a framed match and a crisis phrase a past cue
    /// lowered weigh nothing: told about, not lived). A sum of 2 makes Moderate, a sum of <see cref="HighWeight"/> makes High. Explicit crisis phrases stand alone.
    /// </summary>
    /// <returns>The level after adding up, and how many distinct rules kept a level.</returns>
    private static (RiskLevel Level, int DistinctRules) AddUp(LexiconEntry[] entries, MatcherScratch scratch, RiskLevel level)
    {
        var effective = scratch.Effective;
        var weight = 0;
        var distinctRules = 0;
        for (var h = 0; h < scratch.HitCount; h++)
        {
            if (effective[h] == RiskLevel.None || HitRelations.IsRepeatOrInside(scratch.Hits, effective, scratch.HitCount, h))
            {
                continue;
            }

            distinctRules++;
            var entry = entries[scratch.Hits[h].Entry];
            weight += entry.Neutral || IsToldAbout(entries, scratch, h) ? 0 : effective[h] switch
            {
                RiskLevel.Low => 1,
                RiskLevel.Moderate => 2,
                _ => 0,
            };
        }

        if (level < RiskLevel.High && weight >= HighWeight)
        {
            level = RiskLevel.High;
        }
        else if (level < RiskLevel.Moderate && weight >= 2)
        {
            level = RiskLevel.Moderate;
        }

        return (level, distinctRules);
    }

    /// <summary>The categories of the kept hits, highest level first; child abuse stands for abuse or violence when both matched, and suicidal ideation is kept only when it reached the top level or is the first category.</summary>
    private static List<RiskCategory> Categories(LexiconEntry[] entries, MatcherScratch scratch)
    {
        var categories = new List<RiskCategory>(2);
        var top = RiskLevel.None;
        var ideation = RiskLevel.None;
        for (var level = RiskLevel.Imminent; level > RiskLevel.None; level--)
        {
            for (var h = 0; h < scratch.HitCount; h++)
            {
                var category = entries[scratch.Hits[h].Entry].Category;
                if (scratch.Effective[h] == level && !categories.Contains(category))
                {
                    categories.Add(category);
                    top = top == RiskLevel.None ? level : top;
                    ideation = category == RiskCategory.SuicidalIdeation ? level : ideation;
                }
            }
        }

        if (categories.Contains(RiskCategory.ChildAbuse))
        {
            categories.Remove(RiskCategory.AbuseOrViolence); // a child's disclosure is abuse of a child ("my dad hits me" matches both)
        }

        if (ideation != RiskLevel.None && ideation < top && categories[0] != RiskCategory.SuicidalIdeation)
        {
            // Abuse, harm to others or self-harm told with a distress word ("and i am scared"): not suicidal ideation.
            categories.Remove(RiskCategory.SuicidalIdeation);
        }

        return categories;
    }

    /// <summary>Step 4: one evidence span per kept hit that no longer kept hit covers, in text order (longest first at the same start).</summary>
    private static List<RiskEvidence> CollectEvidence(LexiconEntry[] entries, MatcherScratch scratch, string text, int last)
    {
        var evidence = new List<RiskEvidence>();
        var original = scratch.Text;
        // The screening pass folds without recording offsets; only evidence needs them.
        TextNormalizer.ComputeOffsets(text, original, last);
        for (var h = 0; h < scratch.HitCount; h++)
        {
            var level = scratch.Effective[h];
            if (level == RiskLevel.None || HitRelations.IsInsideKept(scratch.Hits, scratch.Effective, scratch.HitCount, h))
            {
                continue;
            }

            var hit = scratch.Hits[h];
            var entry = entries[hit.Entry];
            var start = original.Starts[hit.Start];
            var end = original.Ends[hit.End];
            evidence.Add(new RiskEvidence(start, end - start, text[start..end], entry.RuleId, entry.Category, level, LexiconScores.Detector));
        }

        evidence.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return evidence;
    }
}
