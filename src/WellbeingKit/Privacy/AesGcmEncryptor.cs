using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace WellbeingKit.Privacy;

/// <summary>
/// Encrypts free text at rest with AES-256-GCM under the keys of an <see cref="IKeyProvider"/>.
/// Each ciphertext carries a format byte, the id of the key it was written under, a 12-byte random nonce and the
/// 16-byte tag; the user's id (and the key id) are authenticated as associated data, so a ciphertext copied to another
/// user's row does not decrypt. Thread-safe.
/// </summary>
public sealed class AesGcmEncryptor
{
    /// <summary>The size of the random nonce, in bytes.</summary>
    public const int NonceSize = 12;

    /// <summary>The size of the authentication tag, in bytes.</summary>
    public const int TagSize = 16;

    private const byte FormatVersion = 1;
    private readonly IKeyProvider _keys;

    /// <summary>Creates an encryptor.</summary>
    /// <param name="keys">Where the keys come from.</param>
    public AesGcmEncryptor(IKeyProvider keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = keys;
    }

    /// <summary>Encrypts <paramref name="plaintext"/> for <paramref name="userId"/> under the current key.</summary>
    /// <param name="plaintext">The text.</param>
    /// <param name="userId">The user the text belongs to (authenticated, not stored in the ciphertext).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ciphertext, with its key id.</returns>
    public async ValueTask<byte[]> EncryptAsync(string plaintext, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        return await EncryptAsync(Encoding.UTF8.GetBytes(plaintext), userId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Encrypts bytes for <paramref name="userId"/> under the current key.</summary>
    /// <param name="plaintext">The bytes.</param>
    /// <param name="userId">The user the bytes belong to.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ciphertext, with its key id.</returns>
    public async ValueTask<byte[]> EncryptAsync(ReadOnlyMemory<byte> plaintext, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var key = await _keys.GetCurrentKeyAsync(cancellationToken).ConfigureAwait(false);
        var keyId = Encoding.UTF8.GetBytes(key.Id);
        if (keyId.Length > byte.MaxValue)
        {
            throw new InvalidOperationException($"Key id '{key.Id}' is longer than 255 UTF-8 bytes.");
        }

        var headerLength = 2 + keyId.Length;
        var output = new byte[headerLength + NonceSize + TagSize + plaintext.Length];
        output[0] = FormatVersion;
        output[1] = (byte)keyId.Length;
        keyId.CopyTo(output, 2);
        var nonce = output.AsSpan(headerLength, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var tag = output.AsSpan(headerLength + NonceSize, TagSize);
        var cipher = output.AsSpan(headerLength + NonceSize + TagSize);
        var associated = AssociatedData(output.AsSpan(0, headerLength), userId);
        using var aes = new AesGcm(key.Material, TagSize);
        aes.Encrypt(nonce, plaintext.Span, cipher, tag, associated);
        return output;
    }

    /// <summary>Decrypts a ciphertext written by <see cref="EncryptAsync(string, string, CancellationToken)"/> for the same user.</summary>
    /// <param name="ciphertext">The ciphertext.</param>
    /// <param name="userId">The user it was written for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The text.</returns>
    /// <exception cref="CryptographicException">The data was tampered with, belongs to another user, or the key is wrong.</exception>
    public async ValueTask<string> DecryptStringAsync(byte[] ciphertext, string userId, CancellationToken cancellationToken = default)
        => Encoding.UTF8.GetString(await DecryptAsync(ciphertext, userId, cancellationToken).ConfigureAwait(false));

    /// <summary>Decrypts a ciphertext written for the same user.</summary>
    /// <param name="ciphertext">The ciphertext.</param>
    /// <param name="userId">The user it was written for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The plaintext bytes.</returns>
    /// <exception cref="CryptographicException">The data was tampered with, belongs to another user, or the key is wrong.</exception>
    public async ValueTask<byte[]> DecryptAsync(byte[] ciphertext, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var keyId = ReadKeyId(ciphertext);
        var key = await _keys.GetKeyAsync(keyId, cancellationToken).ConfigureAwait(false)
            ?? throw new CryptographicException($"Cannot decrypt stored data: key '{keyId}' is not known to {DescribeKeys(_keys)} (was the key file replaced or moved?).");
        var headerLength = 2 + ciphertext[1];
        var nonce = ciphertext.AsSpan(headerLength, NonceSize);
        var tag = ciphertext.AsSpan(headerLength + NonceSize, TagSize);
        var cipher = ciphertext.AsSpan(headerLength + NonceSize + TagSize);
        var plaintext = new byte[cipher.Length];
        var associated = AssociatedData(ciphertext.AsSpan(0, headerLength), userId);
        using var aes = new AesGcm(key.Material, TagSize);
        try
        {
            aes.Decrypt(nonce, cipher, tag, plaintext, associated);
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new CryptographicException($"Cannot decrypt stored data under key '{keyId}': the data was altered, belongs to another user, or the key is wrong.", ex);
        }

        return plaintext;
    }

    /// <summary>The id of the key new data is encrypted with.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The current key's id.</returns>
    public async ValueTask<string> CurrentKeyIdAsync(CancellationToken cancellationToken = default)
        => (await _keys.GetCurrentKeyAsync(cancellationToken).ConfigureAwait(false)).Id;

    /// <summary>The key ids of <paramref name="keyIds"/> that the key provider does not have (without creating any key).</summary>
    /// <param name="keyIds">The key ids stored data was written under.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The unknown ids, in the order given.</returns>
    public async ValueTask<IReadOnlyList<string>> UnknownKeysAsync(IEnumerable<string> keyIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyIds);
        var unknown = new List<string>();
        foreach (var id in keyIds)
        {
            if (await _keys.GetKeyAsync(id, cancellationToken).ConfigureAwait(false) is null)
            {
                unknown.Add(id);
            }
        }

        return unknown;
    }

    /// <summary>Where the keys come from, for error messages: the key file of a <see cref="FileKeyProvider"/>, else the provider's type.</summary>
    /// <returns>For example <c>the key file '/data/wellbeing.db.keys'</c>.</returns>
    public string DescribeKeys() => DescribeKeys(_keys);

    private static string DescribeKeys(IKeyProvider keys) => keys is FileKeyProvider file
        ? File.Exists(file.Path) ? $"the key file '{file.Path}'" : $"the key file '{file.Path}' (which does not exist)"
        : $"the key provider {keys.GetType().Name}";

    /// <summary>Reads the id of the key a ciphertext was written under.</summary>
    /// <param name="ciphertext">The ciphertext.</param>
    /// <returns>The key id.</returns>
    /// <exception cref="CryptographicException">The bytes are not a ciphertext of this format.</exception>
    public static string ReadKeyId(ReadOnlySpan<byte> ciphertext)
    {
        if (ciphertext.Length < 2 || ciphertext[0] != FormatVersion || ciphertext[1] == 0
            || ciphertext.Length < 2 + ciphertext[1] + NonceSize + TagSize)
        {
            throw new CryptographicException("The stored value is not a WellbeingKit AES-GCM ciphertext (unknown format or truncated).");
        }

        return Encoding.UTF8.GetString(ciphertext.Slice(2, ciphertext[1]));
    }

    private static byte[] AssociatedData(ReadOnlySpan<byte> header, string userId)
    {
        var user = Encoding.UTF8.GetBytes(userId);
        var data = new byte[4 + header.Length + user.Length];
        BinaryPrimitives.WriteInt32BigEndian(data, header.Length);
        header.CopyTo(data.AsSpan(4));
        user.CopyTo(data.AsSpan(4 + header.Length));
        return data;
    }
}
