using System.Globalization;
using WellbeingKit.Content;
using WellbeingKit.UserData;

namespace WellbeingKit.Care;

/// <summary>Builds <see cref="CareInsights"/> from a user's data (labels only from the journal: its text is never read).</summary>
internal static class InsightsBuilder
{
    /// <summary>Builds the insights.</summary>
    /// <param name="data">The user's data.</param>
    /// <param name="pack">The pack, for titles and band labels; may be null.</param>
    /// <param name="locale">The user's locale.</param>
    /// <param name="timeZone">The user's time zone (weeks start on their Monday); null for UTC.</param>
    /// <param name="now">Now.</param>
    /// <param name="weeks">How many weeks of mood to show (the current one included).</param>
    /// <returns>The insights.</returns>
    public static CareInsights Build(UserDataExport data, ContentPack? pack, string locale, TimeZoneInfo? timeZone, DateTimeOffset now, int weeks = 8)
    {
        ArgumentNullException.ThrowIfNull(data);
        var zone = timeZone ?? TimeZoneInfo.Utc;
        var thisWeek = Monday(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime));
        var firstWeek = thisWeek.AddDays(-7 * (weeks - 1));
        var byWeek = data.Moods
            .GroupBy(m => Monday(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(m.At, zone).DateTime)))
            .ToDictionary(g => g.Key, g => g.ToList());
        var mood = Enumerable.Range(0, weeks)
            .Select(i => firstWeek.AddDays(7 * i))
            .Select(w => byWeek.TryGetValue(w, out var entries)
                ? new MoodWeek(w, Math.Round(entries.Average(e => e.Mood), 2), entries.Count)
                : new MoodWeek(w, null, 0))
            .ToList();
        var questionnaires = data.Questionnaires
            .OrderBy(q => q.At)
            .Select(q => new QuestionnairePoint(q.QuestionnaireId, q.At, q.Score, q.Severity, BandLabel(pack, q, locale)))
            .ToList();
        var exercises = data.Feedback
            .GroupBy(f => f.ExerciseId, StringComparer.Ordinal)
            .Select(g => new ExerciseInsight(
                g.Key,
                Title(pack, g.Key, locale),
                g.Count(f => f.Outcome == ExerciseOutcome.Completed),
                g.Any(f => f.Rating is not null) ? Math.Round(g.Where(f => f.Rating is not null).Average(f => f.Rating!.Value), 1) : null))
            .Where(e => e.Completed > 0 || e.AverageRating is not null)
            .OrderByDescending(e => e.Completed)
            .ThenBy(e => e.ExerciseId, StringComparer.Ordinal)
            .ToList();
        var themes = data.Journal
            .Where(j => !string.IsNullOrWhiteSpace(j.Emotion) && !string.Equals(j.Emotion, "neutral", StringComparison.OrdinalIgnoreCase))
            .GroupBy(j => j.Emotion!.ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g => new JournalTheme(g.Key, g.Count()))
            .OrderByDescending(t => t.Entries)
            .ThenBy(t => t.Label, StringComparer.Ordinal)
            .ToList();
        return new CareInsights
        {
            UserId = data.UserId,
            At = now,
            Locale = locale,
            Direction = Locales.IsRightToLeft(locale) ? "rtl" : "ltr",
            Mood = mood,
            Questionnaires = questionnaires,
            Exercises = exercises,
            JournalThemes = themes,
        };
    }

    /// <summary>The insights as short lines of text (for a chat reply; SMS takes the first line only).</summary>
    public static IReadOnlyList<string> ToLines(CareInsights insights, ContentPack? pack)
    {
        ArgumentNullException.ThrowIfNull(insights);
        var locale = insights.Locale;
        if (insights.IsEmpty)
        {
            return [CareTexts.Get(pack, "care.insights.empty", locale)];
        }

        var culture = Culture(locale);
        var lines = new List<string>();
        var moods = insights.Mood.Where(w => w.Average is not null).Select(w => w.Average!.Value.ToString("0.0", culture)).ToList();
        if (moods.Count > 0)
        {
            lines.Add(CareTexts.Get(pack, "care.insights.mood", locale, new Dictionary<string, string> { ["moods"] = string.Join(" → ", moods) }));
        }

        foreach (var latest in insights.Questionnaires.GroupBy(q => q.QuestionnaireId, StringComparer.Ordinal).Select(g => g.Last()))
        {
            lines.Add(CareTexts.Get(pack, "care.insights.score", locale, new Dictionary<string, string>
            {
                ["questionnaire"] = QuestionnaireTitle(pack, latest.QuestionnaireId, locale),
                ["score"] = latest.Score.ToString(culture),
                ["band"] = latest.Band ?? latest.Severity,
                ["date"] = latest.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }));
        }

        foreach (var exercise in insights.Exercises.Take(3))
        {
            lines.Add(CareTexts.Get(pack, "care.insights.exercise", locale, new Dictionary<string, string>
            {
                ["exercise"] = exercise.Title ?? exercise.ExerciseId,
                ["times"] = exercise.Completed.ToString(culture),
                ["rating"] = exercise.AverageRating?.ToString("0.0", culture) ?? "-",
            }));
        }

        if (insights.JournalThemes.Count > 0)
        {
            lines.Add(CareTexts.Get(pack, "care.insights.themes", locale, new Dictionary<string, string>
            {
                ["themes"] = string.Join(", ", insights.JournalThemes.Take(3).Select(t => t.Label)),
            }));
        }

        return lines;
    }

    /// <summary>The title of a questionnaire in <paramref name="locale"/>, or its id.</summary>
    public static string QuestionnaireTitle(ContentPack? pack, string id, string locale) =>
        pack is not null && pack.Questionnaires.TryGetValue(id, out var q) ? q.Title.Resolve(locale, pack.Manifest.DefaultLocale) : id;

    private static string? BandLabel(ContentPack? pack, QuestionnaireResult result, string locale) =>
        pack is not null && pack.Questionnaires.TryGetValue(result.QuestionnaireId, out var q)
            ? q.Bands.FirstOrDefault(b => b.Severity == result.Severity)?.Label.Resolve(locale, pack.Manifest.DefaultLocale)
            : null;

    private static string? Title(ContentPack? pack, string exerciseId, string locale) =>
        pack is not null && pack.Exercises.TryGetValue(exerciseId, out var e) ? e.Title.Resolve(locale, pack.Manifest.DefaultLocale) : null;

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static CultureInfo Culture(string locale)
    {
        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
