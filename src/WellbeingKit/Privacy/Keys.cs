namespace WellbeingKit.Privacy;

/// <summary>A symmetric key for encryption at rest.</summary>
public sealed class EncryptionKey
{
    private readonly byte[] _material;

    /// <summary>Creates a key.</summary>
    /// <param name="id">A stable identifier stored beside every ciphertext, so old data can be read after rotation.</param>
    /// <param name="material">The key bytes (32 bytes for AES-256-GCM).</param>
    public EncryptionKey(string id, ReadOnlySpan<byte> material)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (material.Length != 32)
        {
            throw new ArgumentException("An encryption key must be 32 bytes (AES-256).", nameof(material));
        }

        Id = id;
        _material = material.ToArray();
    }

    /// <summary>The key's identifier.</summary>
    public string Id { get; }

    /// <summary>The key bytes.</summary>
    public ReadOnlySpan<byte> Material => _material;
}

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
