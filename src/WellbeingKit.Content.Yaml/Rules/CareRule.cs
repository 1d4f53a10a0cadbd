using WellbeingKit.Care;

namespace WellbeingKit.Content.Yaml;

/// <summary>
/// <c>care:</c> in <c>pack.yaml</c> names questionnaires of the pack, bands of those questionnaires, and message keys the
/// pack or the kit defines (the support levels are checked by the schema).
/// </summary>
internal sealed class CareRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        var manifest = pack.Manifest;
        foreach (var (id, care) in manifest.Value.Care.Questionnaires)
        {
            var at = JsonPointer.Append("/care/questionnaires", id);
            if (!pack.Questionnaires.TryGetValue(id, out var questionnaire))
            {
                if (!pack.Sources.IsBroken(ContentFileKind.Questionnaire, id))
                {
                    pack.Problems.AddAtKey(manifest, at, $"care names questionnaire '{id}', which is not a questionnaire of the pack{Suggestions.DidYouMean(id, pack.Questionnaires.Keys, Suggestions.Known(pack.Questionnaires.Keys))}");
                }

                continue;
            }

            var bands = questionnaire.Value.Bands.Select(b => b.Severity).ToList();
            foreach (var band in care.Support.Keys)
            {
                if (!bands.Contains(band, StringComparer.Ordinal))
                {
                    pack.Problems.AddAtKey(manifest, JsonPointer.Append(at + "/support", band), $"care.questionnaires.{id}.support names band '{band}', which is not a band of {id}{Suggestions.DidYouMean(band, bands, Suggestions.Known(bands))}");
                }
            }

            if (care.OnDeterioration?.Message is { } key && !IsKnownKey(pack, key))
            {
                pack.Problems.AddAt(manifest, at + "/on_deterioration/message", $"care.questionnaires.{id}.on_deterioration.message '{key}' is not a message of the pack or of the kit");
            }
        }
    }

    private static bool IsKnownKey(PackCheck pack, string key) =>
        CareService.BuiltInMessageKeys.Contains(key, StringComparer.Ordinal) || pack.Messages.Values.Any(m => m.Value.Messages.ContainsKey(key));
}
