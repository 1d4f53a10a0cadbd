using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WellbeingKit.UserData;

namespace WellbeingKit.AspNetCore.Tests;

/// <summary>The user's mood chart ("My progress") in the web chat, in real headless Chromium.</summary>
public sealed class MoodChartBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task SeedMoodsAsync(KitHost host, string user)
    {
        var userData = host.Services.GetRequiredService<IUserDataStore>();
        var now = DateTimeOffset.UtcNow;
        int[] moods = [2, 2, 3, 3, 4, 3, 4, 4, 5, 4];
        for (var i = 0; i < moods.Length; i++)
        {
            await userData.AddMoodAsync(new MoodEntry(user, now.AddDays(-5 * (moods.Length - 1 - i)), moods[i], null, null));
        }
    }

    [Theory]
    [InlineData("en", "Your mood, week by week", "webchat-mood-chart.png")]
    [InlineData("ar", "مزاجك أسبوعًا بأسبوع", "webchat-mood-chart-ar.png")]
    public async Task My_progress_shows_an_accessible_mood_chart(string locale, string title, string screenshot)
    {
        await using var host = await KitHost.StartAsync(kestrel: true, realKit: true);
        var user = "mood-" + locale;
        await SeedMoodsAsync(host, user);
        var page = await browser.PhonePageAsync(user);
        await page.GotoAsync(new Uri(host.Address, "/wellbeing/chat?locale=" + locale).ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");

        await page.ClickAsync("#wk-progress summary");
        var chart = page.Locator("#wk-chart svg[role=img]");
        await chart.WaitForAsync();
        await chart.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtefactDirectory, screenshot), FullPage = true });

        (await chart.Locator("title").First.TextContentAsync()).Should().Be(title);
        (await chart.Locator("circle").CountAsync()).Should().BeGreaterThan(3);
        (await page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = title }).CountAsync()).Should().Be(1);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(360);
    }

    [Fact]
    public async Task The_insights_endpoint_returns_only_the_signed_in_users_progress()
    {
        await using var host = await KitHost.StartAsync(realKit: true);
        await SeedMoodsAsync(host, "someone");

        using var mine = await host.Client("someone").GetAsync("/wellbeing/insights");
        using var other = await host.Client("someone-else").GetAsync("/wellbeing/insights");
        using var anonymous = await host.Client(null).GetAsync("/wellbeing/insights/mood.svg");

        mine.StatusCode.Should().Be(HttpStatusCode.OK);
        (await mine.Content.ReadAsStringAsync()).Should().Contain("\"entries\":");
        (await other.Content.ReadAsStringAsync()).Should().NotContain("\"average\":4");
        anonymous.StatusCode.Should().NotBe(HttpStatusCode.OK);
    }
}
