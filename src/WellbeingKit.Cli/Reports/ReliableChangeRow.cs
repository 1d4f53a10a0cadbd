namespace WellbeingKit.Cli.Reports;

/// <summary>Reliable change of one questionnaire across users (first and last score of each user in a period).</summary>
/// <param name="QuestionnaireId">The questionnaire.</param>
/// <param name="People">Users with at least two scores.</param>
/// <param name="Improved">Users whose last score is better than their first by at least the reliable-change threshold.</param>
/// <param name="Deteriorated">Users whose last score is worse than their first by at least the threshold.</param>
/// <param name="Threshold">The threshold used, in points.</param>
internal sealed record ReliableChangeRow(string QuestionnaireId, int People, int Improved, int Deteriorated, int Threshold)
{
    /// <summary>The share of <see cref="People"/> who reliably improved (0 to 1).</summary>
    public double ImprovedRate => People == 0 ? 0 : (double)Improved / People;

    /// <summary>The share of <see cref="People"/> who reliably deteriorated (0 to 1).</summary>
    public double DeterioratedRate => People == 0 ? 0 : (double)Deteriorated / People;
}
