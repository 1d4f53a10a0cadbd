namespace WellbeingKit.Content.Yaml;

/// <summary>
/// Every helpline of the default pack says where its number comes from (a web address in <c>source:</c>) and when it
/// was last checked (<c>checked:</c>), so that <c>wellbeing content helplines --stale 12m</c> can list what is due.
/// A pack of your own may leave <c>checked:</c> out (the stale list then shows the entry as never checked).
/// </summary>
internal sealed class HelplineProvenanceRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        if (pack.StandsOnDefaultPack)
        {
            return;
        }

        foreach (var file in pack.Sources.Helplines)
        {
            for (var i = 0; i < file.Value.Count; i++)
            {
                var helpline = file.Value[i];
                var at = JsonPointer.Append("/helplines", i);
                if (string.IsNullOrWhiteSpace(helpline.Checked))
                {
                    pack.Problems.AddAtKey(file, at, $"helpline '{helpline.Name}' of the default pack has no 'checked:' date: check the number against its source and add 'checked: yyyy-MM-dd'");
                }

                if (!helpline.Source.Contains("https://", StringComparison.Ordinal) && !helpline.Source.Contains("http://", StringComparison.Ordinal))
                {
                    pack.Problems.AddAt(file, at + "/source", $"source of helpline '{helpline.Name}' of the default pack names no web address: give the address of the page that states the number");
                }
            }
        }
    }
}
