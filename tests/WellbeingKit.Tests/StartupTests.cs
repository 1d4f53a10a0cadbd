using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WellbeingKit.Risk;
using WellbeingKit.Risk.Lexicon;

namespace WellbeingKit.Tests;

/// <summary>The set-up is checked when the host starts, and at the first message where there is no host.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Without_a_content_source_the_host_does_not_start_and_says_to_call_UseDefaultContent()
    {
        await using var provider = Provider(_ => { });

        var start = () => StartHostedServicesAsync(provider);

        (await start.Should().ThrowAsync<InvalidOperationException>())
            .WithMessage("*no content source*.UseDefaultContent()*.UseYamlContent(dir)*");
    }

    [Fact]
    public async Task Without_a_host_the_first_message_fails_with_the_same_sentence_not_a_container_error()
    {
        await using var provider = Provider(_ => { });
        var kit = provider.GetRequiredService<IWellbeingKit>();

        var send = () => kit.HandleAsync(new UserMessage("u1", "Hi, I had a nice walk today"));

        (await send.Should().ThrowExactlyAsync<InvalidOperationException>()).WithMessage(KitStartup.NoContentSource);
    }

    [Fact]
    public async Task Without_a_content_source_a_crisis_a_working_detector_finds_still_gets_the_safety_response()
    {
        await using var provider = Provider(b => b.AddRiskDetector(new Conversations.KeywordDetector()));
        var kit = provider.GetRequiredService<IWellbeingKit>();

        var reply = await kit.HandleAsync(new UserMessage("u1", "I want to kill myself tonight") { Country = "GB" });

        reply.Safety.Should().BeTrue();
        reply.Helplines.Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_pack_folder_that_does_not_exist_stops_the_start_naming_the_folder()
    {
        await using var provider = Provider(b => b.UseYamlContent("no-such-pack-folder"));

        var start = () => StartHostedServicesAsync(provider);

        (await start.Should().ThrowAsync<InvalidOperationException>())
            .WithMessage("*content pack does not load*no-such-pack-folder*does not exist*wellbeing content validate*");
    }

    [Fact]
    public async Task A_pack_with_problems_stops_the_start_with_the_validators_file_line_and_column()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("pack.yaml"), "id: broken\nversion: 1\ndefault_locale: en\nlocales: [en]\nunknown_key: true\n");
        await using var provider = Provider(b => b.UseYamlContent(folder.Path));

        var start = () => StartHostedServicesAsync(provider);

        (await start.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*pack.yaml:*:*");
    }

    [Fact]
    public async Task Options_that_are_not_valid_stop_the_start_naming_the_option()
    {
        await using var provider = Provider(b => b.UseDefaultContent(), o => o.DefaultLocale = "English");

        var start = () => StartHostedServicesAsync(provider);

        await start.Should().ThrowAsync<OptionsValidationException>().WithMessage("*DefaultLocale*");
    }

    [Fact]
    public async Task The_start_loads_the_lexicon_so_the_first_message_is_screened_without_waiting()
    {
        await using var provider = Provider(b => b.UseDefaultContent());
        var lexicon = provider.GetServices<IRiskDetector>().OfType<LexiconRiskDetector>().Single();

        await StartHostedServicesAsync(provider);

        ((IBoundedRiskDetector)lexicon).TryAssess(new RiskScreeningRequest("hello"), out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_good_start_lets_the_first_message_get_a_calm_reply()
    {
        await using var provider = Provider(b => b.UseDefaultContent());
        await StartHostedServicesAsync(provider);

        var reply = await provider.GetRequiredService<IWellbeingKit>().HandleAsync(new UserMessage("u1", "Hi, I had a nice walk today"));

        reply.Safety.Should().BeFalse();
        reply.Risk.EscalatedOnFailure.Should().BeFalse();
    }

    private static ServiceProvider Provider(Action<WellbeingKitBuilder> configure, Action<WellbeingKitOptions>? options = null)
    {
        var services = new ServiceCollection().AddLogging();
        configure(services.AddWellbeingKit(options));
        return services.BuildServiceProvider();
    }

    private static async Task StartHostedServicesAsync(IServiceProvider provider)
    {
        provider.GetService<IStartupValidator>()?.Validate();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }
}
