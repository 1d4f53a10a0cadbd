using Microsoft.Extensions.Options;

namespace WellbeingKit.Exercises;

/// <summary>Validates <see cref="ExerciseSelectionOptions"/> at start-up, naming every wrong setting.</summary>
internal sealed class ExerciseSelectionOptionsValidator : IValidateOptions<ExerciseSelectionOptions>
{
    public ValidateOptionsResult Validate(string? name, ExerciseSelectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.RepeatWindow < TimeSpan.Zero)
        {
            errors.Add($"ExerciseSelectionOptions.RepeatWindow must be zero or positive (was {options.RepeatWindow}).");
        }

        if (options.HelpfulRating is < 1 or > 5)
        {
            errors.Add($"ExerciseSelectionOptions.HelpfulRating must be between 1 and 5 (was {options.HelpfulRating}).");
        }

        Check(errors, nameof(options.ExplorationStrength), options.ExplorationStrength, 0.05, 1);
        Check(errors, nameof(options.PopulationWeight), options.PopulationWeight, 0, 10_000);
        Check(errors, nameof(options.PriorStrength), options.PriorStrength, 0.01, 10_000);
        Check(errors, nameof(options.ConcernMatchWeight), options.ConcernMatchWeight, 0, 10_000);
        Check(errors, nameof(options.EmotionMatchWeight), options.EmotionMatchWeight, 0, 10_000);
        Check(errors, nameof(options.AbandonedFailure), options.AbandonedFailure, 0, 1);
        Check(errors, nameof(options.CompletedSuccess), options.CompletedSuccess, 0, 1);
        Check(errors, nameof(options.ShortMinutes), options.ShortMinutes, 0, 1440);
        if (options.PopulationRefreshInterval < TimeSpan.Zero)
        {
            errors.Add($"ExerciseSelectionOptions.PopulationRefreshInterval must be zero or positive (was {options.PopulationRefreshInterval}).");
        }

        if (options.PopulationWindow <= TimeSpan.Zero)
        {
            errors.Add($"ExerciseSelectionOptions.PopulationWindow must be positive (was {options.PopulationWindow}).");
        }

        if (options.MaxUserReasons is < 0 or > 10)
        {
            errors.Add($"ExerciseSelectionOptions.MaxUserReasons must be between 0 and 10 (was {options.MaxUserReasons}).");
        }

        foreach (var (context, limits) in options.ContextLimits)
        {
            if (string.IsNullOrWhiteSpace(context) || limits is null)
            {
                errors.Add("ExerciseSelectionOptions.ContextLimits has an empty context name or a null entry.");
            }
        }

        for (var i = 0; i < options.Rules.Count; i++)
        {
            var rule = options.Rules[i];
            if (rule is null || string.IsNullOrWhiteSpace(rule.Id))
            {
                errors.Add($"ExerciseSelectionOptions.Rules[{i}] is null or has no Id.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(List<string> errors, string name, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            errors.Add($"ExerciseSelectionOptions.{name} must be between {min} and {max} (was {value}).");
        }
    }
}
