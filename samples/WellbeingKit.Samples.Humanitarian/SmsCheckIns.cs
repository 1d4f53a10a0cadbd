using System.Globalization;
using System.Text;
using WellbeingKit.Care;
using WellbeingKit.Channels.Sms;
using WellbeingKit.Privacy;
using WellbeingKit.UserData;

namespace WellbeingKit.Samples.Humanitarian;

/// <summary>
/// The SMS sample's check-in delivery. The kit's <see cref="CheckInScheduler"/> names the person only by their pseudonymous
/// id, so the number a person texts from is kept in <c>numbers.db</c>, encrypted with the kit's key
/// (<see cref="AesGcmEncryptor"/>, bound to the user id; never in plain text, never logged), and erased with the person's
/// data. A check-in is sent as one SMS through the sample's <see cref="ISmsSender"/> with the kit's dedupe key as
/// <see cref="OutboundSms.InReplyTo"/>; a key already sent is not sent again, and nothing goes to a number on the
/// opt-out (STOP) list.
/// </summary>
internal sealed partial class SmsCheckIns : IOutboundChannel
{
    private readonly string _connectionString;
    private readonly AesGcmEncryptor _encryptor;
    private readonly ISmsChannelStore _store;
    private readonly ISmsSender _sender;
    private readonly string _gateway;
    private readonly string? _from;
    private readonly TimeProvider _time;
    private readonly ILogger<SmsCheckIns> _logger;

    public SmsCheckIns(string path, AesGcmEncryptor encryptor, ISmsChannelStore store, ISmsSender sender, string gateway, string? from, TimeProvider time, ILogger<SmsCheckIns> logger)
    {
        _connectionString = SampleSqlite.Create(path, """
            CREATE TABLE IF NOT EXISTS numbers (user_id TEXT PRIMARY KEY, number BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS sent (dedupe_key TEXT PRIMARY KEY, user_id TEXT NOT NULL, at INTEGER NOT NULL);
            """);
        _encryptor = encryptor;
        _store = store;
        _sender = sender;
        _gateway = gateway;
        _from = from;
        _time = time;
        _logger = logger;
    }

    /// <summary>Keeps <paramref name="number"/> (encrypted) for <paramref name="userId"/>, for check-ins they ask for.</summary>
    public async ValueTask RememberAsync(string userId, string number, CancellationToken cancellationToken)
    {
        var sealedNumber = await _encryptor.EncryptAsync(number, userId, cancellationToken);
        using var connection = SampleSqlite.Open(_connectionString);
        SampleSqlite.Execute(connection, "INSERT INTO numbers (user_id, number) VALUES ($u, $n) ON CONFLICT (user_id) DO UPDATE SET number = $n",
            ("$u", userId), ("$n", sealedNumber));
    }

    public async Task SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await _store.IsSuppressedAsync(message.UserId, cancellationToken))
        {
            LogNotSent(_logger, "the person opted out (STOP)");
            return;
        }

        byte[]? sealedNumber;
        using (var connection = SampleSqlite.Open(_connectionString))
        {
            if (SampleSqlite.Scalar(connection, "SELECT 1 FROM sent WHERE dedupe_key = $k", ("$k", message.DedupeKey)) is not null)
            {
                return;                                                                 // sent before a host died mid-save: once is enough
            }

            sealedNumber = SampleSqlite.Scalar(connection, "SELECT number FROM numbers WHERE user_id = $u", ("$u", message.UserId)) as byte[];
        }

        if (sealedNumber is null)
        {
            LogNotSent(_logger, "no number is kept for the person");
            return;
        }

        var number = await _encryptor.DecryptStringAsync(sealedNumber, message.UserId, cancellationToken);
        var text = new StringBuilder(string.Join("\n", message.Messages.Select(m => m.Text)));
        for (var i = 0; i < message.QuickReplies.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{i + 1} {message.QuickReplies[i].Label}");
        }

        var body = text.ToString();
        await _store.SetPendingAsync(message.UserId, [.. message.QuickReplies.Select(q => q.Value)], null, cancellationToken);   // "1" answers the first option
        await _sender.SendAsync(new OutboundSms(number, _from, _gateway, body, SmsSegmenter.PartCount(body), SmsSegmenter.EncodingOf(body), message.DedupeKey), cancellationToken);
        using (var connection = SampleSqlite.Open(_connectionString))
        {
            SampleSqlite.Execute(connection, "INSERT OR IGNORE INTO sent (dedupe_key, user_id, at) VALUES ($k, $u, $a)",
                ("$k", message.DedupeKey), ("$u", message.UserId), ("$a", _time.GetUtcNow().ToUnixTimeMilliseconds()));
        }
    }

    /// <summary>Forgets the number and the check-ins sent to <paramref name="userId"/>.</summary>
    public void Erase(string userId)
    {
        using var connection = SampleSqlite.Open(_connectionString);
        SampleSqlite.Execute(connection, "DELETE FROM numbers WHERE user_id = $u; DELETE FROM sent WHERE user_id = $u", ("$u", userId));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in not sent: {Reason}.")]
    private static partial void LogNotSent(ILogger logger, string reason);
}
