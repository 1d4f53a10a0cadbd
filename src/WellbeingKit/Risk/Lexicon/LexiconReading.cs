namespace WellbeingKit.Risk.Lexicon;

/// <summary>
/// What the lexicon's own pass saw of a message being told about rather than lived, in any language its lexicons fill
/// (<see cref="RiskAssessment.Reading"/>; the composite screening caps the ML models with it).
/// </summary>
[Flags]
internal enum LexiconReading : byte
{
    /// <summary>No frame cue and no negated crisis phrase.</summary>
    None = 0,

    /// <summary>A <see cref="CueKind.Frame"/> cue (news, recovery, professional, fiction) is in the message.</summary>
    Frame = 1,

    /// <summary>A crisis phrase (Moderate or above) of suicidal ideation, self-harm or harm to others was cancelled by a negation just before it.</summary>
    Negation = 2,

    /// <summary>
    /// At least one crisis phrase (Moderate or above) was framed, lowered by a past cue ("i used to...") or negated, and every crisis
    /// phrase the lexicon kept is one of those (none is lived, not even a Low distress word; an abuse disclosure, negated or not, is never counted as told about).
    /// </summary>
    AllToldAbout = 4,
}
