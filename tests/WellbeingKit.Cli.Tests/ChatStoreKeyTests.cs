using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Cli.Commands;
using WellbeingKit.Conversations;

namespace WellbeingKit.Cli.Tests;

public sealed class ChatStoreKeyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("wbk-chat-keys-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Chat_with_a_store_whose_key_file_was_moved_away_fails_with_one_line_naming_the_key_file_and_creates_no_key()
    {
        var db = Path.Combine(_dir, "f.db");
        var settings = new CliSettings { StorePath = db };
        await using (var services = CliServices.Build(settings))
        {
            await services.GetRequiredService<IWellbeingKit>().HandleAsync("cli-user", "hello");
        }

        File.Exists(db + ".keys").Should().BeTrue("the first run creates the key ring beside the database");
        File.Move(db + ".keys", Path.Combine(_dir, "moved.keys"));

        var (exit, _, error) = CliRunner.Run(root => root.Subcommands.Add(ChatCommand.Create()), "chat", "--store", db);

        exit.Should().Be(1);
        error.Trim().Split('\n').Should().ContainSingle();
        error.Should().Contain($"'{db}.keys'").And.Contain("no new key was created");
        File.Exists(db + ".keys").Should().BeFalse();
    }
}
