using WellbeingKit.Channels.Sms;

namespace WellbeingKit.Samples.Humanitarian;

/// <summary>The sample's user ids for phone numbers: keyed pseudonyms of the number's digits (the number itself is never stored).</summary>
internal sealed class SmsUserIds(KeyedPseudonyms pseudonyms) : ISmsUserIds
{
    public ValueTask<string> UserIdAsync(string phoneNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phoneNumber);
        var digits = new string([.. phoneNumber.Where(char.IsAsciiDigit)]);
        if (phoneNumber.TrimStart().StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        return pseudonyms.OfAsync("sms", digits, cancellationToken);
    }
}
