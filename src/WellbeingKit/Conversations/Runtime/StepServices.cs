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
