namespace WellbeingKit.Privacy;

/// <summary>Supplies encryption keys. The default keeps them in a key file with owner-only permissions; plug in a KMS or vault.</summary>
public interface IKeyProvider
{
    /// <summary>The key to encrypt new data with.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The current key.</returns>
    ValueTask<EncryptionKey> GetCurrentKeyAsync(CancellationToken cancellationToken = default);

    /// <summary>A key by id, to decrypt data written under it.</summary>
    /// <param name="keyId">The key's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key, or null when it is unknown.</returns>
    ValueTask<EncryptionKey?> GetKeyAsync(string keyId, CancellationToken cancellationToken = default);
}
