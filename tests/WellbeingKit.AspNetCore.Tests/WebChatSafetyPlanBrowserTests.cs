using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace WellbeingKit.AspNetCore.Tests;

/// <summary>
/// The web chat over the real kit and the default pack (no reply is faked): the helpline card is pinned once and never
/// repeated as bubbles, a safety plan built in the chat shows as one card, and an Arabic crisis conversation reads
/// right to left. Screenshots go to TestResults/ (docs/web.md shows some of them from docs/img/).
/// </summary>
public sealed class WebChatSafetyPlanBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Card = "[data-testid=helpline-card]";
    private const string PlanCard = "[data-testid=safety-plan-card]";

    private static string Shot(string name) => Path.Combine(BrowserFixture.ArtefactDirectory, name);

    /// <summary>The real kit, with time-outs generous enough for a busy machine (a detector time-out counts as a crisis).</summary>
    private static Task<KitHost> StartAsync() => KitHost.StartAsync(
        services: s => s.Configure<WellbeingKitOptions>(o =>
        {
            o.DetectorTimeout = TimeSpan.FromSeconds(30);
            o.StoreTimeout = TimeSpan.FromSeconds(30);
        }),
        endpoints: o => o.SendTimeout = TimeSpan.FromSeconds(60),
        kestrel: true,
        realKit: true);

    private async Task<IPage> OpenAsync(KitHost host, string user, string query)
    {
        var page = await browser.PhonePageAsync(user);
        await page.GotoAsync(new Uri(host.Address, "/wellbeing/chat" + query).ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        return page;
    }

    private static async Task SendAsync(IPage page, string text)
    {
        await page.FillAsync("#wk-input", text);
        await page.PressAsync("#wk-input", "Enter");
        await page.WaitForSelectorAsync("body[data-busy=false]");
    }

    private static async Task ClickAsync(IPage page, string label)
    {
        await page.Locator("#wk-quick button", new() { HasTextString = label }).First.ClickAsync();
        await page.WaitForSelectorAsync("body[data-busy=false]");
    }

    private static Task<IReadOnlyList<string>> KitBubblesAsync(IPage page) => page.Locator(".wk-kit").AllTextContentsAsync();

    [Fact]
    public async Task The_help_card_is_pinned_once_and_the_numbers_are_never_repeated_as_bubbles()
    {
        await using var host = await StartAsync();
        var page = await OpenAsync(host, "pinned-1", "?country=GB");

        await SendAsync(page, "I want to kill myself");
        await SendAsync(page, "what do you mean");
        await SendAsync(page, "no");

        (await page.Locator(Card).CountAsync()).Should().Be(1, "one helpline card, whatever the number of replies that carry the helplines");
        (await page.Locator("#wk-help " + Card + " a[href='tel:116123']").IsVisibleAsync()).Should().BeTrue("the card is pinned above the conversation");
        (await KitBubblesAsync(page)).Should().NotContain(t => t.Contains("116 123"), "the card lists the numbers; no bubble repeats them");
        (await page.GetAttributeAsync("body", "data-safety")).Should().Be("true");
        (await page.Locator("#wk-quick button").AllTextContentsAsync()).Should().Contain("Get help now");
        await page.ScreenshotAsync(new() { Path = Shot("webchat-pinned-help-card.png") });
    }

    [Fact]
    public async Task A_safety_plan_built_in_the_chat_shows_as_one_card_and_comes_back_with_my_safety_plan()
    {
        await using var host = await StartAsync();
        var page = await OpenAsync(host, "plan-1", "?country=GB");

        await SendAsync(page, "my safety plan");
        await ClickAsync(page, "The whole plan");
        foreach (var answer in new[] { "not sleeping, staying in bed", "a walk; music", "the park", "Ana, Sam", "skip", "stay with friends", "my kids, my garden" })
        {
            await SendAsync(page, answer);
        }

        var plan = page.Locator(PlanCard);
        (await plan.CountAsync()).Should().Be(1);
        (await plan.Locator("h2").TextContentAsync()).Should().Be("My safety plan");
        (await plan.Locator("[data-key=people_to_ask] li").AllTextContentsAsync()).Should().Equal("Ana", "Sam");
        (await plan.Locator("[data-key=warning_signs] h3").TextContentAsync()).Should().Be("Warning signs that a hard moment is coming");
        (await plan.Locator("[data-key=professionals] li").AllTextContentsAsync()).Should().Contain(i => i.Contains("116 123"), "the helplines of the country close that section");
        (await KitBubblesAsync(page)).Should().NotContain(t => t.Contains("• Ana"), "the card shows the plan; its text form is for SMS and terminals");
        await plan.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Shot("webchat-safety-plan-built.png") });

        await SendAsync(page, "menu");
        await SendAsync(page, "my safety plan");

        (await page.Locator(PlanCard).CountAsync()).Should().Be(2, "asked for again, the plan shows again");
        (await page.Locator(PlanCard).Last.Locator("[data-key=reasons_for_living] li").AllTextContentsAsync()).Should().Equal("my kids", "my garden");
    }

    [Fact]
    public async Task An_arabic_crisis_conversation_reads_right_to_left_with_the_card_pinned_and_offers_a_safety_plan()
    {
        await using var host = await StartAsync();
        var page = await OpenAsync(host, "layla-plan", "?locale=ar&country=GB");

        await SendAsync(page, "أريد أن أقتل نفسي");
        (await page.GetAttributeAsync("html", "dir")).Should().Be("rtl");
        (await page.GetAttributeAsync("html", "lang")).Should().StartWith("ar");
        (await page.Locator("#wk-help " + Card + " a[href='tel:116123']").IsVisibleAsync()).Should().BeTrue();
        await page.ScreenshotAsync(new() { Path = Shot("webchat-ar-crisis-conversation.png") });

        await SendAsync(page, "لا");
        await SendAsync(page, "لا، شكرًا");

        (await page.Locator(Card).CountAsync()).Should().Be(1, "still one card, pinned");
        (await KitBubblesAsync(page)).Should().NotContain(t => t.Contains("116 123"));
        (await KitBubblesAsync(page)).Should().Contain(t => t.Contains("خطة الأمان"), "once safe, a safety plan is offered");
        var direction = await page.Locator(".wk-kit").Last.EvaluateAsync<string>("b => getComputedStyle(b).direction");
        direction.Should().Be("rtl");
        await page.ScreenshotAsync(new() { Path = Shot("webchat-ar-plan-offer.png") });

        await ClickAsync(page, "نعم");
        await ClickAsync(page, "الخطة كاملة");
        foreach (var answer in new[] { "قلة النوم", "المشي، الموسيقى", "الحديقة", "سارة", "تخطي", "البقاء مع الأصدقاء", "أطفالي" })
        {
            await SendAsync(page, answer);
        }

        var plan = page.Locator(PlanCard);
        (await plan.Locator("h2").TextContentAsync()).Should().Be("خطة الأمان الخاصة بي");
        (await plan.Locator("[data-key=coping_alone] li").AllTextContentsAsync()).Should().Equal("المشي", "الموسيقى");
        await plan.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Shot("webchat-ar-safety-plan.png") });
    }
}
