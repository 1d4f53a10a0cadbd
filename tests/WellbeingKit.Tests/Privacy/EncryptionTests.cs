using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WellbeingKit.Privacy;

namespace WellbeingKit.Tests.Privacy;

public sealed class EncryptionTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_ciphertext_decrypts_for_its_user_and_carries_its_key_id()
    {
        var keys = new FileKeyProvider(_dir.File("k.keys"));
        var encryptor = new AesGcmEncryptor(keys);

        var ciphertext = await encryptor.EncryptAsync("hello there", "u1");

        AesGcmEncryptor.ReadKeyId(ciphertext).Should().Be((await keys.GetCurrentKeyAsync()).Id);
        (await encryptor.DecryptStringAsync(ciphertext, "u1")).Should().Be("hello there");
    }

    [Fact]
    public async Task The_same_text_encrypts_differently_each_time()
    {
        var encryptor = new AesGcmEncryptor(new FileKeyProvider(_dir.File("k.keys")));

        var first = await encryptor.EncryptAsync("same words", "u1");
        var second = await encryptor.EncryptAsync("same words", "u1");

        first.Should().NotEqual(second, "each ciphertext has its own random nonce");
    }

    [Fact]
    public async Task A_ciphertext_copied_to_another_user_does_not_decrypt_and_the_error_names_no_user()
    {
        var encryptor = new AesGcmEncryptor(new FileKeyProvider(_dir.File("k.keys")));
        var ciphertext = await encryptor.EncryptAsync("mine", "user-7d2e");

        var act = async () => await encryptor.DecryptStringAsync(ciphertext, "user-9c41");

        var error = (await act.Should().ThrowAsync<CryptographicException>()).WithMessage("*altered, belongs to another user*").Which.Message;
        error.Should().NotContain("user-7d2e").And.NotContain("user-9c41");
    }

    [Fact]
    public async Task A_tampered_ciphertext_does_not_decrypt()
    {
        var encryptor = new AesGcmEncryptor(new FileKeyProvider(_dir.File("k.keys")));
        var ciphertext = await encryptor.EncryptAsync("do not change me", "u1");
        ciphertext[^1] ^= 0x01;

        var act = async () => await encryptor.DecryptStringAsync(ciphertext, "u1");

        await act.Should().ThrowAsync<CryptographicException>();
    }

    [Fact]
    public async Task A_ciphertext_under_an_unknown_key_names_the_key()
    {
        var ciphertext = await new AesGcmEncryptor(new FileKeyProvider(_dir.File("a.keys"))).EncryptAsync("x", "u1");
        var other = new AesGcmEncryptor(new FileKeyProvider(_dir.File("b.keys")));

        var act = async () => await other.DecryptStringAsync(ciphertext, "u1");

        (await act.Should().ThrowAsync<CryptographicException>()).WithMessage($"*key '{AesGcmEncryptor.ReadKeyId(ciphertext)}' is not known*b.keys*");
    }

    [Fact]
    public async Task The_key_file_is_created_on_first_use_readable_by_its_owner_only()
    {
        var path = _dir.File("sub/new.keys");

        await new FileKeyProvider(path).GetCurrentKeyAsync();

        File.Exists(path).Should().BeTrue();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public async Task A_key_file_readable_by_others_is_refused_with_the_fix()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = _dir.File("open.keys");
        await new FileKeyProvider(path).GetCurrentKeyAsync();
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var act = async () => await new FileKeyProvider(path).GetCurrentKeyAsync();

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*accessible by other users*chmod 600*");
    }

    [Fact]
    public async Task Providers_created_at_once_agree_on_one_key_ring()
    {
        var path = _dir.File("race.keys");

        var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () => (await new FileKeyProvider(path).GetCurrentKeyAsync()).Id)));

        keys.Distinct().Should().ContainSingle();
    }

    [Fact]
    public async Task Rotations_made_at_once_keep_every_new_key_in_the_ring()
    {
        var path = _dir.File("rotate-race.keys");
        await new FileKeyProvider(path).GetCurrentKeyAsync();

        var rotated = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var provider = new FileKeyProvider(path);
            var ids = new List<string>();
            for (var i = 0; i < 10; i++)
            {
                ids.Add(await provider.RotateAsync());
            }

            return ids;
        })));

        var fresh = new FileKeyProvider(path);
        foreach (var id in rotated.SelectMany(ids => ids))
        {
            (await fresh.GetKeyAsync(id)).Should().NotBeNull("key {0} encrypted data and must not be lost", id);
        }
    }

    [Fact]
    public async Task Rotation_adds_a_current_key_and_another_process_still_finds_the_new_key()
    {
        var path = _dir.File("rotate.keys");
        var reader = new FileKeyProvider(path);
        var first = (await reader.GetCurrentKeyAsync()).Id;
        var writer = new FileKeyProvider(path);

        var second = await writer.RotateAsync();

        second.Should().NotBe(first);
        (await writer.GetCurrentKeyAsync()).Id.Should().Be(second);
        (await reader.GetKeyAsync(second)).Should().NotBeNull("an unknown id makes the ring reload");
        (await reader.GetKeyAsync(first)).Should().NotBeNull();
    }

    [Fact]
    public async Task A_corrupt_key_file_is_reported_with_its_path()
    {
        var path = _dir.File("bad.keys");
        await new FileKeyProvider(path).GetCurrentKeyAsync();
        await File.WriteAllTextAsync(path, "{ not json");

        var act = async () => await new FileKeyProvider(path).GetCurrentKeyAsync();

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage($"*{path}*not a valid key ring*");
    }
}
