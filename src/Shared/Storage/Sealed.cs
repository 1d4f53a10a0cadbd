using WellbeingKit.Privacy;

namespace WellbeingKit.Storage;

/// <summary>An encrypted column value with the key it was written under.</summary>
internal readonly record struct Sealed(string KeyId, byte[] Data)
{
    public static async ValueTask<Sealed> SealAsync(AesGcmEncryptor encryptor, string text, string userId, CancellationToken cancellationToken)
    {
        var data = await encryptor.EncryptAsync(text, userId, cancellationToken).ConfigureAwait(false);
        return new Sealed(AesGcmEncryptor.ReadKeyId(data), data);
    }

    public static async ValueTask<Sealed> SealAsync(AesGcmEncryptor encryptor, byte[] bytes, string userId, CancellationToken cancellationToken)
    {
        var data = await encryptor.EncryptAsync(bytes, userId, cancellationToken).ConfigureAwait(false);
        return new Sealed(AesGcmEncryptor.ReadKeyId(data), data);
    }
}
