namespace WellbeingKit.Care;

/// <summary>A theme of the user's journal: an emotion label from the classifier and how many entries carried it (no text).</summary>
/// <param name="Label">The emotion label (for example <c>sadness</c>, <c>gratitude</c>).</param>
/// <param name="Entries">How many journal entries carried it.</param>
public sealed record JournalTheme(string Label, int Entries);
