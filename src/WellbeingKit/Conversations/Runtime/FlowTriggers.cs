using WellbeingKit.Content;
using WellbeingKit.Text;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>Which flow the user's text starts: the flow whose trigger phrase (in the user's locale or language) is the longest found in it.</summary>
internal static class FlowTriggers
{
    /// <summary>The triggered flow, or null.</summary>
    public static FlowDefinition? Match(Turn turn)
    {
        var language = Content.Locales.Language(turn.Locale);
        FlowDefinition? best = null;
        var bestLength = 0;
        string? text = null;
        foreach (var flow in turn.Pack.Flows.Values.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            var phrases = flow.Triggers.GetValueOrDefault(turn.Locale) ?? flow.Triggers.GetValueOrDefault(language) ?? [];
            foreach (var phrase in phrases)
            {
                if (phrase.Length > bestLength && TextMatch.ContainsNormalizedPhrase(text ??= TextMatch.Pad(turn.Text), phrase))
                {
                    best = flow;
                    bestLength = phrase.Length;
                }
            }
        }

        return best;
    }
}
