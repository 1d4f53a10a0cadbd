using System.Text.RegularExpressions;

namespace WellbeingKit.Privacy;

/// <summary>Scrubs e-mail addresses, phone numbers and listed names from text. Thread-safe.</summary>
internal sealed partial class PiiRedactor
{
    /// <summary>What replaces an e-mail address.</summary>
    public const string EmailMarker = "[email]";

    /// <summary>What replaces a phone number.</summary>
    public const string PhoneMarker = "[phone]";

    /// <summary>What replaces a listed name.</summary>
    public const string NameMarker = "[name]";

    private readonly bool _emails;
    private readonly bool _phones;
    private readonly Regex? _names;

    /// <summary>Creates a redactor.</summary>
    /// <param name="options">What to scrub.</param>
    public PiiRedactor(LogRedactionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _emails = options.RedactEmails;
        _phones = options.RedactPhoneNumbers;
        var names = new List<string>();
        for (var i = 0; i < options.Names.Count; i++)
        {
            var name = options.Names[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"LogRedactionOptions.Names[{i}] is empty: list only the names to scrub.", nameof(options));
            }

            names.Add(Regex.Escape(name.Trim()));
        }

        if (names.Count > 0)
        {
            // Longest first, so "Ann Lee" wins over "Ann".
            var pattern = @"(?<!\w)(?:" + string.Join('|', names.OrderByDescending(n => n.Length)) + @")(?!\w)";
            _names = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Returns <paramref name="text"/> with e-mail addresses, phone numbers and listed names replaced by markers.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The scrubbed text.</returns>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_emails)
        {
            text = EmailPattern().Replace(text, EmailMarker);
        }

        if (_phones)
        {
            text = PhonePattern().Replace(text, static m => LooksLikePhone(m.Value) ? PhoneMarker : m.Value);
        }

        if (_names is not null)
        {
            text = _names.Replace(text, NameMarker);
        }

        return text;
    }

    private static bool LooksLikePhone(string candidate)
    {
        var digits = candidate.Count(char.IsAsciiDigit);
        if (candidate.StartsWith('+'))
        {
            return digits is >= 8 and <= 15;
        }

        // Not an ISO date (2026-11-26) or a time stamp's date part.
        return digits is >= 9 and <= 15 && !DatePattern().IsMatch(candidate);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,5}(?![\w])|\+\d{8,15}(?!\w)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DatePattern();
}
