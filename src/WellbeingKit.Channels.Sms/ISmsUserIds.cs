namespace WellbeingKit.Channels.Sms;

/// <summary>Turns a phone number into the kit's user id. Use a keyed pseudonym so the store never holds a number.</summary>
public interface ISmsUserIds
{
    /// <summary>The user id of a phone number.</summary>
    /// <param name="phoneNumber">The number as the gateway gave it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A stable id that does not reveal the number.</returns>
    ValueTask<string> UserIdAsync(string phoneNumber, CancellationToken cancellationToken);
}
