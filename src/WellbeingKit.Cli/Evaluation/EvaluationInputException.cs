namespace WellbeingKit.Cli.Evaluation;

/// <summary>An input problem the user can fix (missing file, missing column, bad label): reported as one clear line, exit code 1.</summary>
internal sealed class EvaluationInputException(string message) : Exception(message);
