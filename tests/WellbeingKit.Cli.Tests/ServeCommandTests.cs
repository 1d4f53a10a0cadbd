using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using WellbeingKit.Cli.Commands;

namespace WellbeingKit.Cli.Tests;

/// <summary>
/// <c>wellbeing serve --content</c>: a pack written by <c>content init --locales en,uk</c> (plus the author's Ukrainian crisis
/// phrases) served on a real socket and SQLite, driven in Debian's headless Chromium (<c>/usr/bin/chromium</c>) by Playwright.
/// </summary>
public sealed class ServeCommandTests : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "wbk-serve-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private string Pack => Path.Join(_root, "pack");

    public async Task InitializeAsync()
    {
        ContentInitCommand.Run(Pack, "en,uk", "Hope", TextWriter.Null, TextWriter.Null).Should().Be(0);
        Directory.CreateDirectory(Path.Join(Pack, "lexicons"));
        await File.WriteAllTextAsync(Path.Join(Pack, "lexicons", "uk.yaml"), "locale: uk\npatterns:\n  - id: uk.suicidal-ideation\n    category: suicidal-ideation\n    level: high\n    phrases: [не хочу жити, хочу покінчити з собою]\n");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task A_served_pack_chats_in_a_non_default_locale_with_the_page_words_in_that_locale_and_a_crisis_reaches_the_safety_flow()
    {
        _app = ServeCommand.Build(new CliSettings { ContentDirectory = Pack, StorePath = Path.Join(_root, "serve.db") }, port: 0);
        await _app.StartAsync();
        var page = await NewPageAsync();

        await page.GotoAsync(ServeCommand.Address(_app) + "/wellbeing/chat?locale=uk");
        await page.FillAsync("#wk-input", "привіт");
        await page.ClickAsync("#wk-send");
        await page.Locator("#wk-log").GetByText("Привіт, я Hope").WaitForAsync();

        await page.FillAsync("#wk-input", "я не хочу жити");
        await page.ClickAsync("#wk-send");
        await page.Locator("#wk-log").GetByText("Ви зараз у безпеці?").WaitForAsync();
        await page.Locator("[data-testid=helpline-card]").GetByText("Find A Helpline").First.WaitForAsync();

        (await page.TextContentAsync("#wk-send")).Should().Be("Надіслати");
        (await page.GetAttributeAsync("#wk-input", "placeholder")).Should().Be("Напишіть повідомлення…");
        (await page.TextContentAsync("footer.wk-note [data-ui=note]")).Should().Be("Це не служба екстреної допомоги. Якщо ви в небезпеці, зателефонуйте на місцевий номер екстреної допомоги.");
        (await page.TitleAsync()).Should().Be("Hope");
    }

    [Fact]
    public async Task A_pack_that_does_not_validate_is_not_served()
    {
        File.Delete(Path.Join(Pack, "lexicons", "uk.yaml"));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ServeCommand.RunAsync(new CliSettings { ContentDirectory = Pack, StorePath = Path.Join(_root, "serve.db") }, 0, output, error, CancellationToken.None);

        exit.Should().Be(1);
        output.ToString().Should().BeEmpty();
        error.ToString().Should().Contain("locale 'uk' has no crisis lexicon").And.Contain("1 problem(s) in");
    }

    private async Task<IPage> NewPageAsync()
    {
        File.Exists(ChromiumPath).Should().BeTrue($"{ChromiumPath} comes from Debian's 'chromium' package (.ci/apt-packages.txt)");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-dev-shm-usage"],
        });
        var page = await _browser.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }
}
