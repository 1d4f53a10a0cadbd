using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WellbeingKit.Privacy;

/// <summary>
/// The default <see cref="IKeyProvider"/>: a key ring in a JSON file (current key id + every key, base64), created with
/// owner-only permissions (0600 on Unix, its folder 0700 when created) only when a first key is needed to write: looking up a
/// key never creates a ring, so a store whose data names keys the ring lacks can refuse to start instead of starting afresh. <see cref="RotateAsync"/> adds a new current key; data written under older
/// keys stays readable and is re-encrypted under the new key the next time it is written. Thread-safe; several processes
/// may share one file (the file is replaced atomically, and an unknown key id makes the ring reload).
/// </summary>
/// <remarks>Back the file up: data encrypted under a lost key cannot be read. For production, consider a KMS or vault.</remarks>
public sealed class FileKeyProvider : IKeyProvider
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly SemaphoreSlim _gate = new(1, 1);
    private KeyRing? _ring;

    /// <summary>Creates a provider over the key file at <paramref name="path"/> (created on first use).</summary>
    /// <param name="path">The key file.</param>
    public FileKeyProvider(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The key file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public async ValueTask<EncryptionKey> GetCurrentKeyAsync(CancellationToken cancellationToken = default)
    {
        var ring = _ring ?? await LoadAsync(reload: false, cancellationToken).ConfigureAwait(false);
        return ring.Keys[ring.CurrentId];
    }

    /// <inheritdoc />
    public async ValueTask<EncryptionKey?> GetKeyAsync(string keyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        if (_ring is null && !File.Exists(Path))
        {
            // No ring yet: no key is known, and none is created just to look one up.
            return null;
        }

        var ring = _ring ?? await LoadAsync(reload: false, cancellationToken).ConfigureAwait(false);
        if (ring.Keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        // Another process may have rotated the ring since we read it.
        if (!File.Exists(Path))
        {
            return null;
        }

        ring = await LoadAsync(reload: true, cancellationToken).ConfigureAwait(false);
        return ring.Keys.GetValueOrDefault(keyId);
    }

    /// <summary>Adds a new random key and makes it current. Older keys stay in the ring so existing data remains readable.</summary>
    /// <param name="cancellationToken">Cancels the rotation.</param>
    /// <returns>The new key's id.</returns>
    public async Task<string> RotateAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The ring is read and rewritten under the cross-process lock, so two rotations at once cannot drop a key.
            var fileLock = await AcquireFileLockAsync(cancellationToken).ConfigureAwait(false);
            await using var fileLockScope = fileLock.ConfigureAwait(false);
            var ring = await ReadOrCreateAsync(cancellationToken, lockHeld: true).ConfigureAwait(false);
            var key = NewKey();
            var file = ToFile(ring);
            file.Keys.Add(new KeyFileEntry { Id = key.Id, Key = Convert.ToBase64String(key.Material) });
            file.Current = key.Id;
            await WriteAtomicallyAsync(file, cancellationToken).ConfigureAwait(false);
            _ring = FromFile(file);
            return key.Id;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async ValueTask<KeyRing> LoadAsync(bool reload, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ring is null || reload)
            {
                _ring = await ReadOrCreateAsync(cancellationToken).ConfigureAwait(false);
            }

            return _ring;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<KeyRing> ReadOrCreateAsync(CancellationToken cancellationToken, bool lockHeld = false)
    {
        if (!File.Exists(Path))
        {
            var fileLock = lockHeld ? null : await AcquireFileLockAsync(cancellationToken).ConfigureAwait(false);
            // Stream.Null stands for "no lock to release" (the caller holds it): ConfigureAwait cannot wrap null.
            await using var fileLockScope = (fileLock ?? Stream.Null).ConfigureAwait(false);
            if (!File.Exists(Path))
            {
                // Only the holder of the lock creates the ring, so processes and providers starting at once agree on one key.
                var key = NewKey();
                var created = new KeyFile { Current = key.Id, Keys = [new KeyFileEntry { Id = key.Id, Key = Convert.ToBase64String(key.Material) }] };
                await WriteAtomicallyAsync(created, cancellationToken).ConfigureAwait(false);
                return FromFile(created);
            }
        }

        CheckPermissions();
        KeyFile? file;
        try
        {
            var stream = File.OpenRead(Path);
            await using var streamScope = stream.ConfigureAwait(false);
            file = await JsonSerializer.DeserializeAsync<KeyFile>(stream, Json, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Key file '{Path}' is not a valid key ring: {ex.Message}", ex);
        }

        return FromFile(file ?? throw new InvalidOperationException($"Key file '{Path}' is empty."));
    }

    private void CheckPermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(Path);
        const UnixFileMode others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        if ((mode & others) != 0)
        {
            throw new InvalidOperationException(
                $"Key file '{Path}' is accessible by other users (mode {Convert.ToString((int)mode, 8)}); run 'chmod 600 {Path}'.");
        }
    }

    private async Task WriteAtomicallyAsync(KeyFile file, CancellationToken cancellationToken)
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        OwnerOnly.CreateDirectory(directory);
        var temp = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            {
                var stream = new FileStream(temp, options);
                await using var streamScope = stream.ConfigureAwait(false);

                await JsonSerializer.SerializeAsync(stream, file, Json, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, Path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>
    /// Takes the ring's cross-process lock: an exclusive open of '&lt;file&gt;.lock' (an advisory lock on Unix, a share lock on
    /// Windows) that the operating system releases if the process dies, so a crash never leaves the ring locked.
    /// </summary>
    private async Task<FileStream> AcquireFileLockAsync(CancellationToken cancellationToken)
    {
        var lockPath = Path + ".lock";
        OwnerOnly.CreateDirectory(System.IO.Path.GetDirectoryName(lockPath)!);
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var deadline = Environment.TickCount64 + 30_000;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, options);
            }
            catch (IOException) when (Environment.TickCount64 < deadline)
            {
                await Task.Delay(Random.Shared.Next(5, 25), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                throw new InvalidOperationException($"Key file '{Path}': another process has held '{lockPath}' for 30 s.", ex);
            }
        }
    }

    private static EncryptionKey NewKey()
    {
        Span<byte> material = stackalloc byte[32];
        RandomNumberGenerator.Fill(material);
        return new EncryptionKey($"k{DateTime.UtcNow:yyyyMMddHHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}", material);
    }

    private KeyRing FromFile(KeyFile file)
    {
        var keys = new Dictionary<string, EncryptionKey>(StringComparer.Ordinal);
        foreach (var entry in file.Keys)
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Key))
            {
                throw new InvalidOperationException($"Key file '{Path}' has a key without an id or material.");
            }

            byte[] material;
            try
            {
                material = Convert.FromBase64String(entry.Key);
            }
            catch (FormatException ex)
            {
                throw new InvalidOperationException($"Key file '{Path}': key '{entry.Id}' is not valid base64.", ex);
            }

            if (material.Length != 32)
            {
                throw new InvalidOperationException($"Key file '{Path}': key '{entry.Id}' has {material.Length} bytes; AES-256 needs 32.");
            }

            keys[entry.Id] = new EncryptionKey(entry.Id, material);
        }

        if (string.IsNullOrWhiteSpace(file.Current) || !keys.ContainsKey(file.Current))
        {
            throw new InvalidOperationException($"Key file '{Path}': the current key '{file.Current}' is not in the ring.");
        }

        return new KeyRing(file.Current, keys);
    }

    private static KeyFile ToFile(KeyRing ring) => new()
    {
        Current = ring.CurrentId,
        Keys = [.. ring.Keys.Values.Select(k => new KeyFileEntry { Id = k.Id, Key = Convert.ToBase64String(k.Material) })],
    };

    private sealed record KeyRing(string CurrentId, IReadOnlyDictionary<string, EncryptionKey> Keys);

    private sealed class KeyFile
    {
        [JsonPropertyName("current")]
        public string Current { get; set; } = "";

        [JsonPropertyName("keys")]
        public List<KeyFileEntry> Keys { get; set; } = [];
    }

    private sealed class KeyFileEntry
    {
        [JsonPropertyName("id")]
        public string Id { get; set; } = "";

        [JsonPropertyName("key")]
        public string Key { get; set; } = "";
    }
}
