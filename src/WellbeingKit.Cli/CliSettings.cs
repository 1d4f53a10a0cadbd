using Microsoft.Extensions.Logging;

namespace WellbeingKit.Cli;

/// <summary>What a command line chose.</summary>
internal sealed record CliSettings
{
    public string? ContentDirectory { get; init; }

    public string? StorePath { get; init; }

    public string? KeyFile { get; init; }

    public string? Locale { get; init; }

    public string? Country { get; init; }

    public LogLevel LogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Check-ins can be typed on, paused and off (<c>content test</c>: the pack's care stories); none is ever sent.</summary>
    public bool CheckIns { get; init; }
}
