namespace WellbeingKit.Risk.Lexicon;

/// <summary>Type argument of the normalizer: record where each folded character came from.</summary>
internal struct WithOffsets;
