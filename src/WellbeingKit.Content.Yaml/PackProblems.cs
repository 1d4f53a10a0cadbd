namespace WellbeingKit.Content.Yaml;

/// <summary>The problems (the pack is refused) and warnings (it loads) found in a pack, each at a file position.</summary>
internal sealed class PackProblems
{
    private readonly List<ContentProblem> _problems = [];
    private readonly List<ContentProblem> _warnings = [];

    /// <summary>How many problems were found so far.</summary>
    public int Count => _problems.Count;

    /// <summary>The problems, once each, by file and position.</summary>
    public IReadOnlyList<ContentProblem> Problems => Sorted(_problems);

    /// <summary>The warnings, once each, by file and position.</summary>
    public IReadOnlyList<ContentProblem> Warnings => Sorted(_warnings);

    public void Add(string path, int line, int column, string message) => _problems.Add(new ContentProblem(path, line, column, message));

    public void Add(string path, SourcePosition position, string message) => Add(path, position.Line, position.Column, message);

    /// <summary>A problem at the value <paramref name="pointer"/> of a file (or its nearest ancestor).</summary>
    public void AddAt<T>(Located<T> located, string pointer, string message) => Add(located.Path, located.Positions.Value(pointer), message);

    /// <summary>A problem at the key of the mapping entry <paramref name="pointer"/> of a file.</summary>
    public void AddAtKey<T>(Located<T> located, string pointer, string message) => Add(located.Path, located.Positions.Key(pointer), message);

    /// <summary>A warning at the value <paramref name="pointer"/> of a file.</summary>
    public void WarnAt<T>(Located<T> located, string pointer, string message)
    {
        var position = located.Positions.Value(pointer);
        _warnings.Add(new ContentProblem(located.Path, position.Line, position.Column, message));
    }

    private static List<ContentProblem> Sorted(List<ContentProblem> problems) => problems
        .Distinct()
        .OrderBy(p => p.Path, StringComparer.Ordinal)
        .ThenBy(p => p.Line)
        .ThenBy(p => p.Column)
        .ToList();
}
