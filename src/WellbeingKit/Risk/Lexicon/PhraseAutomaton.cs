namespace WellbeingKit.Risk.Lexicon;

/// <summary>
/// An Aho-Corasick automaton, compiled once into a dense transition table over the characters the phrases use:
/// one pass over a message finds every phrase, whatever their number.
/// </summary>
internal sealed class PhraseAutomaton
{
    private readonly ushort[] _classes;

    /// <summary>
    /// The transitions, row by row: entry <c>row + class</c> holds the next state's row offset (state × class count),
    /// complemented (negative) when that state reports phrases, so the common step is one look-up and one sign test.
    /// </summary>
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
        // Classes: the most frequent characters first, so the transitions ordinary text takes sit together in each row.
        var frequency = new Dictionary<char, int>();
        foreach (var (phrase, _) in phrases)
        {
            foreach (var c in phrase)
            {
                frequency[c] = frequency.GetValueOrDefault(c) + 1;
            }
        }

        var classes = new ushort[65536];
        var classCount = 1;
        foreach (var c in frequency.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key).Select(pair => pair.Key))
        {
            classes[c] = (ushort)classCount++;
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

        (children, terminal) = InBreadthFirstOrder(children, terminal, classCount);

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
        for (var i = 0; i < delta.Length; i++)
        {
            var next = delta[i];
            delta[i] = outputs[next].Count > 0 ? ~(next * classCount) : next * classCount;
        }

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
        var row = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var next = delta[row + classes[text[i]]];
            if (next >= 0)
            {
                row = next;
                continue;
            }

            row = ~next;
            var state = row / _classCount;
            var to = _outputStart[state + 1];
            for (var o = _outputStart[state]; o < to; o++)
            {
                sink.OnMatch(i, _outputs[o]);
            }
        }
    }

    /// <summary>Renumbers the trie breadth-first, so the shallow states ordinary text keeps visiting are stored together.</summary>
    private static (List<Dictionary<int, int>> Children, List<List<int>?> Terminal) InBreadthFirstOrder(List<Dictionary<int, int>> children, List<List<int>?> terminal, int classCount)
    {
        var order = new List<int>(children.Count) { 0 };
        for (var at = 0; at < order.Count; at++)
        {
            var node = children[order[at]];
            for (var cls = 0; cls < classCount; cls++)
            {
                if (node.TryGetValue(cls, out var child))
                {
                    order.Add(child);
                }
            }
        }

        var renumbered = new int[children.Count];
        for (var i = 0; i < order.Count; i++)
        {
            renumbered[order[i]] = i;
        }

        var newChildren = new List<Dictionary<int, int>>(order.Count);
        var newTerminal = new List<List<int>?>(order.Count);
        foreach (var old in order)
        {
            newChildren.Add(children[old].ToDictionary(pair => pair.Key, pair => renumbered[pair.Value]));
            newTerminal.Add(terminal[old]);
        }

        return (newChildren, newTerminal);
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
