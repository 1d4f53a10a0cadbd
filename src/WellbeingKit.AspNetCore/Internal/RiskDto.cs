namespace WellbeingKit.AspNetCore.Internal;

internal sealed record RiskDto(string Level, IReadOnlyList<string> Categories);
