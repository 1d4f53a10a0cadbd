using System.Text;

namespace WellbeingKit.Content;

/// <summary>Fills <c>{name}</c> placeholders in content text: one pass, so a value is never read as a placeholder itself.</summary>
internal static class Placeholders
{
    /// <summary>
    /// Replaces every <c>{name}</c> that <paramref name="resolve"/> knows with its value; unknown placeholders stay as
    /// written. Text without a brace comes back as the same instance, without allocating.
    /// </summary>
    /// <typeparam name="TState">What the resolver reads.</typeparam>
    /// <param name="text">The content text.</param>
    /// <param name="state">Passed to <paramref name="resolve"/>.</param>
    /// <param name="resolve">The value of a placeholder name, or null when it has none.</param>
    /// <returns>The filled text.</returns>
    public static string Fill<TState>(string text, TState state, Func<string, TState, string?> resolve)
    {
        var open = text.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 32);
        var copied = 0;
        while (open >= 0)
        {
            var close = text.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }

            var next = open + 1;
            var name = text[(open + 1)..close];
            if (name.Length > 0 && !name.Contains('{', StringComparison.Ordinal) && resolve(name, state) is { } value)
            {
                builder.Append(text, copied, open - copied).Append(value);
                copied = close + 1;
                next = close + 1;
            }

            open = next < text.Length ? text.IndexOf('{', next) : -1;
        }

        return builder.Append(text, copied, text.Length - copied).ToString();
    }
}
