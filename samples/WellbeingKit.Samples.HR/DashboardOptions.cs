namespace WellbeingKit.Samples.HR;

/// <summary>The dashboard's privacy settings (<c>Dashboard</c> in configuration).</summary>
internal sealed class DashboardOptions
{
    /// <summary>The smallest group any published figure may describe (k). Default 5; at least 3.</summary>
    public int MinimumGroupSize { get; set; } = 5;

    /// <summary>
    /// The privacy parameter of optional Laplace noise on each published team figure (null: no noise). Each weekly
    /// publication of a team spends this epsilon (half on the count, half on the average); smaller is more private.
    /// </summary>
    public double? Epsilon { get; set; }
}
