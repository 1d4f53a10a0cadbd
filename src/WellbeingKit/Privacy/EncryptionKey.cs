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
