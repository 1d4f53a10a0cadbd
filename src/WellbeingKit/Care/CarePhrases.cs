using WellbeingKit.Content;
using WellbeingKit.Text;

namespace WellbeingKit.Care;

/// <summary>
/// Recognises what a user typed to steer care ("stop check-ins", "pause check-ins", "my progress"...), in every pack
/// locale: the phrases come from the pack's messages (<see cref="CareTexts"/> keys ending in <c>.match</c>) and fall back
/// to the built-in ones. The longest phrase found wins, as everywhere else in the kit.
/// </summary>
internal static class CarePhrases
{
    private static readonly (CareCommand Command, string Key)[] Commands =
    [
        (CareCommand.StopCheckIns, CareTexts.StopMatch),
        (CareCommand.PauseCheckIns, CareTexts.PauseMatch),
        (CareCommand.StartCheckIns, CareTexts.StartMatch),
        (CareCommand.ShowInsights, CareTexts.InsightsMatch),
        (CareCommand.AskForPeer, CareTexts.PeerMatch),
        (CareCommand.RevokeConsent, CareTexts.RevokeMatch),
    ];

    /// <summary>The command <paramref name="text"/> asks for, or <see cref="CareCommand.None"/>.</summary>
    /// <param name="pack">The content pack, or null.</param>
    /// <param name="locale">The user's locale.</param>
    /// <param name="text">What the user typed.</param>
    /// <returns>The command whose phrase is the longest found.</returns>
    public static CareCommand Match(ContentPack? pack, string locale, string text)
    {
        var best = (Command: CareCommand.None, Length: 0);
        foreach (var (command, key) in Commands)
        {
            var length = TextMatch.LongestMatch(text, Phrases(pack, key, locale));
            if (length > best.Length)
            {
                best = (command, length);
            }
        }

        return best.Command;
    }

    /// <summary>True when <paramref name="text"/> contains one of the phrases of message <paramref name="key"/>.</summary>
    public static int Length(ContentPack? pack, string locale, string key, string text) =>
        TextMatch.LongestMatch(text, Phrases(pack, key, locale));

    /// <summary>The phrases of <paramref name="key"/> in <paramref name="locale"/> (the pack's, else the built-in ones).</summary>
    public static IReadOnlyList<string> Phrases(ContentPack? pack, string key, string locale) =>
        TextMatch.Phrases(pack?.GetMessage(key, locale) ?? CareTexts.BuiltIn(key, locale));
}
