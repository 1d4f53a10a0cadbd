namespace WellbeingKit.ML;

/// <summary>A span of a message: a sentence, or the whole message when it is short.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Length in characters.</param>
internal readonly record struct TextSegment(int Start, int Length);
