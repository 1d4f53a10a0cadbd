using WellbeingKit.UserData;

namespace WellbeingKit.Exercises;

/// <summary>Successes and failures (possibly fractional) of a Beta-Bernoulli belief that an exercise helps.</summary>
internal readonly record struct BetaCounts(double Successes, double Failures)
{
    public double Total => Successes + Failures;

    public static BetaCounts operator +(BetaCounts a, BetaCounts b) => new(a.Successes + b.Successes, a.Failures + b.Failures);

    public static BetaCounts operator -(BetaCounts a, BetaCounts b) => new(Math.Max(0, a.Successes - b.Successes), Math.Max(0, a.Failures - b.Failures));

    public BetaCounts Scale(double factor) => new(Successes * factor, Failures * factor);

    /// <summary>These counts, scaled down so that their total is at most <paramref name="cap"/>.</summary>
    public BetaCounts Cap(double cap) => Total > cap && Total > 0 ? Scale(cap / Total) : this;

    /// <summary>What one piece of feedback teaches: rating ≥ helpful is a success, ≤ 2 a failure, 3 half of each; without a rating, abandoned is a mild failure and completed a mild success.</summary>
    public static BetaCounts From(ExerciseFeedback feedback, ExerciseSelectionOptions options)
    {
        if (feedback.Rating is int rating)
        {
            return rating >= options.HelpfulRating ? new(1, 0)
                : rating <= 2 ? new(0, 1)
                : new(0.5, 0.5);
        }

        return feedback.Outcome switch
        {
            ExerciseOutcome.Abandoned => new(0, options.AbandonedFailure),
            ExerciseOutcome.Completed => new(options.CompletedSuccess, 0),
            _ => default,
        };
    }
}
