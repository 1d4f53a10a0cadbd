namespace WellbeingKit.Risk.Lexicon;

/// <summary>One match of a lexicon entry in a normalized message.</summary>
/// <param name="Entry">The entry index.</param>
/// <param name="Start">The first normalized position.</param>
/// <param name="End">The last normalized position (inclusive).</param>
internal readonly record struct Hit(int Entry, int Start, int End);
