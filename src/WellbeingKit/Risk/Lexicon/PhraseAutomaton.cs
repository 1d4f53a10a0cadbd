using System.Runtime.CompilerServices;

namespace WellbeingKit.Risk.Lexicon;

/// <summary>
/// An Aho-Corasick automaton, compiled once into a dense transition table over the characters the phrases use:
/// one pass over a message finds every phrase, whatever their number.
/// </summary>
internal sealed class PhraseAutomaton
{
    /// <summary>Texts shorter than about twice this (plus the longest phrase) are read in one pass.</summary>
    private const int MinimumSplit = 64;

    /// <summary>How many matches of the second half are held back before the second reader gives up and finishes alone.</summary>
    private const int HeldCapacity = 64;

    /// <summary>How many matches each reader of <see cref="TryScanInQuarters{TSink}"/> records before the text is read in halves instead.</summary>
    private const int QuarterCapacity = 128;

    private readonly ushort[] _classes;

    /// <summary>
    /// The transitions, row by row: entry <c>row + class</c> holds the next state's row offset (state × class count),
    /// complemented (negative) when that state reports phrases, so the common step is one look-up and one sign test.
    /// </summary>
    private readonly int[] _delta;
    private readonly int _classCount;
    private readonly int[] _outputStart;
    private readonly int[] _outputs;

    /// <summary>The longest phrase: after reading this many characters from anywhere, the automaton is in the state a scan from the start would be in.</summary>
    private readonly int _depth;

    private PhraseAutomaton(ushort[] classes, int classCount, int[] delta, int[] outputStart, int[] outputs, int depth)
    {
        _classes = classes;
        _classCount = classCount;
        _depth = depth;
        _delta = delta;
        _outputStart = outputStart;
        _outputs = outputs;
    }

    /// <summary>The number of character classes, the width of a row (for diagnostics).</summary>
    public int ClassCount => _classCount;

    /// <summary>The number of states (for diagnostics).</summary>
    public int StateCount => _outputStart.Length - 1;

    /// <summary>Builds the automaton.</summary>
    /// <param name="phrases">The phrases (already normalized, non-empty) and the value each reports.</param>
    /// <returns>The automaton.</returns>
    public static PhraseAutomaton Build(IReadOnlyList<(string Phrase, int Value)> phrases)
    {
        // Classes: script by script (Latin first, then Arabic, then the rest), the most frequent characters first within
        // each, so the transitions a message in one script takes sit together in each row: an English text reads the
        // first few cache lines of a row, never the Arabic columns (with the classes of both scripts interleaved by
        // frequency, every row's hot transitions spread over the whole row).
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
        foreach (var c in frequency.OrderBy(pair => ScriptOrder(pair.Key)).ThenByDescending(pair => pair.Value).ThenBy(pair => pair.Key).Select(pair => pair.Key))
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

        return new PhraseAutomaton(classes, classCount, delta, outputStart, [.. flat], phrases.Count == 0 ? 0 : phrases.Max(p => p.Phrase.Length));
    }

