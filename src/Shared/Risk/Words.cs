namespace WellbeingKit.Risk;

/// <summary>Counting the words of a message, as the ML models and the conversation rules count them.</summary>
internal static class Words
{
    /// <summary>
    /// The fewest words a part of a message needs before a model's score on it is trusted: with fewer ("phq9", "ok", "1") a
    /// model's score says more about the model than about the person, so the ML detector caps it at <c>Low</c> and the
    /// conversation rules do not count it.
    /// </summary>
    public const int TrustedByModels = 3;

    /// <summary>True when <paramref name="text"/> has at least <paramref name="count"/> words (maximal runs of letters, digits
    /// and combining marks), counting no further.</summary>
    /// <param name="text">The text.</param>
    /// <param name="count">The number of words wanted.</param>
    /// <returns>Whether the text has that many words.</returns>
    public static bool HasAtLeast(ReadOnlySpan<char> text, int count)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
            if (wordChar && !inWord && ++words >= count)
            {
                return true;
            }

            inWord = wordChar;
        }

        return count <= 0;
    }
}
