namespace WellbeingKit.Evaluation;

/// <summary>An input problem the user can fix (a missing file or column, a malformed row, a label that is not 0 or 1); the message names what and where.</summary>
public sealed class EvaluationInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EvaluationInputException()
    {
    }

    /// <summary>Creates the exception with a message naming the problem and where it is.</summary>
    /// <param name="message">The message.</param>
    public EvaluationInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EvaluationInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
