namespace WellbeingKit.Content;

/// <summary>Supplies the content pack. The default loads the embedded default pack; point it at a folder to use your own.</summary>
public interface IContentSource
{
    /// <summary>Loads (or returns the cached) content pack.</summary>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The validated pack.</returns>
    /// <exception cref="ContentValidationException">The pack has problems; the exception lists all of them.</exception>
    ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default);
}

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

/// <summary>A content pack could not be loaded; <see cref="Problems"/> lists every problem found in one pass.</summary>
public sealed class ContentValidationException : Exception
{
    /// <summary>Creates the exception with its problems.</summary>
    /// <param name="problems">Every problem found.</param>
    public ContentValidationException(IReadOnlyList<ContentProblem> problems)
        : base(Format(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with no problems (required by the exception pattern).</summary>
    public ContentValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message (required by the exception pattern).</summary>
    /// <param name="message">The message.</param>
    public ContentValidationException(string message)
        : this([new ContentProblem("", 0, 0, message)])
    {
    }

    /// <summary>Creates the exception with a message and inner exception (required by the exception pattern).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ContentValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new ContentProblem("", 0, 0, message)];
    }

    /// <summary>Every problem, each with its file, line and column.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; } = [];

    private static string Format(IReadOnlyList<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 0
            ? "The content pack is not valid."
            : $"The content pack has {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}";
    }
}
