using System.Numerics;

namespace WellbeingKit.ML.Features;

/// <summary>
/// A read-only open-addressing hash table from word n-grams to feature indices, looked up by span: the word look-up of
/// <see cref="TextVectorizer"/>. Each entry keeps the word's 64-bit FNV-1a hash, so a miss rarely reads a string, and a
/// hit is confirmed by comparing the characters (the answers are exactly a dictionary's).
/// </summary>
internal sealed class WordTable
{
    private const ulong Basis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private readonly Entry[] _entries;
    private readonly string[] _words;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>Builds the table.</summary>
    /// <param name="words">The word n-grams in index order (distinct).</param>
    /// <param name="weights">A number kept with each word n-gram (the vectorizer's IDF weight, read in the same look-up), or empty for none.</param>
    /// <exception cref="InvalidDataException">A word n-gram appears twice.</exception>
    public WordTable(IReadOnlyList<string> words, ReadOnlySpan<float> weights = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!weights.IsEmpty && weights.Length != words.Count)
        {
            throw new ArgumentException($"{weights.Length} weights for {words.Count} word n-grams.", nameof(weights));
        }

        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words.Count * 2));
        _entries = new Entry[capacity];
        _words = new string[words.Count];
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var hash = Continue(Basis, word);
            var slot = Slot(hash);
            while (_entries[slot].Index != 0)
            {
                if (_entries[slot].Hash == hash && string.Equals(_words[_entries[slot].Index - 1], word, StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"the word n-gram '{word}' appears twice in the vocabulary.");
                }

                slot = (slot + 1) & _mask;
            }

            _words[i] = word;
            _entries[slot] = new Entry(hash, i + 1, weights.IsEmpty ? 0 : weights[i]);
        }
    }

    /// <summary>The hash of the empty text, to start <see cref="Continue"/> from.</summary>
    public static ulong Start => Basis;

    /// <summary>Extends a hash by <paramref name="text"/>: the hash of a text is the same whether it is hashed whole or in parts.</summary>
    /// <param name="hash">The hash of the text so far (<see cref="Start"/> for none).</param>
    /// <param name="text">The next characters.</param>
    /// <returns>The hash of the longer text.</returns>
    public static ulong Continue(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>Looks a word n-gram up by its characters and their hash (<see cref="Continue"/> from <see cref="Start"/>).</summary>
    /// <param name="text">The word n-gram.</param>
    /// <param name="hash">Its hash.</param>
    /// <param name="index">Its feature index when found.</param>
    /// <returns>Whether it is in the vocabulary.</returns>
    public bool TryGetValue(ReadOnlySpan<char> text, ulong hash, out int index) => TryGetValue(text, hash, out index, out _);

    /// <summary>Looks a word n-gram up by its characters and their hash, with the weight kept with it.</summary>
    /// <param name="text">The word n-gram.</param>
    /// <param name="hash">Its hash.</param>
    /// <param name="index">Its feature index when found.</param>
    /// <param name="weight">Its weight when found.</param>
    /// <returns>Whether it is in the vocabulary.</returns>
    public bool TryGetValue(ReadOnlySpan<char> text, ulong hash, out int index, out float weight)
    {
        var entries = _entries;
        var slot = Slot(hash);
        while (true)
        {
            ref readonly var entry = ref entries[slot];
            if (entry.Index == 0)
            {
                index = 0;
                weight = 0;
                return false;
            }

            if (entry.Hash == hash && text.SequenceEqual(_words[entry.Index - 1]))
            {
                index = entry.Index - 1;
                weight = entry.Weight;
                return true;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Slot(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>A slot: the word's hash, its index + 1 (0 = empty) and its weight, in 16 bytes.</summary>
    private readonly record struct Entry(ulong Hash, int Index, float Weight);
}
