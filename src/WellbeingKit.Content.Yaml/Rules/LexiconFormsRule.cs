using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Content.Yaml;

/// <summary>
/// Every lexicon phrase that uses the inflection syntax (<c>&lt;morir&gt;</c>, <c>&lt;matar+me:inf&gt;</c>,
/// <c>(ya no|nunca)</c>) expands: a bad marker, an unknown verb or a phrase standing for too many forms is reported at the phrase.
/// </summary>
internal sealed class LexiconFormsRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        foreach (var located in pack.Lexicons.Values)
        {
            var lexicon = located.Value;
            var language = Locales.Language(lexicon.Locale);
            void Phrases(string pointer, IReadOnlyList<string> phrases)
            {
                for (var i = 0; i < phrases.Count; i++)
                {
                    try
                    {
                        LexiconPhraseForms.Expand(phrases[i], language);
                    }
                    catch (FormatException e)
                    {
                        // The message starts "at character N: " (1-based).
                        pack.Problems.AddAt(located, JsonPointer.Append(pointer, i), $"the phrase '{phrases[i]}', {e.Message}");
                    }
                }
            }

            for (var i = 0; i < lexicon.Patterns.Count; i++)
            {
                Phrases(JsonPointer.Append("/patterns", i) + "/phrases", lexicon.Patterns[i].Phrases);
                Phrases(JsonPointer.Append("/patterns", i) + "/only_with", lexicon.Patterns[i].OnlyWith);
            }

            for (var i = 0; i < lexicon.Benign.Count; i++)
            {
                Phrases(JsonPointer.Append("/benign", i) + "/phrases", lexicon.Benign[i].Phrases);
            }

            Phrases("/negations", lexicon.Negations);
            Phrases("/past_markers", lexicon.PastMarkers);
            Phrases("/present_markers", lexicon.PresentMarkers);
            Phrases("/third_party", lexicon.ThirdParty);
            Phrases("/losses", lexicon.Losses);
            Phrases("/news", lexicon.News);
            Phrases("/recovery", lexicon.Recovery);
            Phrases("/professional", lexicon.Professional);
            Phrases("/fiction", lexicon.Fiction);
        }
    }
}
