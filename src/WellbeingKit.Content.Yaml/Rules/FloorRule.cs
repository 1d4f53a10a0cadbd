using System.Globalization;
using System.Text;
using WellbeingKit.Risk;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Content.Yaml;

/// <summary>The built-in crisis phrases are a floor: a pack standing on the default pack cannot cancel, lower or delete them.</summary>
internal sealed class FloorRule : IPackRule
{
    /// <summary>
    /// The built-in crisis phrases are a floor: a pack may add to them, never cancel them (benign phrases, negation cues)
    /// nor lower or delete them (that has no effect, and the author must be told).
    /// </summary>
    public void Check(PackCheck pack)
    {
        var lexicons = pack.Lexicons;
        if (!pack.StandsOnDefaultPack || lexicons.Count == 0)
        {
            return;
        }

        var floor = BaselineLexicons.Pack.Lexicons;
        foreach (var (locale, located) in lexicons)
        {
            if (floor.TryGetValue(locale, out var builtIn))
            {
                CheckNotLowered(pack, located, builtIn);
            }
        }

        var merged = BaselineLexicons.Apply(lexicons.ToDictionary(l => l.Key, l => l.Value.Value, StringComparer.OrdinalIgnoreCase));
        LexiconRiskDetector detector;
        try
        {
            detector = LexiconRiskDetector.Create(merged.Values);
        }
        catch (ArgumentException e) when (e.InnerException is FormatException)
        {
            return; // LexiconFormsRule reports it at the phrase
        }
        catch (ArgumentException e)
        {
            pack.Problems.Add(lexicons.Values.First().Path, 1, 1, "the crisis lexicons cannot be compiled: " + e.Message);
            return;
        }

        var baseline = BaselineLexicons.Detector;
        var reported = new HashSet<string>(StringComparer.Ordinal);

        // Benign phrases: a built-in crisis phrase said on its own must still reach the safety flow.
        foreach (var builtIn in floor.Values)
        {
            foreach (var pattern in builtIn.Patterns.Where(p => p.Category is not null))
            {
                foreach (var phrase in Forms(pattern.Phrases, builtIn.Locale))
                {
                    var text = phrase.TrimEnd('*');
                    var before = Level(baseline, text);
                    if (before == RiskLevel.None || Level(detector, text) >= before)
                    {
                        continue;
                    }

                    var culprit = FindBenign(lexicons, text);
                    if (culprit is { } found)
                    {
                        if (reported.Add(found.Path + found.Pointer))
                        {
                            pack.Problems.AddAt(found.File, found.Pointer, $"benign phrase '{found.Phrase}' cancels the built-in crisis phrase '{phrase}' (rule {pattern.Id}, {builtIn.Locale}): a message saying '{text}' would not reach the safety flow. Remove it from 'benign:'; built-in crisis phrases cannot be switched off");
                        }
                    }
                    else if (reported.Add("rule:" + pattern.Id))
                    {
                        var file = lexicons.Values.FirstOrDefault(l => Locales.SameLanguage(l.Value.Locale, builtIn.Locale)) ?? lexicons.Values.First();
                        pack.Problems.AddAt(file, "/benign", $"this pack's benign phrases cancel the built-in crisis phrase '{phrase}' (rule {pattern.Id}, {builtIn.Locale}): a message saying '{text}' would not reach the safety flow. Remove the benign phrase that covers it");
                    }
                }
            }
        }

        // Negation cues: a new cue before a built-in crisis phrase must not switch it off.
        var builtInCues = new HashSet<string>(floor.Values.SelectMany(l => l.Negations).Select(Fold), StringComparer.Ordinal);
        foreach (var located in lexicons.Values)
        {
            for (var i = 0; i < located.Value.Negations.Count; i++)
            {
                var cue = located.Value.Negations[i];
                if (builtInCues.Contains(Fold(cue)))
                {
                    continue;
                }

                var cancelled = floor.Values
                    .OrderBy(l => Locales.SameLanguage(l.Locale, located.Value.Locale) ? 0 : 1)
                    .SelectMany(l => l.Patterns.Where(p => p.Category is not null && p.Level >= RiskLevel.High).Select(p => (Lexicon: l, Pattern: p)))
                    .SelectMany(p => Forms(p.Pattern.Phrases, p.Lexicon.Locale).Select(phrase => (p.Lexicon, p.Pattern, Text: cue + " " + phrase.TrimEnd('*'))))
                    .FirstOrDefault(p => Level(baseline, p.Text) >= RiskLevel.High && Level(detector, p.Text) < RiskLevel.High);
                if (cancelled.Pattern is not null)
                {
                    pack.Problems.AddAt(located, JsonPointer.Append("/negations", i), $"negation cue '{cue}' cancels the built-in crisis rule {cancelled.Pattern.Id} ({cancelled.Lexicon.Locale}): '{cancelled.Text}' would not reach the safety flow. Remove it; a pack cannot add negation cues that switch built-in crisis phrases off");
                }
            }
        }
    }

