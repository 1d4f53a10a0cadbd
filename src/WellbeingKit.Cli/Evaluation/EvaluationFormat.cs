namespace WellbeingKit.Cli.Evaluation;

/// <summary>The input format.</summary>
internal enum EvaluationFormat
{
    /// <summary>CSV with a header row.</summary>
    Csv,

    /// <summary>GoEmotions TSV without header (text, label ids, comment id); every row is labelled 0 (not a crisis).</summary>
    GoEmotions,

    /// <summary>One message per line (the UMSAB tweets); every row is labelled 0; columns <c>text, line, crisis</c>.</summary>
    Lines,
}
