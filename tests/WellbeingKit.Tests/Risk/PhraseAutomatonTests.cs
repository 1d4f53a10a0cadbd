using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Tests.Risk;

/// <summary>
/// The automaton reads a long text as four quarters or two halves at once; whatever the text's length and however many
/// matches it holds (more than a quarter or the second half can hold back, too), it must report exactly what a plain
/// search finds, in order.
/// </summary>
public sealed class PhraseAutomatonTests
{
    private static readonly (string Phrase, int Value)[] Phrases = [("ab", 0), ("b", 1), ("abc", 2), ("bca", 3), ("cab", 4), ("aaaa", 5), ("cc", 6)];

    [Theory]
    [InlineData(0, "abcx")]
    [InlineData(7, "abcx")]
    [InlineData(150, "abcx")]
    [InlineData(2000, "abcx")]
    [InlineData(20001, "abcx")]
    [InlineData(2000, "abcxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData(5000, "aaaaaaab")]
    [InlineData(271, "abcxxxxxxxxxxxxxxx")]
    [InlineData(272, "abcxxxxxxxxxxxxxxx")]
    [InlineData(275, "abcxxxxxxxxxxxxxxx")]
    [InlineData(3001, "abcxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData(1000, "aaaaaaab")]
    public void Every_occurrence_is_reported_in_text_order(int length, string alphabet)
    {
        var automaton = PhraseAutomaton.Build(Phrases);
        var random = new Random(length + alphabet.Length);
        var text = new string([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var sink = new ListSink([]);

        automaton.Scan(text, ref sink);

        sink.Matches.Should().Equal(PlainSearch(text));
    }

    /// <summary>Every (end, value), by end; at one end the longer phrase first (the automaton's order).</summary>
    private static List<(int End, int Value)> PlainSearch(string text)
    {
        var found = new List<(int End, int Value)>();
        for (var end = 0; end < text.Length; end++)
        {
            foreach (var (phrase, value) in Phrases.OrderByDescending(p => p.Phrase.Length))
            {
                var start = end - phrase.Length + 1;
                if (start >= 0 && string.CompareOrdinal(text, start, phrase, 0, phrase.Length) == 0)
                {
                    found.Add((end, value));
                }
            }
        }

        return found;
    }

    private readonly struct ListSink(List<(int End, int Value)> matches) : IMatchSink
    {
        public List<(int End, int Value)> Matches { get; } = matches;

        public void OnMatch(int end, int value) => Matches.Add((end, value));
    }
}
