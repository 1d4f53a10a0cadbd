using Microsoft.Playwright;

namespace WellbeingKit.AspNetCore.Tests;

/// <summary>The web chat in real headless Chromium against a real Kestrel socket on 127.0.0.1.</summary>
public sealed class WebChatBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_user_chats_clicks_a_quick_reply_and_sees_the_helpline_card_after_a_crisis_line()
    {
        await using var host = await KitHost.StartAsync(kestrel: true);
        var page = await browser.PhonePageAsync("student-1");
        await page.GotoAsync(new Uri(host.Address, "/wellbeing/chat").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");

        await page.FillAsync("#wk-input", "I'm stressed about my exams");
        await page.ClickAsync("#wk-send");
        var quickReply = page.Locator("#wk-quick button").First;
        await quickReply.WaitForAsync();
        var label = await quickReply.TextContentAsync();
        await quickReply.ClickAsync();
        await page.Locator(".wk-user").Filter(new LocatorFilterOptions { HasText = label }).WaitForAsync();
        await page.Locator(".wk-kit").Nth(2).WaitForAsync();

        await page.FillAsync("#wk-input", "I want to kill myself");
        await page.PressAsync("#wk-input", "Enter");
        var card = page.Locator("[data-testid=helpline-card]").Last;
        await card.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtefactDirectory, "webchat.png"), FullPage = false });

        (await card.IsVisibleAsync()).Should().BeTrue();
        (await card.Locator("a[href^='tel:']").CountAsync()).Should().BeGreaterThan(0);
        (await page.Locator("[data-testid=handoff-status]").CountAsync()).Should().Be(1);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(360, "the chat fits a phone-sized screen without sideways scrolling");
    }

    [Fact]
    public async Task Arabic_is_laid_out_right_to_left_with_the_brand_colours()
    {
        await using var host = await KitHost.StartAsync(kestrel: true);
        var page = await browser.PhonePageAsync("layla");
        await page.GotoAsync(new Uri(host.Address, "/wellbeing/chat?locale=ar").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");

        await page.FillAsync("#wk-input", "أنا متوتر بسبب الامتحانات");
        await page.ClickAsync("#wk-send");
        await page.Locator("#wk-quick button").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtefactDirectory, "webchat-ar.png") });

        (await page.GetAttributeAsync("html", "dir")).Should().Be("rtl");
        (await page.Locator("#wk-send").TextContentAsync()).Should().Be("إرسال");
        (await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.wk-header')).backgroundColor")).Should().Be("rgb(58, 79, 154)");
        var userBubbleRight = await page.EvaluateAsync<double>("document.querySelector('.wk-user').getBoundingClientRect().left");
        userBubbleRight.Should().BeLessThan(100, "in right-to-left layout the user's own bubble sits on the left");
    }
}
