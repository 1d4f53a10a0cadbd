namespace WellbeingKit.Samples.HR;

/// <summary>A team as last published: its figures and who they described (pseudonymous keys, for the next comparison).</summary>
internal sealed record PublishedTeam(TeamRow Row, IReadOnlySet<string> Members);
