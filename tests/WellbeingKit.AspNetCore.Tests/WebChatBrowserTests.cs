using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WellbeingKit.Content;

namespace WellbeingKit.AspNetCore.Tests;

/// <summary>The web chat in real headless Chromium against a real Kestrel socket on 127.0.0.1.</summary>
public sealed class WebChatBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task<IPage> OpenAsync(BrowserFixture browser, KitHost host, string user, string query = "")
    {
        var page = await browser.PhonePageAsync(user);
        await page.GotoAsync(new Uri(host.Address, "/wellbeing/chat" + query).ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        return page;
    }

    /// <summary>Types a message, sends it with the button, and clicks the first quick reply of the answer.</summary>
    private static async Task SendAndClickFirstQuickReplyAsync(IPage page, string text)
    {
        await page.FillAsync("#wk-input", text);
        await page.ClickAsync("#wk-send");
        var quickReply = page.Locator("#wk-quick button").First;
        await quickReply.WaitForAsync();
        var label = await quickReply.TextContentAsync();
        await quickReply.ClickAsync();
        await page.Locator(".wk-user").Filter(new LocatorFilterOptions { HasText = label }).WaitForAsync();
        await page.WaitForSelectorAsync("body[data-busy=false]");
    }

    /// <summary>Sends a crisis line with the Enter key and returns the helpline card it brings.</summary>
    private static async Task<ILocator> SendCrisisLineAsync(IPage page, string screenshot)
    {
        await page.FillAsync("#wk-input", "I want to kill myself");
        await page.PressAsync("#wk-input", "Enter");
        var card = page.Locator("[data-testid=helpline-card]").Last;
        await card.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtefactDirectory, screenshot) });
        return card;
    }

    [Fact]
    public async Task A_user_chats_clicks_a_quick_reply_and_sees_the_helpline_card_after_a_crisis_line()
    {
        await using var host = await KitHost.StartAsync(kestrel: true);
        var page = await OpenAsync(browser, host, "student-1");

        await SendAndClickFirstQuickReplyAsync(page, "I'm stressed about my exams");
        await page.Locator(".wk-kit").Nth(1).WaitForAsync();
        var card = await SendCrisisLineAsync(page, "webchat-testkit.png");

        (await card.IsVisibleAsync()).Should().BeTrue();
        (await card.Locator("a[href^='tel:']").CountAsync()).Should().BeGreaterThan(0);
        (await page.Locator("[data-testid=handoff-status]").CountAsync()).Should().Be(1);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(360, "the chat fits a phone-sized screen without sideways scrolling");
    }

    [Fact]
    public async Task With_the_real_engine_and_default_pack_a_crisis_line_shows_the_helpline_card()
    {
        await using var host = await KitHost.StartAsync(kestrel: true, realKit: true);
        var page = await OpenAsync(browser, host, "student-2", "?country=GB");

        await SendAndClickFirstQuickReplyAsync(page, "hi, exams are stressing me out");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtefactDirectory, "webchat-engine-1.png") });
        var card = await SendCrisisLineAsync(page, "webchat.png");

        (await card.IsVisibleAsync()).Should().BeTrue();
        (await card.Locator("a[href='tel:116123']").CountAsync()).Should().Be(1, "a user in the UK is offered Samaritans' number");
        (await page.GetAttributeAsync("body", "data-safety")).Should().Be("true");
    }

    [Fact]
    public async Task Arabic_is_laid_out_right_to_left_with_the_brand_colours()
    {
        await using var host = await KitHost.StartAsync(kestrel: true, realKit: true);
        var brand = (await host.Services.GetRequiredService<IContentSource>().GetPackAsync()).Manifest.Brand;
        var page = await OpenAsync(browser, host, "layla", "?locale=ar");

        await SendAndClickFirstQuickReplyAsync(page, "مرحبا، أنا متوتر بسبب الامتحانات");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtefactDirectory, "webchat-ar.png") });

        (await page.GetAttributeAsync("html", "dir")).Should().Be("rtl");
        (await page.Locator("#wk-send").TextContentAsync()).Should().Be("إرسال");
        (await page.Locator(".wk-kit").Last.TextContentAsync()).Should().MatchRegex("[\\u0600-\\u06FF]", "the default pack answers in Arabic");
        (await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.wk-header')).backgroundColor")).Should().Be(Rgb(brand.PrimaryColor));
        var userBubbleLeft = await page.EvaluateAsync<double>("document.querySelector('.wk-user').getBoundingClientRect().left");
        userBubbleLeft.Should().BeLessThan(100, "in right-to-left layout the user's own bubble sits on the left");
    }

    private static string Rgb(string hex)
    {
        var n = Convert.ToInt32(hex.TrimStart('#'), 16);
        return $"rgb({(n >> 16) & 255}, {(n >> 8) & 255}, {n & 255})";
    }
}
