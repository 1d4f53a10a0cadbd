using System.Globalization;

namespace WellbeingKit.Content.Yaml;

/// <summary>Validated questionnaires (PHQ-9, GAD-7, WHO-5) keep the published wording, risk item, options, scoring and bands, unless <c>adapted:</c> says why (a warning).</summary>
internal sealed class ValidatedQuestionnairesRule : IPackRule
{
    /// <summary>Validated questionnaires (PHQ-9, GAD-7, WHO-5) must keep the published wording, risk item, options and bands.</summary>
    public void Check(PackCheck pack)
    {
        if (!pack.StandsOnDefaultPack)
        {
            return;
        }

        var questionnaires = pack.Questionnaires;
        foreach (var (id, located) in questionnaires)
        {
            if (!BaselineLexicons.Pack.Questionnaires.TryGetValue(id, out var published) || published.ValidatedLocales.Count == 0)
            {
                continue;
            }

            var copy = located.Value;
            var name = published.Title.Resolve("en", "en");
            var differences = new List<(string Pointer, string Message)>();
            if (copy.Items.Count != published.Items.Count)
            {
                differences.Add(("/items", $"it has {copy.Items.Count} items; the published {name} has {published.Items.Count}"));
            }
            else
            {
                for (var i = 0; i < copy.Items.Count; i++)
                {
                    var at = JsonPointer.Append("/items", i);
                    foreach (var locale in published.ValidatedLocales)
                    {
                        var theirs = TextIn(copy.Items[i].Text, locale);
                        var original = TextIn(published.Items[i].Text, locale);
                        if (theirs is not null && original is not null && Collapse(theirs) != Collapse(original))
                        {
                            differences.Add((at + "/text", $"item {i + 1} is worded differently from the published {name} ({locale}): \"{original}\""));
                        }
                    }

                    if (copy.Items[i].Risk != published.Items[i].Risk)
                    {
                        differences.Add((at, published.Items[i].Risk
                            ? $"item {i + 1} is the risk item of the published {name} (an answer above 0 starts the safety flow): set 'risk: true'"
                            : $"item {i + 1} is not a risk item in the published {name}: remove 'risk: true'"));
                    }
                }
            }

            if (!copy.Options.Select(o => o.Value).SequenceEqual(published.Options.Select(o => o.Value)))
            {
                differences.Add(("/options", $"the answer scores ({string.Join(", ", copy.Options.Select(o => o.Value))}) differ from the published {name} ({string.Join(", ", published.Options.Select(o => o.Value))})"));
            }

            if (!string.Equals(copy.Scoring, published.Scoring, StringComparison.Ordinal))
            {
                differences.Add(("/scoring", $"scoring '{copy.Scoring}' differs from the published {name} ('{published.Scoring}')"));
            }

            static string Bands(QuestionnaireDefinition q) => string.Join(", ", q.Bands.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Min}-{b.Max} {b.Severity}")));
            if (Bands(copy) != Bands(published))
            {
                differences.Add(("/bands", $"the bands ({Bands(copy)}) differ from the published {name} ({Bands(published)})"));
            }

            foreach (var (pointer, message) in differences)
            {
                if (!string.IsNullOrWhiteSpace(copy.Adapted))
                {
                    pack.Problems.WarnAt(located, pointer, $"questionnaire '{id}': {message} (adapted: {copy.Adapted}); scores are not comparable with the published {name}");
                }
                else
                {
                    pack.Problems.AddAt(located, pointer, $"questionnaire '{id}': {message}; restore the published text, or, for a reviewed adaptation, say why with 'adapted: <reason>'");
                }
            }
        }
    }

    private static string? TextIn(LocalizedText text, string locale) =>
        text.Values.TryGetValue(locale, out var value) ? value : text.Values.Count == 1 && text.Has(LocalizedText.DefaultLocaleKey) && locale == "en" ? text.Values[LocalizedText.DefaultLocaleKey] : null;

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
