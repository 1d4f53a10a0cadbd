namespace WellbeingKit.Content.Yaml;

/// <summary>Where each value of a parsed YAML file came from, by JSON pointer (<c>/states/ask/next</c>).</summary>
internal sealed class SourcePositions
{
    private readonly Dictionary<string, SourcePosition> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourcePosition> _keys = new(StringComparer.Ordinal);

    public void AddValue(string pointer, SourcePosition position) => _values.TryAdd(pointer, position);

    public void AddKey(string pointer, SourcePosition position) => _keys.TryAdd(pointer, position);

    /// <summary>The position of the value at <paramref name="pointer"/>, or of its nearest ancestor that has one.</summary>
    public SourcePosition Value(string pointer)
    {
        var current = pointer;
        while (true)
        {
            if (_values.TryGetValue(current, out var position))
            {
                return position;
            }

            if (current.Length == 0)
            {
                return SourcePosition.Start;
            }

            current = JsonPointer.Parent(current);
        }
    }

    /// <summary>The position of the key of the mapping entry at <paramref name="pointer"/>, else of its value.</summary>
    public SourcePosition Key(string pointer) => _keys.TryGetValue(pointer, out var position) ? position : Value(pointer);
}
