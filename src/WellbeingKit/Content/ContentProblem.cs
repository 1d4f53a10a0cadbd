namespace WellbeingKit.Content;

/// <summary>One problem found in a content pack, at a position in a file.</summary>
/// <param name="Path">The file's path, relative to the pack folder (for example <c>flows/checkin.yaml</c>).</param>
/// <param name="Line">The line, from 1; 0 when the problem concerns the whole file.</param>
/// <param name="Column">The column, from 1; 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record ContentProblem(string Path, int Line, int Column, string Message)
{
    /// <summary>The problem as <c>path:line:col: message</c>.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() => $"{Path}:{Line}:{Column}: {Message}";
}
