namespace WellbeingKit.Cli.Reports;

/// <summary>Safety flows started in one ISO week.</summary>
internal sealed record SafetyWeekRow(string Week, int People, int Flows);
