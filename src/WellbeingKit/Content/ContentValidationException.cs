namespace WellbeingKit.Content;

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
