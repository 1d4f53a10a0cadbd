using Microsoft.Playwright;

namespace WellbeingKit.AspNetCore.Tests;

/// <summary>
/// Debian's headless Chromium (<c>/usr/bin/chromium</c>, from <c>.ci/apt-packages.txt</c>) driven by Playwright's .NET driver,
/// which ships its Node driver inside the NuGet package: nothing is downloaded.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: <c>tests/WellbeingKit.AspNetCore.Tests/TestResults/</c>.</summary>
    public static string ArtefactDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WellbeingKit.AspNetCore.Tests.csproj")))
            {
                dir = dir.Parent;
            }

            var path = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's 'chromium' package (it is listed in .ci/apt-packages.txt).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>A phone-sized page (360 × 740) whose requests carry <paramref name="user"/> in the test identity header.</summary>
    /// <param name="user">The test user.</param>
    /// <param name="configure">Changes the browser context (no JavaScript, another size, dark mode...).</param>
    public async Task<IPage> PhonePageAsync(string user, Action<BrowserNewContextOptions>? configure = null)
    {
        var options = new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            DeviceScaleFactor = 1,
            ExtraHTTPHeaders = new Dictionary<string, string> { [KitHost.UserHeader] = user },
        };
        configure?.Invoke(options);
        var context = await Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }
}
