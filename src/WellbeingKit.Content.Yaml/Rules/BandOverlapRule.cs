using System.Globalization;

namespace WellbeingKit.Content.Yaml;

/// <summary>A questionnaire's bands do not overlap: a score falls in one band only.</summary>
internal sealed class BandOverlapRule : IPackRule
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
        var bands = located.Value.Bands.Select((b, i) => (Band: b, Index: i)).OrderBy(b => b.Band.Min).ToList();
        for (var i = 1; i < bands.Count; i++)
        {
            var (previous, current) = (bands[i - 1].Band, bands[i].Band);
            if (current.Min <= previous.Max)
            {
                pack.Problems.AddAt(located, JsonPointer.Append("/bands", bands[i].Index) + "/min", string.Create(CultureInfo.InvariantCulture, $"band '{current.Severity}' starts at {current.Min}, inside band '{previous.Severity}' ({previous.Min}-{previous.Max}); a score must fall in one band only"));
            }
        }
    }
}
