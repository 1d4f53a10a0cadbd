using System.Globalization;

namespace WellbeingKit.Content.Yaml;

/// <summary>Each questionnaire has its texts in every locale, item ids used once, and bands whose min is not after their max.</summary>
internal sealed class QuestionnaireRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        foreach (var questionnaire in pack.Questionnaires.Values)
        {
            Check(pack, questionnaire);
        }
    }

    private static void Check(PackCheck pack, Located<QuestionnaireDefinition> located)
    {
        var questionnaire = located.Value;
        TextLocales.Check(pack, located, "/title", questionnaire.Title);
        TextLocales.Check(pack, located, "/instructions", questionnaire.Instructions);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < questionnaire.Items.Count; i++)
        {
            if (!ids.Add(questionnaire.Items[i].Id))
            {
                pack.Problems.AddAt(located, JsonPointer.Append("/items", i) + "/id", $"item id '{questionnaire.Items[i].Id}' is used twice in questionnaire '{questionnaire.Id}'");
            }

            TextLocales.Check(pack, located, JsonPointer.Append("/items", i) + "/text", questionnaire.Items[i].Text);
        }

        for (var i = 0; i < questionnaire.Options.Count; i++)
        {
            TextLocales.Check(pack, located, JsonPointer.Append("/options", i) + "/label", questionnaire.Options[i].Label);
        }

        for (var i = 0; i < questionnaire.Bands.Count; i++)
        {
            var band = questionnaire.Bands[i];
            if (band.Min > band.Max)
            {
                pack.Problems.AddAt(located, JsonPointer.Append("/bands", i) + "/min", string.Create(CultureInfo.InvariantCulture, $"band '{band.Severity}' starts at {band.Min}, after its max {band.Max}"));
            }

            TextLocales.Check(pack, located, JsonPointer.Append("/bands", i) + "/label", band.Label);
        }
    }
}
