using System.Security.Cryptography;
using System.Text;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>
/// What a log line says instead of a user id: a keyed hash (HMAC-SHA-256 under a random key made when the process starts,
/// first 12 hex digits). Lines about one user can be correlated within a process; the id cannot be read back or guessed by
/// hashing candidate ids, and the hash changes at every restart. User ids themselves never go into logs.
/// </summary>
internal static class UserIdHash
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    /// <summary>The keyed hash of <paramref name="userId"/>, for example <c>u:3f9a0c17b2de</c>.</summary>
    /// <param name="userId">The user id.</param>
    /// <returns>A short, non-reversible tag.</returns>
    public static string Of(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(userId), hash);
        return "u:" + Convert.ToHexStringLower(hash[..6]);
    }
}
