namespace WellbeingKit.Samples.HR;

/// <summary>A team's published figures.</summary>
/// <param name="Team">The team.</param>
/// <param name="People">How many people checked in (noisy when noise is on).</param>
/// <param name="AverageMood">The average of each person's latest mood, 1 to 5, one decimal.</param>
/// <param name="LowShare">The share at 1-2, or null when fewer than k people are low or fewer than k are not.</param>
/// <param name="CarriedOver">True when the team changed by fewer than k people since its last publication, so that
/// publication's figures are shown again (new figures would let anyone subtract the two).</param>
internal sealed record TeamRow(string Team, int People, double AverageMood, double? LowShare, bool CarriedOver);
