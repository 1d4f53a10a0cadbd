using WellbeingKit.Content;
using WellbeingKit.UserData;

namespace WellbeingKit.Care;

/// <summary>
/// Notices when someone is getting worse: a questionnaire score that got worse by its reliable-change threshold
/// (<see cref="ReliableChange"/>) or moved into a worse band, and mood check-ins that fell over a window.
/// </summary>
internal static class DeteriorationRules
{
    /// <summary>
    /// Compares the latest result with the one before it (same questionnaire); null when there is no earlier result or
    /// nothing got worse.
    /// </summary>
    /// <param name="results">The user's results of one questionnaire, oldest first, the latest last.</param>
    /// <param name="definition">The questionnaire, for its bands; null compares the scores only.</param>
    /// <param name="at">When the change is noticed.</param>
    /// <returns>The notice, or null.</returns>
    public static DeteriorationNotice? Questionnaire(IReadOnlyList<QuestionnaireResult> results, QuestionnaireDefinition? definition, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count < 2)
        {
            return null;
        }

        var previous = results[^2];
        var latest = results[^1];
        var id = latest.QuestionnaireId;
        var kind = DeteriorationKind.None;
        if (ReliableChange.For(id) is { } criterion && ReliableChange.Worsening(id, previous.Score, latest.Score) >= criterion.Threshold)
        {
            kind |= DeteriorationKind.ReliableChange;
        }

        if (definition is not null && WorseBand(definition, previous.Score, latest.Score))
        {
            kind |= DeteriorationKind.WorseBand;
        }

        return kind == DeteriorationKind.None ? null : new DeteriorationNotice
        {
            At = at,
            Kind = kind,
            QuestionnaireId = id,
            PreviousScore = previous.Score,
            Score = latest.Score,
            PreviousSeverity = previous.Severity,
            Severity = latest.Severity,
        };
    }

    /// <summary>
    /// A falling mood trend: at least <paramref name="minimumEntries"/> mood check-ins on 3 or more days in the
    /// <paramref name="window"/> before <paramref name="now"/>, whose least-squares line falls by at least
    /// <paramref name="minimumFall"/> points over the window. Null when there are too few entries or mood did not fall.
    /// </summary>
    /// <param name="moods">The user's mood entries (any order).</param>
    /// <param name="now">The end of the window.</param>
    /// <param name="window">How far back to look.</param>
    /// <param name="minimumEntries">The fewest entries that make a trend.</param>
    /// <param name="minimumFall">The smallest fall, in points of the 1-5 scale, that counts.</param>
    /// <returns>The notice, or null.</returns>
    public static DeteriorationNotice? Mood(IEnumerable<MoodEntry> moods, DateTimeOffset now, TimeSpan window, int minimumEntries, double minimumFall)
    {
        ArgumentNullException.ThrowIfNull(moods);
        var recent = moods.Where(m => m.At > now - window && m.At <= now).OrderBy(m => m.At).ToList();
        if (recent.Count < Math.Max(2, minimumEntries) || recent.Select(m => m.At.UtcDateTime.Date).Distinct().Count() < 3)
        {
            return null;
        }

        var xs = recent.Select(m => (m.At - now).TotalDays).ToList();
        var ys = recent.Select(m => (double)m.Mood).ToList();
        var meanX = xs.Average();
        var meanY = ys.Average();
        var sxx = xs.Sum(x => (x - meanX) * (x - meanX));
        if (sxx <= 0)
        {
            return null;
        }

        var slope = xs.Zip(ys, (x, y) => (x - meanX) * (y - meanY)).Sum() / sxx;
        var fall = -slope * window.TotalDays;
        return fall < minimumFall ? null : new DeteriorationNotice
        {
            At = now,
            Kind = DeteriorationKind.FallingMood,
            MoodFall = Math.Round(fall, 1),
            WindowDays = (int)Math.Round(window.TotalDays),
        };
    }

    /// <summary>True when <paramref name="score"/> lies in a worse band than <paramref name="previous"/>.</summary>
    public static bool WorseBand(QuestionnaireDefinition definition, int previous, int score)
    {
        var bands = definition.Bands.OrderBy(b => b.Min).ToList();
        var before = bands.FindIndex(b => previous >= b.Min && previous <= b.Max);
        var now = bands.FindIndex(b => score >= b.Min && score <= b.Max);
        if (before < 0 || now < 0)
        {
            return false;
        }

        var higherIsWorse = ReliableChange.For(definition.Id)?.HigherIsWorse ?? true;
        return higherIsWorse ? now > before : now < before;
    }

    /// <summary>The band of <paramref name="score"/>, or null.</summary>
    public static ScoreBand? Band(QuestionnaireDefinition? definition, int score) =>
        definition?.Bands.FirstOrDefault(b => score >= b.Min && score <= b.Max);
}
