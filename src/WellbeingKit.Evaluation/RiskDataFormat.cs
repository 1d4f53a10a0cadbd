namespace WellbeingKit.Evaluation;

/// <summary>The format of a labelled input file.</summary>
public enum RiskDataFormat
{
    /// <summary>CSV (RFC 4180) with a header row; the text and label columns are named in <see cref="RiskDataReadOptions"/>.</summary>
    Csv,

    /// <summary>GoEmotions TSV without a header (text, label ids, comment id); every row is labelled 0 (not a crisis). Columns <c>text, emotions, id, crisis</c>.</summary>
    GoEmotions,

    /// <summary>One message per line; every row is labelled 0 (not a crisis). Columns <c>text, line, crisis</c>.</summary>
    Lines,
}