    private static void CheckNotLowered(PackCheck pack, Located<LexiconDefinition> located, LexiconDefinition builtIn)
    {
        var packPhrases = new HashSet<string>(located.Value.Patterns.SelectMany(p => p.Phrases).Concat(located.Value.Patterns.SelectMany(p => Expanded(p, located.Value.Locale))).Select(Fold), StringComparer.Ordinal);
        for (var i = 0; i < located.Value.Patterns.Count; i++)
        {
            var pattern = located.Value.Patterns[i];
            var floor = builtIn.Patterns.FirstOrDefault(p => p.Id == pattern.Id);
            if (floor is null)
            {
                continue;
            }

            var at = JsonPointer.Append("/patterns", i);
            if (pattern.Level < floor.Level)
            {
                pack.Problems.AddAt(located, at + "/level", $"pattern '{pattern.Id}' lowers the built-in level {YamlNames.Kebab(floor.Level)} to {YamlNames.Kebab(pattern.Level)}; this has no effect (built-in crisis rules keep their level): remove 'level:' or set it to {YamlNames.Kebab(floor.Level)}");
            }

            // A copy of a built-in pattern (it shares phrases with it) that leaves phrases out tries to delete them.
            if (pattern.Phrases.Any(p => floor.Phrases.Contains(p, StringComparer.Ordinal)))
            {
                var missing = floor.Phrases.Where(p => !packPhrases.Contains(Fold(p)) && Expanded(floor, builtIn.Locale, p).Any(f => !packPhrases.Contains(Fold(f)))).ToList();
                if (missing.Count > 0)
                {
                    pack.Problems.AddAt(located, at + "/phrases", $"pattern '{pattern.Id}' leaves out {missing.Count} built-in phrase(s) ({string.Join(", ", missing.Take(3).Select(p => $"'{p}'"))}{(missing.Count > 3 ? ", ..." : "")}); this has no effect (built-in crisis phrases are always screened): put them back, or keep only your new phrases under a new id");
                }
            }
        }
    }

    private static (Located<LexiconDefinition> File, string Pointer, string Path, string Phrase)? FindBenign(Dictionary<string, Located<LexiconDefinition>> lexicons, string text)
    {
        var folded = Fold(text);
        foreach (var located in lexicons.Values)
        {
            for (var i = 0; i < located.Value.Benign.Count; i++)
            {
                var phrases = located.Value.Benign[i].Phrases;
                for (var j = 0; j < phrases.Count; j++)
                {
                    var benign = Fold(phrases[j].TrimEnd('*'));
                    if (benign.Length > 0 && (folded.Contains(benign, StringComparison.Ordinal) || benign.Contains(folded, StringComparison.Ordinal)))
                    {
                        return (located, JsonPointer.Append(JsonPointer.Append("/benign", i) + "/phrases", j), located.Path, phrases[j]);
                    }
                }
            }
        }

        return null;
    }

    private static RiskLevel Level(LexiconRiskDetector detector, string text) =>
        detector.AssessAsync(new RiskScreeningRequest(text)).AsTask().GetAwaiter().GetResult().Level;

    /// <summary>Lowercase without diacritics, to compare phrases as the matcher would.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The plain phrases a pattern's phrases (or one of them) stand for; none when one does not expand (LexiconFormsRule reports it).</summary>
    private static IEnumerable<string> Expanded(LexiconPattern pattern, string locale, string? phrase = null)
    {
        try
        {
            return [.. Forms(phrase is null ? pattern.Phrases : [phrase], locale)];
        }
        catch (FormatException)
        {
            return [];
        }
    }

    /// <summary>The plain phrases <paramref name="phrases"/> stand for, expanded as the kit compiles them.</summary>
    /// <exception cref="FormatException">A phrase's syntax is wrong.</exception>
    private static IEnumerable<string> Forms(IEnumerable<string> phrases, string locale)
    {
        var language = Locales.Language(locale);
        return phrases.SelectMany(p => LexiconPhraseForms.Expand(p, language));
    }
}
