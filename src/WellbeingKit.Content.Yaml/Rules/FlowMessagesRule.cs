namespace WellbeingKit.Content.Yaml;

/// <summary>
/// Every message key a flow uses (title, <c>say:</c>, option labels and <c>match:</c> phrases) is in each locale's
/// messages file (a partial locale may leave out those of flows other than the safety flows), and triggers are given
/// only for the pack's locales. A key no file has is one problem, with the closest key.
/// </summary>
internal sealed class FlowMessagesRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        foreach (var located in pack.Flows.Values)
        {
            Check(pack, located);
        }
    }

    private static void Check(PackCheck pack, Located<FlowDefinition> located)
    {
        var flow = located.Value;
        var locales = pack.Locales;
        var messages = pack.Messages;
        Key(pack, located, "/title", flow.Title);
        foreach (var locale in flow.Triggers.Keys.Where(l => !locales.Contains(l, StringComparer.OrdinalIgnoreCase)))
        {
            pack.Problems.AddAtKey(located, JsonPointer.Append("/triggers", locale), $"triggers for '{locale}', which is not one of the pack's locales ({string.Join(", ", locales)})");
        }

        foreach (var (name, state) in flow.States)
        {
            var at = JsonPointer.Append("/states", name);
            for (var i = 0; i < state.Options.Count; i++)
            {
                Key(pack, located, JsonPointer.Append(at + "/options", i) + "/label", state.Options[i].Label);
                if (state.Options[i].Match is { } match)
                {
                    // Phrase lists the kit has built in (safety.match.*, in en/es/fr/ar, English elsewhere) need no copy in the pack.
                    foreach (var locale in locales.Where(l => messages.TryGetValue(l, out var file) && !file.Value.Messages.ContainsKey(match) && !WellbeingKit.Safety.BuiltInTexts.Keys.Contains(match) && !FallsBack(pack, flow, l)))
                    {
                        pack.Problems.AddAt(located, JsonPointer.Append(at + "/options", i) + "/match", $"message key '{match}' is missing in {messages[locale].Path} (the phrases that choose this option in '{locale}')");
                    }
                }
            }

            for (var i = 0; i < state.Say.Count; i++)
            {
                Key(pack, located, JsonPointer.Append(at + "/say", i), state.Say[i]);
            }
        }
    }

    /// <summary>True when a partial locale may show its fallback's text for this flow: never for a safety flow.</summary>
    private static bool FallsBack(PackCheck pack, FlowDefinition flow, string locale) =>
        pack.FallbackOf(locale) is not null && !pack.IsSafetyFlow(flow.Id);

    private static void Key(PackCheck pack, Located<FlowDefinition> located, string pointer, string? key)
    {
        if (key is null)
        {
            return;
        }

        var flow = located.Value;
        var files = pack.Locales.Select(l => pack.Messages.GetValueOrDefault(l)).OfType<Located<MessagesFile>>().ToList();
        if (files.Count > 1 && files.All(f => !f.Value.Messages.ContainsKey(key)))
        {
            // One typo, one problem: a key no messages file has is reported once, with the closest key.
            var known = files.SelectMany(f => f.Value.Messages.Keys).Distinct(StringComparer.Ordinal);
            pack.Problems.AddAt(located, pointer, $"message key '{key}' is in no messages file{Suggestions.DidYouMean(key, known, $" ({string.Join(", ", files.Select(f => f.Path))}); add it to each")}");
            return;
        }

        var isSafety = pack.IsSafetyFlow(flow.Id);
        foreach (var locale in pack.Locales)
        {
            if (pack.Messages.TryGetValue(locale, out var file) && !file.Value.Messages.ContainsKey(key) && !FallsBack(pack, flow, locale))
            {
                pack.Problems.AddAt(located, pointer, isSafety
                    ? $"message key '{key}' is missing in {file.Path}; locale '{locale}' needs every message of the safety flow '{flow.Id}'{(pack.FallbackOf(locale) is { } fallback ? $" (safety texts never fall back to '{fallback}')" : "")}"
                    : $"message key '{key}' is missing in {file.Path}");
            }
        }
    }
}
