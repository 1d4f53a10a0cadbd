using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Content;

namespace WellbeingKit.Content.Yaml.Tests;

public sealed class YamlContentSourceTests
{
    [Fact]
    public async Task A_folder_source_loads_the_pack_once_and_caches_it()
    {
        using var pack = new TestPack();
        using var source = YamlContentSource.FromDirectory(pack.Directory);

        var first = await source.GetPackAsync();
        var second = await source.GetPackAsync();

        second.Should().BeSameAs(first);
    }

    [Fact]
    public async Task Concurrent_first_calls_share_one_load()
    {
        using var pack = new TestPack();
        using var source = YamlContentSource.FromDirectory(pack.Directory);

        var packs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () => await source.GetPackAsync())));

        packs.Distinct().Should().ContainSingle();
    }

    [Fact]
    public async Task A_failed_load_is_not_cached_so_a_fixed_pack_loads_next_time()
    {
        using var pack = TestPack.With("flows/daily.yaml", TestPack.ValidFiles["flows/daily.yaml"].Replace("start: ask", "start: begin", StringComparison.Ordinal));
        using var source = YamlContentSource.FromDirectory(pack.Directory);
        var broken = async () => await source.GetPackAsync();
        await broken.Should().ThrowAsync<ContentValidationException>();

        pack.Write("flows/daily.yaml", TestPack.ValidFiles["flows/daily.yaml"]);

        (await source.GetPackAsync()).Flows.Should().ContainKey("daily");
    }

    [Fact]
    public async Task UseYamlContent_makes_the_folder_the_kit_content_source()
    {
        using var pack = new TestPack();
        var services = new ServiceCollection();
        services.AddWellbeingKit().UseYamlContent(pack.Directory);
        await using var provider = services.BuildServiceProvider();

        var loaded = await provider.GetRequiredService<IContentSource>().GetPackAsync();

        loaded.Manifest.Id.Should().Be("test-pack");
    }

    [Fact]
    public void UseDefaultContent_registers_the_embedded_pack_as_the_content_source()
    {
        var services = new ServiceCollection();
        services.AddWellbeingKit().UseDefaultContent();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IContentSource>().Should().BeOfType<YamlContentSource>()
            .Which.Description.Should().Be("default");
    }

    [Fact]
    public void TryUseDefaultContent_keeps_a_content_source_registered_before()
    {
        using var pack = new TestPack();
        var services = new ServiceCollection();
        services.AddWellbeingKit().UseYamlContent(pack.Directory).TryUseDefaultContent();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IContentSource>().Should().BeOfType<YamlContentSource>()
            .Which.Description.Should().Be(Path.GetFullPath(pack.Directory));
    }
}
