namespace WellbeingKit.Risk.Lexicon;

/// <summary>
/// An Aho-Corasick automaton, compiled once into a dense transition table over the characters the phrases use:
/// one pass over a message finds every phrase, whatever their number.
/// </summary>
internal sealed class PhraseAutomaton
{
    private readonly ushort[] _classes;
    private readonly int[] _delta;
    private readonly int _classCount;
    private readonly int[] _outputStart;
    private readonly int[] _outputs;

    private PhraseAutomaton(ushort[] classes, int classCount, int[] delta, int[] outputStart, int[] outputs)
    {
        _classes = classes;
        _classCount = classCount;
        _delta = delta;
        _outputStart = outputStart;
        _outputs = outputs;
    }

    /// <summary>The number of states (for diagnostics).</summary>
    public int StateCount => _outputStart.Length - 1;

    /// <summary>Builds the automaton.</summary>
    /// <param name="phrases">The phrases (already normalized, non-empty) and the value each reports.</param>
    /// <returns>The automaton.</returns>
    public static PhraseAutomaton Build(IReadOnlyList<(string Phrase, int Value)> phrases)
    {
        var classes = new ushort[65536];
        var classCount = 1;
        foreach (var (phrase, _) in phrases)
        {
            foreach (var c in phrase)
            {
                if (classes[c] == 0)
                {
                    classes[c] = (ushort)classCount++;
                }
            }
        }

        // The trie.
        var children = new List<Dictionary<int, int>> { new() };
        var terminal = new List<List<int>?> { null };
        foreach (var (phrase, value) in phrases)
        {
            var state = 0;
            foreach (var c in phrase)
            {
                var cls = classes[c];
                if (!children[state].TryGetValue(cls, out var next))
                {
                    next = children.Count;
                    children.Add([]);
                    terminal.Add(null);
                    children[state][cls] = next;
                }

                state = next;
            }

            (terminal[state] ??= []).Add(value);
        }

        // Breadth-first: failure links, dense transitions, outputs inherited along the failure chain.
        var count = children.Count;
        var delta = new int[count * classCount];
        var fail = new int[count];
        var outputs = new List<int>[count];
        outputs[0] = terminal[0] ?? [];
        var queue = new Queue<int>();
        for (var cls = 0; cls < classCount; cls++)
        {
            if (children[0].TryGetValue(cls, out var child))
            {
                delta[cls] = child;
                fail[child] = 0;
                queue.Enqueue(child);
            }
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            outputs[state] = [.. terminal[state] ?? [], .. outputs[fail[state]]];
            for (var cls = 0; cls < classCount; cls++)
            {
                if (children[state].TryGetValue(cls, out var child))
                {
                    delta[(state * classCount) + cls] = child;
                    fail[child] = delta[(fail[state] * classCount) + cls];
                    queue.Enqueue(child);
                }
                else
                {
                    delta[(state * classCount) + cls] = delta[(fail[state] * classCount) + cls];
                }
            }
        }

        var outputStart = new int[count + 1];
        var flat = new List<int>();
        for (var s = 0; s < count; s++)
        {
            outputStart[s] = flat.Count;
            flat.AddRange(outputs[s]);
        }

        outputStart[count] = flat.Count;
        return new PhraseAutomaton(classes, classCount, delta, outputStart, [.. flat]);
    }

    /// <summary>Runs the automaton over <paramref name="text"/> and calls <paramref name="sink"/> for every phrase that ends at a position.</summary>
    /// <typeparam name="TSink">The sink type (a struct, so the call is inlined and allocation-free).</typeparam>
    /// <param name="text">The normalized text.</param>
    /// <param name="sink">Receives (end position, value) for every match.</param>
    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        var classes = _classes;
        var delta = _delta;
        var classCount = _classCount;
        var outputStart = _outputStart;
        var outputs = _outputs;
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            state = delta[(state * classCount) + classes[text[i]]];
            var from = outputStart[state];
            var to = outputStart[state + 1];
            for (var o = from; o < to; o++)
            {
                sink.OnMatch(i, outputs[o]);
            }
        }
    }
}

/// <summary>Receives the matches of <see cref="PhraseAutomaton.Scan{TSink}"/>.</summary>
internal interface IMatchSink
{
    /// <summary>A phrase reporting <paramref name="value"/> ends at <paramref name="end"/> (inclusive).</summary>
    /// <param name="end">The position of the phrase's last character.</param>
    /// <param name="value">The phrase's value.</param>
    void OnMatch(int end, int value);
}
