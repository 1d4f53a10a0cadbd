namespace WellbeingKit.Risk.Lexicon;

/// <summary>Receives the matches of <see cref="PhraseAutomaton.Scan{TSink}"/>.</summary>
internal interface IMatchSink
{
    /// <summary>A phrase reporting <paramref name="value"/> ends at <paramref name="end"/> (inclusive).</summary>
    /// <param name="end">The position of the phrase's last character.</param>
    /// <param name="value">The phrase's value.</param>
    void OnMatch(int end, int value);
}
