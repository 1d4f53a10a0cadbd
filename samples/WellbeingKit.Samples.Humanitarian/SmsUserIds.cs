using WellbeingKit.Channels.Sms;

namespace WellbeingKit.Samples.Humanitarian;

/// <summary>
/// The sample's user ids for phone numbers: keyed pseudonyms of the number's digits. The number itself is kept only
/// encrypted, for check-ins (<see cref="SmsCheckIns"/>), and erased with the person's data.
/// </summary>
internal sealed class SmsUserIds(KeyedPseudonyms pseudonyms, SmsCheckIns checkIns) : ISmsUserIds
{
    public async ValueTask<string> UserIdAsync(string phoneNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phoneNumber);
        var digits = new string([.. phoneNumber.Where(char.IsAsciiDigit)]);
        if (phoneNumber.TrimStart().StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        var userId = await pseudonyms.OfAsync("sms", digits, cancellationToken);
        await checkIns.RememberAsync(userId, phoneNumber, cancellationToken);
        return userId;
    }
}
