namespace WellbeingKit.ML.Training;

/// <summary>Which part of a data set a run uses.</summary>
public enum DataPart
{
    /// <summary>Every row.</summary>
    All,

    /// <summary>The tuning part (about 70 % of the rows): what training, thresholds and lexicon changes may look at.</summary>
    Tuning,

    /// <summary>The held-out part (about 30 %): only measured, never looked at while tuning.</summary>
    HeldOut,
}
