namespace WellbeingKit.Risk.Lexicon;

/// <summary>Type argument of the normalizer: do not record offsets (the screening pass).</summary>
internal struct WithoutOffsets;
