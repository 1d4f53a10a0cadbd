using System.Globalization;

// Shared source (src/Shared): compiled into the core and into WellbeingKit.Content.Yaml, whose pack validator parses
// guards with the parser the runner evaluates. Each copy is internal; WellbeingKit.Content.Yaml's is in its own
// namespace (WELLBEINGKIT_CONTENT_YAML) so that an assembly seeing the internals of both (Content.Yaml.Tests,
// EndToEnd.Tests) can name each.
#if WELLBEINGKIT_CONTENT_YAML
namespace WellbeingKit.Content.Yaml;
#else
namespace WellbeingKit.Conversations.Conditions;
#endif

/// <summary>A condition expression is not valid; <see cref="Offset"/> says where.</summary>
internal sealed class ConditionSyntaxException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="offset">The 0-based character offset of the problem in the condition text.</param>
    public ConditionSyntaxException(string message, int offset)
        : base($"{message} (at character {offset.ToString(CultureInfo.InvariantCulture)})")
    {
        Reason = message;
        Offset = offset;
    }

    /// <summary>Creates the exception (required by the exception pattern).</summary>
    public ConditionSyntaxException()
        : this("The condition is not valid.", 0)
    {
    }

    /// <summary>Creates the exception with a message (required by the exception pattern).</summary>
    /// <param name="message">What is wrong.</param>
    public ConditionSyntaxException(string message)
        : this(message, 0)
    {
    }

    /// <summary>Creates the exception with a message and a cause (required by the exception pattern).</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ConditionSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
    }

    /// <summary>The 0-based character offset of the problem in the condition text.</summary>
    public int Offset { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; } = "";
}
