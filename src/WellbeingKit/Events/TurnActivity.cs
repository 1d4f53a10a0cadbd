using System.Diagnostics;

namespace WellbeingKit.Events;

/// <summary>The activity (trace span) of one turn: started by the engine, tagged by the telemetry listener when the turn completes.</summary>
internal static class TurnActivity
{
    /// <summary>The name of the activity source (and of the kit's meter): <c>WellbeingKit</c>.</summary>
    public const string SourceName = "WellbeingKit";

    /// <summary>The name of the activity of one turn.</summary>
    public const string Name = "wellbeing.turn";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts the activity of one turn (null when nobody listens).</summary>
    /// <returns>The activity, to dispose at the end of the turn.</returns>
    public static Activity? Start() => Source.StartActivity(Name, ActivityKind.Internal);

    /// <summary>The current activity when it is a turn of the kit's own, else null.</summary>
    public static Activity? Current =>
        Activity.Current is { } activity && activity.Source == Source && activity.OperationName == Name ? activity : null;
}
