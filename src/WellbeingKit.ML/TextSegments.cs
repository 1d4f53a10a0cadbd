namespace WellbeingKit.ML;

/// <summary>
/// Splits a message into sentences so that a long post is screened sentence by sentence: one crisis sentence in a
/// long post must not be diluted by the rest of the text.
/// </summary>
internal static class TextSegments
{
    /// <summary>The most segments screened per message (the longest ones are kept when there are more).</summary>
    public const int MaxSegments = 64;

    /// <summary>Messages up to this many characters are screened whole, like the short texts the model learned from.</summary>
    public const int WholeTextLength = 300;

    /// <summary>The spans to screen: the whole message when it is short, its sentences otherwise.</summary>
    /// <param name="text">The message.</param>
    /// <returns>The spans.</returns>
    public static IReadOnlyList<TextSegment> ForScreening(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= WholeTextLength ? [new TextSegment(0, text.Length)] : Split(text);
    }

    /// <summary>Splits <paramref name="text"/> into sentence spans (trimmed, non-empty), in order.</summary>
    /// <param name="text">The message.</param>
    /// <returns>The spans; a single span for a one-sentence message.</returns>
    public static IReadOnlyList<TextSegment> Split(string text)
    {
        var result = new List<TextSegment>();
        Split(text, result);
        return result;
    }

    /// <summary>Splits <paramref name="text"/> into sentence spans (trimmed, non-empty), in order, into <paramref name="result"/> (emptied first).</summary>
    /// <param name="text">The message.</param>
    /// <param name="result">Receives the spans; a single span for a one-sentence message.</param>
    public static void Split(string text, List<TextSegment> result)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);
        result.Clear();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length || text[i] is '\n' or '.' or '!' or '?' or '؟' or '。' or ';';
            if (!end)
            {
                continue;
            }

            // Keep the punctuation run with its sentence.
            var stop = i;
            while (stop < text.Length && text[stop] is '.' or '!' or '?' or '؟')
            {
                stop++;
            }

            Add(text, start, stop, result);
            start = Math.Max(stop, i + 1);
            i = start - 1;
        }

        if (result.Count == 0)
        {
            result.Add(new TextSegment(0, text.Length));
        }

        if (result.Count > MaxSegments)
        {
            var kept = result.OrderByDescending(s => s.Length).ThenBy(s => s.Start).Take(MaxSegments).OrderBy(s => s.Start).ToList();
            result.Clear();
            result.AddRange(kept);
        }
    }

    private static void Add(string text, int start, int stop, List<TextSegment> result)
    {
        while (start < stop && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (stop > start && char.IsWhiteSpace(text[stop - 1]))
        {
            stop--;
        }

        if (stop - start >= 2)
        {
            result.Add(new TextSegment(start, stop - start));
        }
    }
}
