using System.Numerics;

namespace WellbeingKit.ML.Features;

/// <summary>
/// A read-only open-addressing hash table from packed character n-grams (never 0) to feature indices: the hot look-up
/// of <see cref="TextVectorizer"/>, a multiply-shift hash and linear probing over two flat arrays.
/// </summary>
internal sealed class PackedNgramTable
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>Builds the table.</summary>
    /// <param name="keys">The packed n-grams (distinct, non-zero).</param>
    /// <param name="firstValue">The value of <c>keys[0]</c>; each next key gets the next value.</param>
    public PackedNgramTable(IReadOnlyList<ulong> keys, int firstValue)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Count * 2));
        _keys = new ulong[capacity];
        _values = new int[capacity];
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
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == key)
                {
                    throw new InvalidDataException($"the character n-gram {key:x} appears twice in the vocabulary.");
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = firstValue + i;
        }
    }

    /// <summary>Looks a packed n-gram up.</summary>
    /// <param name="key">The packed n-gram.</param>
    /// <param name="value">Its feature index when found.</param>
    /// <returns>Whether it is in the vocabulary.</returns>
    public bool TryGetValue(ulong key, out int value)
    {
        var keys = _keys;
        var slot = Slot(key);
        while (true)
        {
            var k = keys[slot];
            if (k == key)
            {
                value = _values[slot];
                return true;
            }

            if (k == 0)
            {
                value = 0;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
