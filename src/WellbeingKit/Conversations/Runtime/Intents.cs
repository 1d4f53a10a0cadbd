using WellbeingKit.Safety;
using WellbeingKit.Text;

namespace WellbeingKit.Conversations.Runtime;

/// <summary>
/// Recognises the kit-level intents in what the user typed. The phrases are messages (<c>intent.help</c>,
/// <c>intent.person</c>, <c>intent.stop</c>, <c>intent.safety_plan</c>): the pack's phrases in the user's locale, the
/// kit's built-in ones in that locale and in English (so "help" always works). A phrase written <c>=phrase</c> counts
/// only as the whole message; others count wherever they occur as whole words. The longest phrase wins.
/// </summary>
internal static class Intents
{
    /// <summary>The quick-reply value that shows the helplines.</summary>
    public const string HelpValue = "help";

    /// <summary>The quick-reply value that shows the safety plan.</summary>
    public const string SafetyPlanValue = "safety-plan";

    /// <summary>The quick-reply value that starts the flow that builds or changes the safety plan.</summary>
    public const string SafetyPlanEditValue = "safety-plan-edit";

    /// <summary>The quick-reply value that stops.</summary>
    public const string StopValue = "stop";

    private static readonly (KitIntent Intent, string Key, string Value)[] All =
    [
        (KitIntent.Person, MessageKeys.IntentPerson, BuiltInFlows.HandoffValue),
        (KitIntent.Help, MessageKeys.IntentHelp, HelpValue),
        (KitIntent.Stop, MessageKeys.IntentStop, StopValue),
        (KitIntent.SafetyPlan, MessageKeys.IntentSafetyPlan, SafetyPlanValue),
    ];

    /// <summary>The intent of <paramref name="input"/>.</summary>
    /// <param name="turn">The turn (pack and locale).</param>
    /// <param name="input">What the user typed.</param>
    /// <param name="wholeMessageOnly">True where free text is expected (a journal note): only a whole-message phrase counts.</param>
    /// <returns>The intent, or <see cref="KitIntent.None"/>.</returns>
    public static KitIntent Of(Turn turn, string input, bool wholeMessageOnly = false)
    {
        if (TextMatch.Same(input, SafetyPlanEditValue))
        {
            return KitIntent.SafetyPlan;
        }

        var best = KitIntent.None;
        var bestLength = 0;
        foreach (var (intent, key, value) in All)
        {
            if (TextMatch.Same(input, value))
            {
                return intent;
            }

            var length = TextMatch.LongestMatch(input, Phrases(turn, key), wholeMessageOnly);
            if (length > bestLength)
            {
                best = intent;
                bestLength = length;
            }
        }

        return best;
    }

    /// <summary>The phrases of a phrase-list message: the pack's in the user's locale, then the built-in ones in it and in English.</summary>
    public static IEnumerable<string> Phrases(Turn turn, string key)
    {
        var pack = turn.Pack.GetMessage(key, turn.Locale);
        var builtIn = BuiltInTexts.Get(key, turn.Locale);
        var english = BuiltInTexts.Get(key, "en");
        return TextMatch.Phrases(pack)
            .Concat(TextMatch.Phrases(builtIn))
            .Concat(ReferenceEquals(english, builtIn) ? [] : TextMatch.Phrases(english));
    }
}
