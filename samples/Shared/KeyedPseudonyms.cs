using System.Security.Cryptography;
using System.Text;
using WellbeingKit.Privacy;

namespace WellbeingKit.Samples;

/// <summary>
/// Keyed pseudonyms: the id the kit stores for a person is an HMAC-SHA256 of their real id (employee id, phone number) under a
/// key derived (HKDF) from the key provider's key and a secret pepper from configuration. The database alone names no one, and
/// with the database and the key file but not the pepper, nobody can test a guess ("is +4477... in here?"). Hosts translate at
/// the boundary: a request's real id becomes its pseudonym before the kit sees it, so export and erase work by the real id.
/// </summary>
internal sealed class KeyedPseudonyms(IKeyProvider keys, IConfiguration configuration) : IHostedService
{
    /// <summary>The configuration key of the pepper.</summary>
    public const string PepperSetting = "Privacy:Pepper";

    /// <summary>The pepper used in Development when none is set (never outside Development: the host refuses to start).</summary>
    public const string DevelopmentPepper = "development-only-pepper";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    /// <summary>
    /// Refuses to build a host without a secret pepper outside Development: with a known pepper, anyone holding the database
    /// and key file could compute the pseudonym of any phone number or employee id.
    /// </summary>
    public static void RequirePepper(WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[PepperSetting]))
        {
            if (!builder.Environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"{PepperSetting} is not set. Outside Development the sample refuses to start without a secret pepper (at least 32 random characters, " +
                    "kept out of the data folder: an environment variable Privacy__Pepper or a secret store): without it, user ids could be computed from phone numbers or employee ids.");
            }

            builder.Configuration[PepperSetting] = DevelopmentPepper;
        }
        else if (builder.Configuration[PepperSetting]!.Length < 16)
        {
            throw new InvalidOperationException($"{PepperSetting} is shorter than 16 characters: use at least 32 random characters.");
        }
    }

    /// <summary>The pseudonym of <paramref name="realId"/>, prefixed by <paramref name="kind"/> (for example <c>sms</c>).</summary>
    public async ValueTask<string> OfAsync(string kind, string realId, CancellationToken cancellationToken)
    {
        if (_key is null)
        {
            await DeriveAsync(cancellationToken);
        }

        return Of(kind, realId);
    }

    /// <summary>
    /// The pseudonym of <paramref name="realId"/> without waiting: the key is derived when the host starts (this class is a
    /// hosted service), so endpoint resolvers, which are synchronous, can use it.
    /// </summary>
    public string Of(string kind, string realId)
    {
        var key = _key ?? throw new InvalidOperationException("The pseudonym key is derived when the host starts; it has not started.");
        return kind + "-" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(kind + ":" + realId)))[..32];
    }

    /// <summary>Derives the key at start-up (a missing key provider or pepper stops the host here, not at the first message).</summary>
    public async Task StartAsync(CancellationToken cancellationToken) => await DeriveAsync(cancellationToken);

    /// <summary>Nothing to stop.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async ValueTask<byte[]> DeriveAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_key is null)
            {
                // Pin Privacy:PseudonymKeyId before rotating keys: the pseudonyms come from this key and must not change.
                var pinned = configuration["Privacy:PseudonymKeyId"];
                var material = (pinned is null ? null : await keys.GetKeyAsync(pinned, cancellationToken))
                    ?? await keys.GetCurrentKeyAsync(cancellationToken);
                var pepper = configuration[PepperSetting] ?? throw new InvalidOperationException($"{PepperSetting} is not set.");
                _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, material.Material.ToArray(), 32, Encoding.UTF8.GetBytes(pepper), "wellbeingkit-sample-pseudonyms-v1"u8.ToArray());
            }

            return _key;
        }
        finally
        {
            _gate.Release();
        }
    }
}