    /// <summary>Runs the automaton over <paramref name="text"/> and calls <paramref name="sink"/> for every phrase that ends at a position, in order.</summary>
    /// <typeparam name="TSink">The sink type (a struct, so the call is inlined and allocation-free).</typeparam>
    /// <param name="text">The normalized text.</param>
    /// <param name="sink">Receives (end position, value) for every match.</param>
    /// <remarks>
    /// Each step waits for the previous one's table look-up, so a long text is read as four quarters at once
    /// (<see cref="TryScanInQuarters{TSink}"/>), or, when it is shorter or its matches too many to hold, as two halves: the
    /// second reader starts <see cref="_depth"/> characters before the middle (from there on it is in the same state a
    /// reader from the start would be), and its matches from the middle on are held back until the first half is done.
    /// </remarks>
    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        if (text.Length / 4 < MinimumSplit + _depth || !TryScanInQuarters(text, ref sink))
        {
            ScanInHalves(text, ref sink);
        }
    }

    /// <summary>
    /// Reads a long text as four quarters at once (four independent chains of table look-ups), every reader recording the
    /// matches of its own quarter; then reports them, quarter by quarter. False, having reported nothing, when a quarter
    /// holds more matches than its buffer (the caller then reads the text in halves).
    /// </summary>
    /// <remarks>
    /// All four readers take the same number of steps, <c>T</c>: the first from 0 (it reads on past its quarter without
    /// recording), the others so that they end at their quarter's end, which starts them at least <see cref="_depth"/>
    /// characters before their quarter (from there on a reader is in the state a reader from the start would be in).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryScanInQuarters<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        var classes = _classes;
        var delta = _delta;
        var quarter = text.Length / 4;
        var steps = text.Length - (3 * quarter) + _depth;
        var b = (2 * quarter) - steps;
        var c = (3 * quarter) - steps;
        var d = text.Length - steps;
        Span<int> held = stackalloc int[4 * 2 * QuarterCapacity];
        var heldA = 0;
        var heldB = 2 * QuarterCapacity;
        var heldC = 4 * QuarterCapacity;
        var heldD = 6 * QuarterCapacity;
        int rowA = 0, rowB = 0, rowC = 0, rowD = 0;
        for (var t = 0; t < steps; t++)
        {
            var nextA = delta[rowA + classes[text[t]]];
            var nextB = delta[rowB + classes[text[b + t]]];
            var nextC = delta[rowC + classes[text[c + t]]];
            var nextD = delta[rowD + classes[text[d + t]]];
            if ((nextA | nextB | nextC | nextD) >= 0)
            {
                rowA = nextA;
                rowB = nextB;
                rowC = nextC;
                rowD = nextD;
                continue;
            }

            rowA = nextA < 0 ? ~nextA : nextA;
            rowB = nextB < 0 ? ~nextB : nextB;
            rowC = nextC < 0 ? ~nextC : nextC;
            rowD = nextD < 0 ? ~nextD : nextD;
            if ((nextA < 0 && t < quarter && !Hold(held, ref heldA, 2 * QuarterCapacity, t, rowA))
                || (nextB < 0 && b + t >= quarter && !Hold(held, ref heldB, 4 * QuarterCapacity, b + t, rowB))
                || (nextC < 0 && c + t >= 2 * quarter && !Hold(held, ref heldC, 6 * QuarterCapacity, c + t, rowC))
                || (nextD < 0 && d + t >= 3 * quarter && !Hold(held, ref heldD, 8 * QuarterCapacity, d + t, rowD)))
            {
                return false;
            }
        }

        ReportHeld(held, 0, heldA, ref sink);
        ReportHeld(held, 2 * QuarterCapacity, heldB, ref sink);
        ReportHeld(held, 4 * QuarterCapacity, heldC, ref sink);
        ReportHeld(held, 6 * QuarterCapacity, heldD, ref sink);
        return true;
    }

    /// <summary>Records a match (its position and the row of the state it reached) at <paramref name="at"/>; false when the buffer, which ends at <paramref name="limit"/>, is full.</summary>
    private static bool Hold(Span<int> held, ref int at, int limit, int position, int row)
    {
        if (at == limit)
        {
            return false;
        }

        held[at] = position;
        held[at + 1] = row;
        at += 2;
        return true;
    }

    private void ReportHeld<TSink>(Span<int> held, int from, int to, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        for (var h = from; h < to; h += 2)
        {
            Report(held[h], ~held[h + 1], ref sink);
        }
    }

    /// <summary>Reads the text as two halves at once (see <see cref="Scan{TSink}"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanInHalves<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        var classes = _classes;
        var delta = _delta;
        var middle = text.Length / 2;
        var b = middle - _depth;
        var a = 0;
        var rowA = 0;
        if (b < MinimumSplit)
        {
            ScanFrom(text, 0, 0, ref sink);
            return;
        }

        Span<int> held = stackalloc int[2 * HeldCapacity];
        var heldCount = 0;
        var rowB = 0;
        for (; a < middle; a++)
        {
            var nextA = delta[rowA + classes[text[a]]];
            var nextB = delta[rowB + classes[text[b]]];
            if ((nextA | nextB) >= 0)
            {
                rowA = nextA;
                rowB = nextB;
                b++;
                continue;
            }

            if (nextB < 0 && b >= middle)
            {
                if (heldCount == HeldCapacity)
                {
                    // Too many matches to hold: the second reader stops before this position and finishes alone below.
                    rowA = nextA < 0 ? ~nextA : nextA;
                    Report(a, nextA, ref sink);
                    a++;
                    break;
                }

                held[2 * heldCount] = b;
                held[(2 * heldCount) + 1] = ~nextB;
                heldCount++;
            }

            rowA = nextA < 0 ? ~nextA : nextA;
            rowB = nextB < 0 ? ~nextB : nextB;
            b++;
            Report(a, nextA, ref sink);
        }

        // The rest of the first half (only when the second reader stopped early), then the held matches, then the rest.
        for (; a < middle; a++)
        {
            var next = delta[rowA + classes[text[a]]];
            rowA = next < 0 ? ~next : next;
            Report(a, next, ref sink);
        }

        for (var h = 0; h < heldCount; h++)
        {
            Report(held[2 * h], ~held[(2 * h) + 1], ref sink);
        }

        ScanFrom(text, b, rowB, ref sink);
    }

    /// <summary>Reads <paramref name="text"/> from <paramref name="start"/> in the state of row <paramref name="row"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanFrom<TSink>(ReadOnlySpan<char> text, int start, int row, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        var classes = _classes;
        var delta = _delta;
        for (var i = start; i < text.Length; i++)
        {
            var next = delta[row + classes[text[i]]];
            if (next >= 0)
            {
                row = next;
                continue;
            }

            row = ~next;
            Report(i, next, ref sink);
        }
    }

    /// <summary>Reports the phrases of the state a transition <paramref name="next"/> led to (nothing unless it is negative).</summary>
    private void Report<TSink>(int position, int next, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        if (next >= 0)
        {
            return;
        }

        var state = ~next / _classCount;
        var to = _outputStart[state + 1];
        for (var o = _outputStart[state]; o < to; o++)
        {
            sink.OnMatch(position, _outputs[o]);
        }
    }

    /// <summary>The block a character's class is numbered in: ASCII and Latin letters, Arabic, anything else.</summary>
    private static int ScriptOrder(char c) => c switch
    {
        < '\u0250' => 0,
        >= '\u0600' and <= '\u06FF' => 1,
        _ => 2,
    };

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
