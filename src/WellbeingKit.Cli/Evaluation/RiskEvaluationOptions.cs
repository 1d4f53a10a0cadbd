using WellbeingKit.ML.Training;
using WellbeingKit.Risk;

namespace WellbeingKit.Cli.Evaluation;

/// <summary>What <c>wellbeing eval risk</c> was asked to do.</summary>
internal sealed record RiskEvaluationOptions
{
    public required string DataPath { get; init; }

    public string TextColumn { get; init; } = "text";

    public string LabelColumn { get; init; } = "crisis";

    public string Detector { get; init; } = "lexicon";

    public required string PredictionsPath { get; init; }

    public required string JsonPath { get; init; }

    public string? ReportDirectory { get; init; }

    public string? Locale { get; init; }

    public RiskLevel Threshold { get; init; } = RiskLevel.High;

    public EvaluationFormat Format { get; init; } = EvaluationFormat.Csv;

    /// <summary>True to add an <c>evidence</c> column (rule ids and matched text) after the contract's columns.</summary>
    public bool Evidence { get; init; }

    /// <summary>More input files read after <see cref="DataPath"/>, in the same format (CSV: the same header).</summary>
    public IReadOnlyList<string> MoreDataPaths { get; init; } = [];

    /// <summary>Which part of each file to use (the project's fixed split, <see cref="DataSplit"/>); row numbers count per file.</summary>
    public DataPart Part { get; init; } = DataPart.All;

    /// <summary>Columns to group the metrics by (language, kind, source...): the same metrics per value, in the JSON and the report.</summary>
    public IReadOnlyList<string> GroupBy { get; init; } = [];

    /// <summary>A column holding each row's locale, passed to the detector instead of <see cref="Locale"/> (as the chat passes the user's locale).</summary>
    public string? LocaleColumn { get; init; }
}
