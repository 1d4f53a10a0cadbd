using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using WellbeingKit.Conversations.Conditions;
using WellbeingKit.Exercises;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>The services the steps use.</summary>
internal sealed class StepServices
{
    private readonly ConcurrentDictionary<string, ConditionExpression?> _conditions = new(StringComparer.Ordinal);

    public required IExerciseSelector? Selector { get; init; }

    public required ILogger Logger { get; init; }

    /// <summary>Where safety plans are kept (null: none is kept).</summary>
    public Safety.ISafetyPlanStore? Plans { get; init; }

    /// <summary>How long a store call may take.</summary>
    public TimeSpan StoreTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The clock of the time-outs.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Parses a guard once; null (and a log line) when it is not valid.</summary>
    public ConditionExpression? Condition(string text) => _conditions.GetOrAdd(text, t =>
    {
        try
        {
            return ConditionExpression.Parse(t);
        }
        catch (ConditionSyntaxException e)
        {
            Logger.LogError("The guard '{Guard}' is not valid: {Reason}; it counts as false.", t, e.Message);
            return null;
        }
    });
}
