using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace WellbeingKit.AspNetCore.Tests;

/// <summary>
/// The web chat keeps help visible whatever happens in the browser: no network, no JavaScript, a reload, the keyboard
/// alone, right-to-left text; and axe-core finds no serious or critical problem in any state, in English and Arabic.
/// Screenshots of each state go to TestResults/.
/// </summary>
public sealed class WebChatHelpBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Card = "[data-testid=helpline-card]";

    private static string Shot(string name) => Path.Combine(BrowserFixture.ArtefactDirectory, name);

    private static async Task<IPage> OpenAsync(BrowserFixture browser, KitHost host, string user, string query, Action<BrowserNewContextOptions>? configure = null)
    {
        var page = await browser.PhonePageAsync(user, configure);
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

    private static async Task AxeAsync(IPage page, string state)
    {
        var result = await page.RunAxe();
        var problems = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        problems.Should().BeEmpty($"axe-core finds no serious or critical problem in the '{state}' state");
    }

    [Theory]
    [InlineData("en", "hello", "I want to kill myself")]
    [InlineData("ar", "مرحبا", "أريد أن أقتل نفسي")]
    public async Task Axe_finds_no_serious_or_critical_problem_in_any_state(string locale, string hello, string crisis)
    {
        await using var host = await KitHost.StartAsync(kestrel: true);
        var page = await OpenAsync(browser, host, "axe-" + locale, $"?locale={locale}&country=GB");

        await AxeAsync(page, "empty");
        await page.ScreenshotAsync(new() { Path = Shot($"webchat-{locale}-empty.png") });

        await SendAsync(page, hello);
        await page.Locator("#wk-quick button").First.WaitForAsync();
        await AxeAsync(page, "ordinary exchange");
        await page.ScreenshotAsync(new() { Path = Shot($"webchat-{locale}-exchange.png") });

        await page.Locator("#wk-quick button").First.ClickAsync();
        await page.WaitForSelectorAsync(".wk-exercise-step");
        await AxeAsync(page, "quick reply");
        await page.ScreenshotAsync(new() { Path = Shot($"webchat-{locale}-quick-reply.png") });

        await SendAsync(page, crisis);
        await page.Locator(Card).WaitForAsync();
        await AxeAsync(page, "crisis");
        await page.ScreenshotAsync(new() { Path = Shot($"webchat-{locale}-crisis.png") });

        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.Locator(Card).WaitForAsync();
        await AxeAsync(page, "reload");
        await page.ScreenshotAsync(new() { Path = Shot($"webchat-{locale}-reload.png") });

        await page.Context.SetOfflineAsync(true);
        await SendAsync(page, hello);
        await page.Locator("[data-testid=notice]").WaitForAsync();
        await AxeAsync(page, "offline");
        await page.ScreenshotAsync(new() { Path = Shot($"webchat-{locale}-offline.png") });
    }

    [Fact]
    public async Task In_dark_mode_axe_finds_no_serious_or_critical_problem_after_a_crisis()
    {
        await using var host = await KitHost.StartAsync(kestrel: true);
        var page = await OpenAsync(browser, host, "dark", "?country=GB", o => o.ColorScheme = ColorScheme.Dark);

        await SendAsync(page, "I want to kill myself");
        await page.Locator(Card).WaitForAsync();

        await AxeAsync(page, "crisis, dark mode");
        await page.ScreenshotAsync(new() { Path = Shot("webchat-dark-crisis.png") });
    }

    [Fact]
    public async Task In_forced_colours_the_call_buttons_keep_their_shape()
    {
        await using var host = await KitHost.StartAsync(kestrel: true);
        var page = await OpenAsync(browser, host, "forced", "?country=GB", o => o.ForcedColors = ForcedColors.Active);

        await SendAsync(page, "I want to kill myself");
        var call = page.Locator(Card + " a[href='tel:116123']");
        await call.WaitForAsync();

        var border = await call.EvaluateAsync<string>("a => { const s = getComputedStyle(a); return s.borderTopStyle + ' ' + s.borderTopWidth; }");
        border.Should().Be("solid 2px", "without background colours the border is what shows the button");
        await page.ScreenshotAsync(new() { Path = Shot("webchat-forced-colours.png") });
    }

    [Fact]
    public async Task With_the_network_cut_a_crisis_message_leaves_a_helpline_and_a_tel_link_and_keeps_the_text()
    {
        await using var host = await KitHost.StartAsync(kestrel: true, realKit: true);
        var page = await OpenAsync(browser, host, "offline-1", "?country=GB");
        await page.Context.SetOfflineAsync(true);

        await page.FillAsync("#wk-input", "I want to kill myself");
        await page.PressAsync("#wk-input", "Enter");

        var card = page.Locator(Card);
        await card.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Shot("webchat-offline.png") });
        (await card.Locator("a[href='tel:116123']").IsVisibleAsync()).Should().BeTrue("Samaritans can be called without the network");
        (await page.Locator("[data-testid=notice]").TextContentAsync()).Should().Contain("You seem to be offline");
        (await page.InputValueAsync("#wk-input")).Should().Be("I want to kill myself", "the typed text is kept to send again");
    }

    [Fact]
    public async Task A_reply_that_never_comes_times_out_into_the_helplines_with_the_text_kept()
    {
        await using var host = await KitHost.StartAsync(endpoints: o => o.SendTimeout = TimeSpan.FromSeconds(2), kestrel: true);
        var page = await OpenAsync(browser, host, "stalled", "?country=GB");
        await page.RouteAsync("**/wellbeing/messages", _ => Task.CompletedTask); // the request hangs: never answered

        await page.FillAsync("#wk-input", "I want to kill myself");
        await page.PressAsync("#wk-input", "Enter");

        await page.Locator(Card).Locator("a[href^='tel:']").First.WaitForAsync(new() { Timeout = 8_000 });
        (await page.InputValueAsync("#wk-input")).Should().Be("I want to kill myself");
    }

    [Fact]
    public async Task Without_javascript_the_page_shows_the_helplines_and_a_crisis_message_sent_from_the_form_gets_the_card()
    {
        await using var host = await KitHost.StartAsync(kestrel: true, realKit: true);
        var page = await browser.PhonePageAsync("nojs-1", o => o.JavaScriptEnabled = false);
        await page.GotoAsync(new Uri(host.Address, "/wellbeing/chat?country=GB").ToString());

        (await page.Locator("noscript a[href='tel:116123'], .wk-card a[href='tel:116123']").First.IsVisibleAsync()).Should().BeTrue("the helplines show before anything is sent");
        (await page.Locator(".wk-card a[href='tel:999']").First.IsVisibleAsync()).Should().BeTrue("the emergency number shows too");
        await page.ScreenshotAsync(new() { Path = Shot("webchat-nojs-empty.png") });

        await page.FillAsync("#wk-input", "I want to kill myself");
        await page.ClickAsync("#wk-send");
        // The form posts and the server renders the next page. With the real kit the first message loads the
        // models, which on a loaded 2-core CI machine took longer than the page's 15 s default (stop 26): wait
        // for the sent message itself to be on the new page, with room for that first load.
        await page.Locator(".wk-user", new() { HasText = "I want to kill myself" }).WaitForAsync(new() { Timeout = 90_000 });

        var card = page.Locator("#wk-help " + Card);
        (await card.IsVisibleAsync()).Should().BeTrue();
        (await card.Locator("a[href='tel:116123']").CountAsync()).Should().Be(1);
        (await page.Locator(".wk-user").Last.TextContentAsync()).Should().Contain("I want to kill myself");
        await page.ScreenshotAsync(new() { Path = Shot("webchat-nojs-crisis.png") });
    }

    [Fact]
    public async Task After_a_reload_the_helpline_card_is_still_pinned()
    {
        await using var host = await KitHost.StartAsync(kestrel: true, realKit: true);
        var page = await OpenAsync(browser, host, "reload-1", "?country=GB");
        await SendAsync(page, "I want to kill myself");
        await page.Locator(Card).WaitForAsync();

        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-ready=true]");

        (await page.Locator("#wk-help " + Card + " a[href='tel:116123']").IsVisibleAsync()).Should().BeTrue();
        (await page.GetAttributeAsync("body", "data-safety")).Should().Be("true");
        await page.ScreenshotAsync(new() { Path = Shot("webchat-reload.png") });
    }

    [Fact]
    public async Task With_the_keyboard_alone_a_crisis_message_moves_focus_to_the_card_and_two_tabs_reach_a_call_link()
    {
        await using var host = await KitHost.StartAsync(kestrel: true, realKit: true);
        var page = await OpenAsync(browser, host, "keys-1", "?country=GB");

        string? focused = null;
        for (var i = 0; i < 6 && focused != "wk-input"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("document.activeElement.id");
        }

        focused.Should().Be("wk-input", "the message box is reached with Tab");
        await page.Keyboard.TypeAsync("I want to kill myself");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(Card).WaitForAsync();
        await page.WaitForFunctionAsync("document.activeElement && document.activeElement.id === 'wk-help-card-title'");

        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.className")).Should().Be("wk-card-toggle", "the card's fold button comes first");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')")).Should().StartWith("tel:");
        await page.ScreenshotAsync(new() { Path = Shot("webchat-keyboard.png") });
    }

    [Fact]
    public async Task The_arabic_page_draws_116_123_in_that_order()
    {
        await using var host = await KitHost.StartAsync(kestrel: true, realKit: true);
        var page = await OpenAsync(browser, host, "layla-2", "?locale=ar&country=GB");
        await SendAsync(page, "أريد أن أقتل نفسي");
        var call = page.Locator(Card + " a[href='tel:116123']");
        await call.WaitForAsync();

        // Where the browser drew each group of digits: "116" must be left of "123" in a left-to-right number.
        var positions = await call.EvaluateAsync<double[]>(
            """
            a => {
              const text = a.querySelector('bdi').firstChild;
              const at = (from, to) => { const r = document.createRange(); r.setStart(text, from); r.setEnd(text, to); return r.getBoundingClientRect().left; };
              return [at(0, 3), at(4, 7)];
            }
            """);
        await page.ScreenshotAsync(new() { Path = Shot("webchat-ar-crisis-numbers.png") });

        (await call.InnerTextAsync()).Should().Contain("116\u00a0123");
        positions[0].Should().BeLessThan(positions[1], "the Arabic page reads 116 123, not 123 116");
        (await page.GetAttributeAsync("html", "dir")).Should().Be("rtl");
    }

    [Fact]
    public async Task Pressing_shift_three_times_leaves_for_a_neutral_page_and_the_chat_is_not_in_the_history()
    {
        await using var host = await KitHost.StartAsync(o => o.QuickExitUrl = "https://neutral.example/weather", kestrel: true);
        var page = await OpenAsync(browser, host, "exit-1", "");
        await page.Context.RouteAsync("https://neutral.example/**", r => r.FulfillAsync(new() { Body = "<title>Weather</title>Sunny", ContentType = "text/html" }));
        await SendAsync(page, "hello");

        var leaving = page.WaitForURLAsync("https://neutral.example/weather"); // listening before the keys are pressed
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await leaving;
        (await page.TitleAsync()).Should().Be("Weather");

        await page.GoBackAsync();
        page.Url.Should().NotContain("/wellbeing/chat", "the chat page was replaced in the history, so Back does not show it");
    }

    [Fact]
    public async Task Delete_my_conversation_asks_first_then_erases_it()
    {
        await using var host = await KitHost.StartAsync(kestrel: true);
        var page = await OpenAsync(browser, host, "delete-1", "");
        await SendAsync(page, "hello");

        await page.ClickAsync("#wk-delete summary");
        (await page.Locator("#wk-delete-form").IsVisibleAsync()).Should().BeTrue("the confirmation shows first");
        await page.ClickAsync("#wk-delete-form button[type=submit]");
        await page.Locator("[data-testid=notice]").WaitForAsync();

        (await page.Locator(".wk-user").CountAsync()).Should().Be(0);
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-ready=true]");
        (await page.Locator("[data-testid=welcome]").IsVisibleAsync()).Should().BeTrue("nothing of the conversation is left on the server");
    }

    [Fact]
    public async Task The_log_is_named_and_focusable_and_each_bubble_says_who_wrote_it()
    {
        await using var host = await KitHost.StartAsync(kestrel: true);
        var page = await OpenAsync(browser, host, "sr-1", "");

        await SendAsync(page, "hello");
        await page.Locator("#wk-quick button").First.WaitForAsync();

        (await page.GetAttributeAsync("#wk-log", "tabindex")).Should().Be("0");
        (await page.GetAttributeAsync("#wk-log", "aria-label")).Should().Be("Conversation");
        (await page.Locator(".wk-user .wk-sr").First.TextContentAsync()).Should().Contain("You said:");
        (await page.Locator(".wk-kit .wk-sr").First.TextContentAsync()).Should().Contain("Calm Corner said:");
        (await page.Locator("#wk-log #wk-quick button").CountAsync()).Should().Be(2, "the quick replies are inside the announced region");
    }

    [Fact]
    public async Task A_quick_reply_keeps_focus_on_the_replies_while_the_answer_loads()
    {
        await using var host = await KitHost.StartAsync(kestrel: true);
        var page = await OpenAsync(browser, host, "focus-1", "");
        await SendAsync(page, "hello");
        await page.RouteAsync("**/wellbeing/messages", async r => { await Task.Delay(500); await r.ContinueAsync(); });

        await page.Locator("#wk-quick button").First.ClickAsync();
        var whileLoading = await page.EvaluateAsync<string>("document.activeElement.closest('#wk-quick') ? 'quick' : document.activeElement.tagName");
        await page.WaitForSelectorAsync(".wk-exercise-step");

        whileLoading.Should().Be("quick", "focus does not drop to the page while the reply loads");
        (await page.EvaluateAsync<string>("document.activeElement.tagName")).Should().NotBe("BODY");
    }

    [Fact]
    public async Task At_320_by_256_the_conversation_still_has_room()
    {
        await using var host = await KitHost.StartAsync(kestrel: true);
        var page = await OpenAsync(browser, host, "short-1", "?country=GB", o => o.ViewportSize = new ViewportSize { Width = 320, Height = 256 });
        await SendAsync(page, "I want to kill myself");
        await page.Locator(Card).WaitForAsync();

        var logHeight = await page.EvaluateAsync<double>("document.getElementById('wk-log').getBoundingClientRect().height");
        await page.ScreenshotAsync(new() { Path = Shot("webchat-320x256.png"), FullPage = true });

        logHeight.Should().BeGreaterThan(120, "at short heights the page scrolls as a whole instead of squeezing the conversation");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(320);
    }

    /// <summary>A reply shaped as CONTRACTS.md says (helplines kind, safetyPlan), served in place of the kit's.</summary>
    private const string ContractReply = """
        {"messages":[{"text":"I'm really glad you told me.","kind":"safety"},
                     {"text":"Samaritans: 116 123 (24/7)","kind":"helplines"},
                     {"text":"Here is your safety plan.","kind":"text"}],
         "quickReplies":[{"label":"Get help now","value":"help"}],
         "safety":true,
         "helplines":[{"name":"Samaritans","country":"GB","phone":"116 123","sms":null,"url":"https://www.samaritans.org/","hours":"24/7","description":null,"topics":["crisis"],"nameLang":null}],
         "handoff":null,"risk":{"level":"none","categories":[]},"locale":"en","direction":"ltr","flowId":"safety","state":"plan",
         "safetyPlan":{"title":"My safety plan","sections":[
           {"key":"warning_signs","title":"Warning signs","items":["Not sleeping","Staying in my room"]},
           {"key":"people_to_ask","title":"People I can ask for help","items":["My sister"]}]}}
        """;

    [Fact]
    public async Task Helpline_messages_are_not_repeated_as_bubbles_when_the_card_shows_them()
    {
        await using var host = await KitHost.StartAsync(kestrel: true);
        var page = await OpenAsync(browser, host, "contract-1", "");
        await page.RouteAsync("**/wellbeing/messages", r => r.FulfillAsync(new() { Body = ContractReply, ContentType = "application/json" }));

        await SendAsync(page, "my safety plan");

        (await page.Locator(Card).CountAsync()).Should().Be(1, "one card, pinned");
        (await page.Locator(".wk-kit").AllTextContentsAsync()).Should().NotContain(t => t.Contains("116 123"), "the card already lists the numbers");
        (await page.Locator(".wk-kit").CountAsync()).Should().Be(2);
        (await page.Locator("#wk-quick button").TextContentAsync()).Should().Be("Get help now");
    }

    [Fact]
    public async Task A_safety_plan_in_the_reply_shows_as_a_card_with_its_sections()
    {
        await using var host = await KitHost.StartAsync(kestrel: true);
        var page = await OpenAsync(browser, host, "contract-2", "");
        await page.RouteAsync("**/wellbeing/messages", r => r.FulfillAsync(new() { Body = ContractReply, ContentType = "application/json" }));

        await SendAsync(page, "my safety plan");

        var plan = page.Locator("[data-testid=safety-plan-card]");
        (await plan.Locator("h2").TextContentAsync()).Should().Be("My safety plan");
        (await plan.Locator("[data-key=warning_signs] li").AllTextContentsAsync()).Should().Equal("Not sleeping", "Staying in my room");
        (await plan.Locator("[data-key=people_to_ask] h3").TextContentAsync()).Should().Be("People I can ask for help");
        await AxeAsync(page, "safety plan");
        await page.ScreenshotAsync(new() { Path = Shot("webchat-safety-plan.png") });
    }
}
