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
}
