namespace WellbeingKit.Risk.Lexicon;

/// <summary>What a lexicon entry is.</summary>
internal enum CueKind : byte
{
    /// <summary>A crisis phrase with a category and a level.</summary>
    Crisis,

    /// <summary>A benign use or idiom that cancels a crisis match it covers.</summary>
    Benign,

    /// <summary>A negation cue that cancels a crisis match shortly after it.</summary>
    Negation,

    /// <summary>A cue of the past or of recovery that lowers a nearby match to Low.</summary>
    Past,

    /// <summary>A cue of the present or of a return ("now", "again"): a crisis match right next to it is not lowered by a past or frame cue.</summary>
    Present,

    /// <summary>A cue that the text is about someone or something else; lowers a nearby match to Low.</summary>
    ThirdParty,

    /// <summary>A phrase a crisis pattern needs in the same clause (<c>only_with:</c>); its rule id is the pattern's.</summary>
    Companion,

    /// <summary>A cue of a loss ("passed away"): no level; raises a method question in the next messages.</summary>
    Loss,

    /// <summary>
    /// A frame cue (news report, recovery story, professional or study context, fiction, lyrics, games): a crisis match within
    /// <see cref="LexiconScreening.FrameWindow"/> words, in any clause, is told about rather than lived and is lowered to Low
    /// (an Imminent one is kept) and adds no weight; it also caps the ML models at Low (<see cref="LexiconReading"/>).
    /// </summary>
    Frame,
}
