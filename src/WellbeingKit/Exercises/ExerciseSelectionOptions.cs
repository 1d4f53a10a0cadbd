using Microsoft.Extensions.Options;
using WellbeingKit.Content;

namespace WellbeingKit.Exercises;

/// <summary>
/// Options of the default <see cref="IExerciseSelector"/>, set with <c>builder.ConfigureExerciseSelection(o => ...)</c>
/// and validated at start-up. Hosts add their own eligibility rules here (<see cref="Rules"/>, <see cref="Exclude(Func{Exercise, bool}, string, string?)"/>)
/// without replacing the selector.
/// </summary>
public sealed class ExerciseSelectionOptions
{
    /// <summary>
    /// An exercise done (completed or abandoned) within this window is not offered again unless the user rated it
    /// helpful (<see cref="HelpfulRating"/> or more). Default 24 hours; <see cref="TimeSpan.Zero"/> turns the rule off.
    /// </summary>
    public TimeSpan RepeatWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The "did this help?" rating (1 to 5) from which an exercise counts as helpful. Default 4.</summary>
    public int HelpfulRating { get; set; } = 4;

    /// <summary>
    /// True (default) to rank by a Thompson sample of each exercise's helpfulness, so that the selector keeps exploring;
    /// false to rank by the posterior mean (no randomness). Exploration only ever happens among eligible exercises.
    /// </summary>
    public bool Exploration { get; set; } = true;

    /// <summary>
    /// How widely exploration samples, from 0.05 to 1: 1 is plain Thompson sampling (a draw from the Beta belief); smaller values draw from a
    /// belief that many times more certain (the counts divided by this), so the selector settles sooner on what has helped.
    /// Default 0.25, chosen with the selection simulation (see docs/exercises.md).
    /// </summary>
    public double ExplorationStrength { get; set; } = 0.25;

    /// <summary>
    /// The most pseudo-counts the population's feedback (all users) adds to one user's belief about an exercise.
    /// The user's own feedback counts in full, so the user's weight grows with their number of ratings. Default 4; 0 learns per user only.
    /// </summary>
    public double PopulationWeight { get; set; } = 4;

    /// <summary>How many pseudo-counts the content's <see cref="Exercise.Prior"/> is worth (the cold start). Default 2.</summary>
    public double PriorStrength { get; set; } = 2;

    /// <summary>Pseudo-successes added to an exercise that helps with every concern of the request (scaled by the share matched). Default 1.5.</summary>
    public double ConcernMatchWeight { get; set; } = 1.5;

    /// <summary>Pseudo-successes added to an exercise whose emotions match the detected emotion. Default 0.75.</summary>
    public double EmotionMatchWeight { get; set; } = 0.75;

    /// <summary>How much an abandoned exercise without a rating counts as a failure (0 to 1). Default 0.5.</summary>
    public double AbandonedFailure { get; set; } = 0.5;

    /// <summary>How much a completed exercise without a rating counts as a success (0 to 1). Default 0.25.</summary>
    public double CompletedSuccess { get; set; } = 0.25;

    /// <summary>
    /// True to offer an exercise whose text lacks the user's locale (and its parent language) in the pack's default locale.
    /// Default false: a person is never guided in a language they did not choose.
    /// </summary>
    public bool AllowDefaultLocaleFallback { get; set; }

    /// <summary>How long the population statistics are cached before being recomputed from the store. Default 5 minutes.</summary>
    public TimeSpan PopulationRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far back the population statistics look. Default 180 days.</summary>
    public TimeSpan PopulationWindow { get; set; } = TimeSpan.FromDays(180);

    /// <summary>An exercise at most this long (in minutes) is described to the user as short. Default 5.</summary>
    public double ShortMinutes { get; set; } = 5;

    /// <summary>How many reasons are shown to the user per choice. Default 3.</summary>
    public int MaxUserReasons { get; set; } = 3;

    /// <summary>A seed for the exploration's random numbers (deterministic selections in tests and simulations); null seeds from the system.</summary>
    public int? RandomSeed { get; set; }

    /// <summary>
    /// What each context forbids beyond the exercise's own <see cref="Exercise.Contexts"/> (context name → limits).
    /// Defaults: <c>class</c> and <c>workplace</c> forbid closed eyes and privacy-needing exercises; <c>commuting</c> forbids closed eyes,
    /// privacy and movement (on a bus or a train); <c>shelter</c> forbids privacy; <c>home</c> and <c>bed</c> forbid nothing. Change or add entries freely.
    /// </summary>
    public IDictionary<string, ContextLimits> ContextLimits { get; } = new Dictionary<string, ContextLimits>(StringComparer.OrdinalIgnoreCase)
    {
        ["class"] = new() { EyesClosed = false, Privacy = false },
        ["workplace"] = new() { EyesClosed = false, Privacy = false },
        ["commuting"] = new() { EyesClosed = false, Privacy = false, Movement = false },
        ["shelter"] = new() { Privacy = false },
        ["home"] = new(),
        ["bed"] = new(),
    };

    /// <summary>The host's own eligibility rules, applied after the built-in ones; an exercise a rule excludes is never offered.</summary>
    public IList<IExerciseRule> Rules { get; } = [];

    /// <summary>Adds a host rule that excludes every exercise matching <paramref name="predicate"/>.</summary>
    /// <param name="predicate">True for exercises to leave out (for example <c>e =&gt; e.Requires.Privacy</c>).</param>
    /// <param name="reason">Why, for the host's logs (for example "needs privacy at work").</param>
    /// <param name="id">The rule id shown in logs; defaults to <c>host</c>.</param>
    /// <returns>These options.</returns>
    public ExerciseSelectionOptions Exclude(Func<Exercise, bool> predicate, string reason, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Exclude((exercise, _) => predicate(exercise), reason, id);
    }

    /// <summary>Adds a host rule that excludes every exercise matching <paramref name="predicate"/> for a request.</summary>
    /// <param name="predicate">True for exercises to leave out for this request.</param>
    /// <param name="reason">Why, for the host's logs.</param>
    /// <param name="id">The rule id shown in logs; defaults to <c>host</c>.</param>
    /// <returns>These options.</returns>
    public ExerciseSelectionOptions Exclude(Func<Exercise, ExerciseSelectionRequest, bool> predicate, string reason, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Rules.Add(new PredicateExerciseRule(id ?? "host", predicate, reason));
        return this;
    }
}
