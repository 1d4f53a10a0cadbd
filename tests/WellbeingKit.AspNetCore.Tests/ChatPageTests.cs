using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WellbeingKit.AspNetCore.Internal;
using WellbeingKit.Content;

namespace WellbeingKit.AspNetCore.Tests;

public sealed class ChatPageTests
{
    private sealed class BrandedContent(PackBrand brand) : IContentSource
    {
        public ValueTask<ContentPack> GetPackAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(TestContent.Pack with { Manifest = TestContent.Pack.Manifest with { Brand = brand } });
    }

    private static Task<KitHost> HostWith(PackBrand brand) =>
        KitHost.StartAsync(services: s => s.Replace(ServiceDescriptor.Singleton<IContentSource>(new BrandedContent(brand))));

    [Fact]
    public async Task The_page_carries_the_pack_brand_name_and_a_strict_content_security_policy()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");

        using var response = await client.GetAsync("/wellbeing/chat");

        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<title>Calm Corner</title>").And.Contain("data-tone=\"calm\"").And.Contain("data-base=\"/wellbeing\"");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'none'").And.Contain("script-src 'self'");
    }

    [Fact]
    public async Task The_theme_turns_the_pack_colours_into_css_variables()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");

        var css = await client.GetStringAsync("/wellbeing/chat/theme.css");

        css.Should().Contain("--wk-primary: #3a4f9a;").And.Contain("--wk-accent: #ffb000;").And.Contain("--wk-on-primary: #ffffff;");
    }

    [Fact]
    public async Task A_colour_that_is_not_plain_hex_falls_back_to_the_default()
    {
        await using var host = await HostWith(new PackBrand { PrimaryColor = "red; } body { display: none" });
        using var client = host.Client("alice");

        var css = await client.GetStringAsync("/wellbeing/chat/theme.css");

        css.Should().Contain($"--wk-primary: {new PackBrand().PrimaryColor};").And.NotContain("display");
    }

    [Fact]
    public async Task A_brand_name_with_markup_is_shown_as_text()
    {
        await using var host = await HostWith(new PackBrand { Name = "<script>alert(1)</script>" });
        using var client = host.Client("alice");

        var html = await client.GetStringAsync("/wellbeing/chat");

        html.Should().NotContain("<script>alert").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public async Task An_arabic_page_opens_right_to_left()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");

        var html = await client.GetStringAsync("/wellbeing/chat?locale=ar");

        html.Should().Contain("<html lang=\"ar\" dir=\"rtl\"");
    }

    [Fact]
    public async Task The_script_and_stylesheet_are_served_from_the_assembly()
    {
        await using var host = await KitHost.StartAsync();
        using var client = host.Client("alice");

        (await client.GetStringAsync("/wellbeing/chat/chat.js")).Should().Contain("helpline-card");
        (await client.GetStringAsync("/wellbeing/chat/chat.css")).Should().Contain(".wk-card");
    }

    [Fact]
    public async Task The_page_can_be_switched_off()
    {
        await using var host = await KitHost.StartAsync(o => o.ChatPageEnabled = false);
        using var client = host.Client("alice");

        (await client.GetAsync("/wellbeing/chat")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_light_brand_colour_is_darkened_where_it_is_text_on_white_and_lightened_on_the_dark_theme()
    {
        await using var host = await HostWith(new PackBrand { PrimaryColor = "#ffb000" });
        using var client = host.Client("alice");

        var css = await client.GetStringAsync("/wellbeing/chat/theme.css");

        var onWhite = Regex.Match(css, "--wk-primary-text: (#[0-9a-f]{6});").Groups[1].Value;
        var onDark = Regex.Match(css, "--wk-primary-text-dark: (#[0-9a-f]{6});").Groups[1].Value;
        ColourContrast.Ratio(onWhite, ThemeContrast.LightSurface).Should().BeGreaterThanOrEqualTo(4.5, "quick replies drawn in {0} on white", onWhite);
        ColourContrast.Ratio(onDark, ThemeContrast.DarkSurface).Should().BeGreaterThanOrEqualTo(4.5);
        css.Should().Contain("--wk-on-primary: #111111;", "black reads better on #ffb000 than white");
    }

    [Theory]
    [InlineData("#ffffff", "#111111")]
    [InlineData("#2f6f73", "#ffffff")]
    [InlineData("#ffb000", "#111111")]
    [InlineData("#000", "#ffffff")]
    public void Text_on_the_primary_colour_is_black_or_white_whichever_reads_better(string background, string text) =>
        ChatPage.OnColour(background).Should().Be(text);
}
