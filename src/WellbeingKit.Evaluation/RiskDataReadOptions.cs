namespace WellbeingKit.Evaluation;

/// <summary>How <see cref="RiskDataSet.Read(string, RiskDataReadOptions?)"/> reads a file.</summary>
public sealed record RiskDataReadOptions
{
    /// <summary>The file format; <see cref="RiskDataFormat.Csv"/> by default.</summary>
    public RiskDataFormat Format { get; init; } = RiskDataFormat.Csv;

    /// <summary>The text column (CSV); several joined with <c>+</c> (<c>title+body</c>) are read as one text, joined with a space. <c>text</c> by default.</summary>
    public string TextColumn { get; init; } = "text";

    /// <summary>The label column (CSV): <c>1</c> for a crisis message, <c>0</c> otherwise. <c>crisis</c> by default.</summary>
    public string LabelColumn { get; init; } = "crisis";
}
