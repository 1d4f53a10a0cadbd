using System.Numerics;

namespace WellbeingKit.ML.Features;

/// <summary>
/// A read-only open-addressing hash table from packed character n-grams (never 0) to feature indices: the hot look-up
/// of <see cref="TextVectorizer"/>, a multiply-shift hash and linear probing over one flat array of key-value entries
/// (one cache line per probe). It also holds every proper prefix of its n-grams (as "prefix only"), so a caller that
/// extends an n-gram one character at a time can stop as soon as <see cref="Probe(ulong)"/> says <see cref="Absent"/>: no longer
/// n-gram starting there is in the vocabulary. The answers for vocabulary n-grams are the same as a plain table's.
/// </summary>
internal sealed class PackedNgramTable
{
    /// <summary><see cref="Probe(ulong)"/>: the key is the start of some vocabulary n-gram, not one itself.</summary>
    public const int PrefixOnly = -1;

    /// <summary><see cref="Probe(ulong)"/>: neither the key nor any n-gram that starts with it is in the vocabulary.</summary>
    public const int Absent = -2;

    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>Builds the table.</summary>
    /// <param name="keys">The packed n-grams (distinct, non-zero).</param>
    /// <param name="firstValue">The value of <c>keys[0]</c>; each next key gets the next value.</param>
    /// <param name="weights">A number kept with each key (the vectorizer's IDF weight, read in the same probe), or empty for none.</param>
    public PackedNgramTable(IReadOnlyList<ulong> keys, int firstValue, ReadOnlySpan<float> weights = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!weights.IsEmpty && weights.Length != keys.Count)
        {
            throw new ArgumentException($"{weights.Length} weights for {keys.Count} keys.", nameof(weights));
        }

        var prefixes = new HashSet<ulong>();
        foreach (var key in keys)
        {
            for (var prefix = key >> 16; prefix != 0; prefix >>= 16)
            {
                prefixes.Add(prefix);
            }
        }

        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (keys.Count + prefixes.Count) * 2));
        _entries = new Entry[capacity];
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (key == 0)
            {
                throw new InvalidDataException("a character n-gram key is 0.");
            }

            var slot = Slot(key);
            while (_entries[slot].Key != 0)
            {
                if (_entries[slot].Key == key)
                {
                    throw new InvalidDataException($"the character n-gram {key:x} appears twice in the vocabulary.");
                }

                slot = (slot + 1) & _mask;
            }

            _entries[slot] = new Entry(key, firstValue + i, weights.IsEmpty ? 0 : weights[i]);
        }

        foreach (var prefix in prefixes)
        {
            var slot = Slot(prefix);
            while (_entries[slot].Key != 0 && _entries[slot].Key != prefix)
            {
                slot = (slot + 1) & _mask;
            }

            if (_entries[slot].Key == 0)
            {
                _entries[slot] = new Entry(prefix, PrefixOnly, 0);
            }
        }
    }

    /// <summary>Looks a packed n-gram up.</summary>
    /// <param name="key">The packed n-gram.</param>
    /// <param name="value">Its feature index when found.</param>
    /// <returns>Whether it is in the vocabulary.</returns>
    public bool TryGetValue(ulong key, out int value)
    {
        value = Probe(key);
        return value >= 0;
    }

    /// <summary>Looks a packed n-gram up.</summary>
    /// <param name="key">The packed n-gram (non-zero).</param>
    /// <returns>Its feature index; <see cref="PrefixOnly"/> when it is only the start of vocabulary n-grams; <see cref="Absent"/> otherwise.</returns>
    public int Probe(ulong key) => Probe(key, out _);

    /// <summary>Looks a packed n-gram up, with the weight kept with it.</summary>
    /// <param name="key">The packed n-gram (non-zero).</param>
    /// <param name="weight">Its weight when found (0 otherwise).</param>
    /// <returns>Its feature index; <see cref="PrefixOnly"/> when it is only the start of vocabulary n-grams; <see cref="Absent"/> otherwise.</returns>
    public int Probe(ulong key, out float weight)
    {
        var entries = _entries;
        var slot = Slot(key);
        while (true)
        {
            ref readonly var entry = ref entries[slot];
            if (entry.Key == key)
            {
                weight = entry.Weight;
                return entry.Value;
            }

            if (entry.Key == 0)
            {
                weight = 0;
                return Absent;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>A slot: the key, its value and its weight in 16 bytes, so one probe reads all three.</summary>
    private readonly record struct Entry(ulong Key, int Value, float Weight);
}
