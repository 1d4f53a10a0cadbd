using System.Globalization;

namespace WellbeingKit.Risk.Lexicon;

/// <summary>
/// The inflection syntax of lexicon phrases (<c>&lt;verb&gt;</c>, <c>&lt;verb:tags&gt;</c>, <c>&lt;verb+pronoun&gt;</c> and
/// <c>(a|b|)</c> groups), expanded exactly as the kit expands it when it compiles a lexicon: for authors who want to see
/// every form a phrase matches (<c>wellbeing content lexicon expand</c>), and for a pack validator that reports a phrase
/// the kit could not compile.
/// </summary>
public static class LexiconPhraseForms
{
    /// <summary>True when <paramref name="phrase"/> uses the inflection syntax (a plain phrase is matched as written).</summary>
    /// <param name="phrase">A lexicon phrase.</param>
    /// <returns>Whether it has markers or groups to expand.</returns>
    public static bool HasSyntax(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return PhraseForms.HasSyntax(phrase);
    }

    /// <summary>Every form <paramref name="phrase"/> stands for in <paramref name="language"/>.</summary>
    /// <param name="phrase">A lexicon phrase.</param>
    /// <param name="language">The language of the lexicon (<c>en</c>, <c>es</c>, <c>fr</c>...).</param>
    /// <returns>The forms, in order.</returns>
    /// <exception cref="FormatException">The syntax is wrong; the message starts with <c>at character N:</c> (1-based).</exception>
    public static IReadOnlyList<string> Expand(string phrase, string language)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(language);
        try
        {
            return PhraseForms.Expand(phrase, language);
        }
        catch (PhraseSyntaxException e)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"at character {e.Index + 1}: {e.Message}"), e);
        }
    }
}
