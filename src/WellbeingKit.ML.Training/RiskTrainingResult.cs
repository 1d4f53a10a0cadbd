using System.Globalization;
using WellbeingKit.Risk;

namespace WellbeingKit.ML.Training;

/// <summary>A summary of a risk training run.</summary>
/// <param name="Everyday">Everyday lines used.</param>
/// <param name="CrisisPositive">Crisis statements used.</param>
/// <param name="CrisisNegative">Hard negatives used.</param>
/// <param name="Features">The feature dimension.</param>
/// <param name="TrainingRecall">Recall on the crisis statements (in sample) at the Moderate threshold.</param>
/// <param name="TrainingFalseAlarmRate">Alarm rate on the hard negatives (in sample) at the Moderate threshold.</param>
public sealed record RiskTrainingResult(int Everyday, int CrisisPositive, int CrisisNegative, int Features, double TrainingRecall, double TrainingFalseAlarmRate)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"everyday {Everyday}, crisis {CrisisPositive}, hard negatives {CrisisNegative}, features {Features}; in-sample recall {TrainingRecall:0.000}, hard-negative alarm rate {TrainingFalseAlarmRate:0.000}");
}
