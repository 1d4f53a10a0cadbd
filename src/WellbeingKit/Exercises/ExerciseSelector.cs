using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.UserData;

namespace WellbeingKit.Exercises;

/// <summary>
/// The default <see cref="IExerciseSelector"/>. Eligibility first: contraindications, locale, context, time, accessibility needs,
/// the host's rules and no repeat of a recent exercise unless it helped; an ineligible exercise is never offered, not even to explore.
/// Then ranking by learned helpfulness: a Thompson sample of a Beta belief per exercise whose cold start comes from the content
/// (<see cref="Exercise.Prior"/>, concern and emotion match) and which learns from the user's own feedback and, capped, from every user's.
/// </summary>
public sealed class ExerciseSelector : IExerciseSelector, IDisposable
{
    private static readonly (string Need, string Requirement, Func<ExerciseRequirements, bool> Needs)[] NeedRules =
    [
        ("eyes-open", "closes the eyes", r => r.EyesClosed),
        ("no-writing", "needs writing", r => r.Writing),
        ("no-movement", "needs movement", r => r.Movement),
        ("no-audio", "needs audio", r => r.Audio),
        ("no-privacy", "needs privacy", r => r.Privacy),
    ];

    private readonly IContentSource _content;
    private readonly IUserDataStore _userData;
    private readonly ExerciseSelectionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ExerciseSelector> _logger;
    private readonly PopulationCache _population;
    private readonly Random _random;
    private readonly Lock _randomLock = new();

    /// <summary>Creates the selector.</summary>
    /// <param name="content">Where the exercises come from.</param>
    /// <param name="userData">The users' feedback (history and learning).</param>
    /// <param name="options">The selection options.</param>
    /// <param name="time">The clock ("yesterday", cache refresh).</param>
    /// <param name="logger">The logger; none when null.</param>
    public ExerciseSelector(IContentSource content, IUserDataStore userData, IOptions<ExerciseSelectionOptions> options, TimeProvider time, ILogger<ExerciseSelector>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(userData);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _content = content;
        _userData = userData;
        _options = options.Value;
        _time = time;
        _logger = logger ?? NullLogger<ExerciseSelector>.Instance;
        _population = new PopulationCache(userData, _options);
        _random = _options.RandomSeed is int seed ? new Random(seed) : new Random();
    }

    /// <inheritdoc />
    public async ValueTask<ExerciseSelection> SelectAsync(ExerciseSelectionRequest request, CancellationToken cancellationToken = default)
    {
        Validate(request);
        var pack = await _content.GetPackAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var history = await _userData.GetFeedbackAsync(request.UserId, cancellationToken).ConfigureAwait(false);
        var population = await _population.GetAsync(now, cancellationToken).ConfigureAwait(false);

        var excluded = new Dictionary<string, string>(StringComparer.Ordinal);
        var eligible = new List<Candidate>();
        var repeats = new List<Candidate>();
        foreach (var exercise in pack.Exercises.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var log = new List<string>();
            var why = WhyIneligible(exercise, request, pack, log);
            if (why is not null)
            {
                excluded[exercise.Id] = why;
                continue;
            }

            var candidate = new Candidate(exercise, log);
            var repeat = WhyRepeatExcluded(exercise, history, now, log);
            if (repeat is not null)
            {
                excluded[exercise.Id] = repeat;
                repeats.Add(candidate);
                continue;
            }

            eligible.Add(candidate);
        }

        if (eligible.Count == 0 && repeats.Count > 0)
        {
            // Nothing else fits: a recent exercise is better than none.
            foreach (var candidate in repeats)
            {
                excluded.Remove(candidate.Exercise.Id);
                candidate.Log.Add("repeat-allowed: nothing else is eligible");
                eligible.Add(candidate);
            }
        }

        var choices = Rank(eligible, request, pack, history, population);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            _logger.LogDebug(
                "Exercise selection for a {Locale} user in {Context}: {Choices} chosen ({Ids}), {Excluded} excluded",
                request.Locale,
                request.Context ?? "an unknown context",
                choices.Count,
                string.Join(", ", choices.Select(c => c.Exercise.Id)),
                excluded.Count);
        }

