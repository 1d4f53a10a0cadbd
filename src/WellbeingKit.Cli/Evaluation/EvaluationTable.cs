namespace WellbeingKit.Cli.Evaluation;

/// <summary>The input table: the header, the rows, the text of each row and its label.</summary>
internal sealed record EvaluationTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Texts, IReadOnlyList<bool> Labels);