        return new ExerciseSelection { Choices = choices, Excluded = excluded };
    }

    /// <inheritdoc />
    public void Dispose() => _population.Dispose();

    private static void Validate(ExerciseSelectionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.UserId))
        {
            throw new ArgumentException("ExerciseSelectionRequest.UserId must not be empty.", nameof(request));
        }

        if (string.IsNullOrWhiteSpace(request.Locale))
        {
            throw new ArgumentException("ExerciseSelectionRequest.Locale must not be empty (for example 'en' or 'es-MX').", nameof(request));
        }

        if (request.Count is < 1 or > 100)
        {
            throw new ArgumentException($"ExerciseSelectionRequest.Count must be between 1 and 100 (was {request.Count}).", nameof(request));
        }

        if (request.MinutesAvailable is double minutes && (double.IsNaN(minutes) || minutes < 0))
        {
            throw new ArgumentException($"ExerciseSelectionRequest.MinutesAvailable must be zero or more (was {minutes}).", nameof(request));
        }
    }

    private string? WhyIneligible(Exercise exercise, ExerciseSelectionRequest request, ContentPack pack, List<string> log)
    {
        var contraindicated = exercise.Contraindications.Intersect(request.Contraindications, StringComparer.OrdinalIgnoreCase).ToList();
        if (contraindicated.Count > 0)
        {
            return "contraindication: " + string.Join(", ", contraindicated);
        }

        var locale = WhyLocaleMissing(exercise, request.Locale, pack, log);
        if (locale is not null)
        {
            return locale;
        }

        if (request.Context is string context)
        {
            if (exercise.Contexts.Count > 0 && !exercise.Contexts.Contains(context, StringComparer.OrdinalIgnoreCase))
            {
                return $"context: not meant for '{context}' (fits {string.Join(", ", exercise.Contexts)})";
            }

            if (_options.ContextLimits.TryGetValue(context, out var limits))
            {
                var r = exercise.Requires;
                var forbidden = (r.EyesClosed && !limits.EyesClosed) ? "closes the eyes"
                    : (r.Privacy && !limits.Privacy) ? "needs privacy"
                    : (r.Movement && !limits.Movement) ? "needs movement"
                    : (r.Writing && !limits.Writing) ? "needs writing"
                    : (r.Audio && !limits.Audio) ? "needs audio"
                    : null;
                if (forbidden is not null)
                {
                    return $"context-limits: {forbidden}, which '{context}' does not allow";
                }
            }
        }

        if (request.MinutesAvailable is double minutes && exercise.DurationMinutes > minutes)
        {
            return string.Create(CultureInfo.InvariantCulture, $"time: takes {exercise.DurationMinutes} min, {minutes} min available");
        }

        foreach (var need in request.Needs)
        {
            foreach (var (name, requirement, needs) in NeedRules)
            {
                if (string.Equals(need, name, StringComparison.OrdinalIgnoreCase) && needs(exercise.Requires))
                {
                    return $"need {name}: {requirement}";
                }
            }
        }

        foreach (var rule in _options.Rules)
        {
            string? why;
            try
            {
                why = rule.WhyExcluded(exercise, request);
            }
#pragma warning disable CA1031 // A host rule that fails must exclude (fail closed), whatever it threw.
            catch (Exception e)
#pragma warning restore CA1031
            {
                _logger.LogError(e, "Exercise rule {Rule} failed on {Exercise}; the exercise is excluded", rule.Id, exercise.Id);
                why = "the rule failed: " + e.GetType().Name;
            }

            if (why is not null)
            {
                return $"rule {rule.Id}: {why}";
            }
        }

        return null;
    }

    private string? WhyLocaleMissing(Exercise exercise, string locale, ContentPack pack, List<string> log)
    {
        var defaultLocale = pack.Manifest.DefaultLocale;
        if (HasAllText(exercise, locale, defaultLocale))
        {
            return null;
        }

        if (_options.AllowDefaultLocaleFallback && HasAllText(exercise, defaultLocale, defaultLocale))
        {
            log.Add($"locale-fallback: no '{locale}' text, shown in '{defaultLocale}'");
            return null;
        }

        return $"locale: no '{locale}' text" + (_options.AllowDefaultLocaleFallback ? $" nor '{defaultLocale}'" : " (default-locale fallback is off)");
    }

    private static bool HasAllText(Exercise exercise, string locale, string defaultLocale)
        => HasText(exercise.Title, locale, defaultLocale)
           && HasText(exercise.Summary, locale, defaultLocale)
           && exercise.Steps.All(s => HasText(s, locale, defaultLocale));

    private static bool HasText(LocalizedText text, string locale, string defaultLocale)
    {
        var language = Locales.Language(locale);
        return text.Has(locale)
               || text.Has(language)
               || (text.Has(LocalizedText.DefaultLocaleKey) && string.Equals(language, Locales.Language(defaultLocale), StringComparison.OrdinalIgnoreCase));
    }

    private string? WhyRepeatExcluded(Exercise exercise, IReadOnlyList<ExerciseFeedback> history, DateTimeOffset now, List<string> log)
    {
        if (_options.RepeatWindow <= TimeSpan.Zero)
        {
            return null;
        }

        var since = now - _options.RepeatWindow;
        var recent = history.Where(f => f.ExerciseId == exercise.Id && f.Outcome != ExerciseOutcome.Offered && f.At > since).ToList();
        if (recent.Count == 0)
        {
            return null;
        }

        var best = recent.Max(f => f.Rating ?? 0);
        if (best >= _options.HelpfulRating)
        {
            log.Add(string.Create(CultureInfo.InvariantCulture, $"repeat-allowed: done within {_options.RepeatWindow.TotalHours:0.#}h and rated {best}"));
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"repeat: done within {_options.RepeatWindow.TotalHours:0.#}h and not rated helpful (best rating {(best == 0 ? "none" : best)})");
    }

    private List<ExerciseChoice> Rank(List<Candidate> eligible, ExerciseSelectionRequest request, ContentPack pack, IReadOnlyList<ExerciseFeedback> history, PopulationStatistics population)
    {
        var emotions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (request.Emotion is { } emotion)
        {
            emotions.UnionWith(emotion.Top.Select(t => t.Label));
            emotions.Add(emotion.Ekman);
        }

        foreach (var candidate in eligible)
        {
            var exercise = candidate.Exercise;
            var prior = Math.Clamp(exercise.Prior, 0.01, 0.99);
            var content = new BetaCounts(prior * _options.PriorStrength, (1 - prior) * _options.PriorStrength);
            candidate.Matched = exercise.Helps.Intersect(request.Concerns, StringComparer.OrdinalIgnoreCase).ToList();
            var concernShare = request.Concerns.Count == 0 ? 0 : (double)candidate.Matched.Count / request.Concerns.Distinct(StringComparer.OrdinalIgnoreCase).Count();
            candidate.EmotionMatch = exercise.Emotions.FirstOrDefault(emotions.Contains);
            var tags = new BetaCounts((concernShare * _options.ConcernMatchWeight) + (candidate.EmotionMatch is null ? 0 : _options.EmotionMatchWeight), 0);

            var user = default(BetaCounts);
            var userInContext = default(BetaCounts);
            var ratings = new List<int>();
            foreach (var item in history)
            {
                if (item.ExerciseId != exercise.Id)
                {
                    continue;
                }

                var counts = BetaCounts.From(item, _options);
                user += counts;
                if (request.Context is not null && string.Equals(item.Context, request.Context, StringComparison.OrdinalIgnoreCase))
                {
                    userInContext += counts;
                }

                if (item.Rating is int rating)
                {
                    ratings.Add(rating);
                }
            }

            // The user's own feedback is already in the population figures: take it out so it counts once.
            var others = population.For(exercise.Id, request.Context) - (userInContext + (user - userInContext).Scale(request.Context is null ? 1 : 0.5));
            var othersCapped = others.Cap(_options.PopulationWeight);
            var posterior = content + tags + othersCapped + user;
            candidate.Posterior = posterior;
            candidate.UserCounts = user;
            candidate.Others = others;
            candidate.HelpedBefore = ratings.Count > 0 && ratings.Average() >= _options.HelpfulRating;
            candidate.Tags = tags;
            candidate.ConcernCount = request.Concerns.Count;
        }

        lock (_randomLock)
        {
            foreach (var candidate in eligible)
            {
                var (alpha, beta) = (candidate.Posterior.Successes, candidate.Posterior.Failures);
                candidate.Score = _options.Exploration
                    ? BetaSampler.Sample(_random, alpha / _options.ExplorationStrength, beta / _options.ExplorationStrength)
                    : alpha / (alpha + beta);
            }
        }

        return eligible
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Exercise.Id, StringComparer.Ordinal)
            .Take(request.Count)
            .Select(c => new ExerciseChoice
            {
                Exercise = c.Exercise,
                Score = c.Score,
                Reasons = UserReasons(c, request, pack),
                LogReasons =
                [
                    "eligible: contraindication, locale, context, time, needs, host rules, repeat",
                    .. c.Log,
                    Belief(c),
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"score {c.Score:0.000} ({(_options.Exploration ? "Thompson sample" : "posterior mean")} of Beta({c.Posterior.Successes:0.##}, {c.Posterior.Failures:0.##}), mean {c.Posterior.Successes / c.Posterior.Total:0.000})"),
                ],
            })
            .ToList();
    }

    private string Belief(Candidate c) => string.Create(
        CultureInfo.InvariantCulture,
        $"belief: content prior {c.Exercise.Prior:0.##} x{_options.PriorStrength:0.##}, tag match +{c.Tags.Successes:0.##} (concerns {c.Matched.Count}/{c.ConcernCount}{(c.EmotionMatch is null ? "" : ", emotion " + c.EmotionMatch)}), user {c.UserCounts.Successes:0.##}/{c.UserCounts.Failures:0.##}, population {c.Others.Successes:0.#}/{c.Others.Failures:0.#} weighted {c.Others.Cap(_options.PopulationWeight).Total:0.##}");

    private List<string> UserReasons(Candidate candidate, ExerciseSelectionRequest request, ContentPack pack)
    {
        var exercise = candidate.Exercise;
        var locale = request.Locale;
        var reasons = new List<string>();
        var limits = request.Context is not null && _options.ContextLimits.TryGetValue(request.Context, out var found) ? found : null;
        bool Needs(string need) => request.Needs.Contains(need, StringComparer.OrdinalIgnoreCase);

        if (candidate.HelpedBefore)
        {
            reasons.Add(SelectionMessages.Get(pack, SelectionMessages.HelpedBefore, locale));
        }

        if (candidate.Matched.Count > 0)
        {
            var concern = SelectionMessages.Concern(pack, candidate.Matched[0], locale);
            reasons.Add(SelectionMessages.Get(pack, SelectionMessages.HelpsWith, locale, new Dictionary<string, string> { ["concern"] = concern }));
        }

        if (exercise.DurationMinutes > 0 && exercise.DurationMinutes <= _options.ShortMinutes)
        {
            var duration = SelectionMessages.Duration(exercise.DurationMinutes, locale);
            reasons.Add(SelectionMessages.Get(pack, SelectionMessages.Short, locale, new Dictionary<string, string> { ["duration"] = duration }));
        }

        if (!exercise.Requires.EyesClosed && (Needs("eyes-open") || limits is { EyesClosed: false }))
        {
            reasons.Add(SelectionMessages.Get(pack, SelectionMessages.EyesOpen, locale));
        }

        if (!exercise.Requires.Writing && (Needs("no-writing") || limits is { Writing: false }))
        {
            reasons.Add(SelectionMessages.Get(pack, SelectionMessages.NoWriting, locale));
        }

        if (!exercise.Requires.Privacy && (Needs("no-privacy") || limits is { Privacy: false }))
        {
            reasons.Add(SelectionMessages.Get(pack, SelectionMessages.Quiet, locale));
        }

        if (candidate.EmotionMatch is not null && !string.Equals(candidate.EmotionMatch, "neutral", StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add(SelectionMessages.Get(pack, SelectionMessages.SuitsFeeling, locale));
        }

        if (candidate.Others.Total >= 10 && candidate.Others.Successes / candidate.Others.Total >= 0.7)
        {
            reasons.Add(SelectionMessages.Get(pack, SelectionMessages.HelpsOthers, locale));
        }

        if (candidate.UserCounts.Total == 0 && reasons.Count == 0)
        {
            reasons.Add(SelectionMessages.Get(pack, SelectionMessages.SomethingNew, locale));
        }

        return reasons.Take(_options.MaxUserReasons).ToList();
    }

    private sealed class Candidate(Exercise exercise, List<string> log)
    {
        public Exercise Exercise { get; } = exercise;

        public List<string> Log { get; } = log;

        public List<string> Matched { get; set; } = [];

        public string? EmotionMatch { get; set; }

        public BetaCounts Posterior { get; set; }

        public BetaCounts UserCounts { get; set; }

        public BetaCounts Others { get; set; }

        public BetaCounts Tags { get; set; }

        public int ConcernCount { get; set; }

        public bool HelpedBefore { get; set; }

        public double Score { get; set; }
    }
}
