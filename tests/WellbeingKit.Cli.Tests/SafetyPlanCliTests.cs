using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Cli.Commands;

namespace WellbeingKit.Cli.Tests;

/// <summary>
/// The safety plan in the terminal, as the CLI builds the kit (default pack, a SQLite store): built in <c>wellbeing chat</c>,
/// shown with "my safety plan", then <c>wellbeing data export</c> and <c>data erase</c>. The screening is the lexicon
/// only: the shipped ML classifier reads some one-word answers ("Sam", "mon jardin") as a crisis, which is its own
/// matter (a crisis always interrupts the plan, as it should); here the subject is the plan.
/// </summary>
public sealed class SafetyPlanCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("en", "my safety plan", "all", "not sleeping\na walk, music\nthe park\nSam\nskip\nstay with friends\nmy garden", "• Sam")]
    [InlineData("es", "mi plan de seguridad", "all", "no dormir\ncaminar, música\nel parque\nSam\nsaltar\nquedarme con amigos\nmi jardín", "• Sam")]
    [InlineData("fr", "mon plan de sécurité", "all", "ne plus dormir\nmarcher, musique\nle parc\nSam\npasser\nrester avec des amis\nmon jardin", "• Sam")]
    [InlineData("ar", "خطة الأمان", "all", "قلة النوم\nالمشي، الموسيقى\nالحديقة\nسامي\nتخطي\nالبقاء مع الأصدقاء\nحديقتي", "• سامي")]
    public async Task A_plan_built_in_chat_is_shown_with_one_line_then_exported_and_erased_by_the_data_commands(string locale, string show, string all, string answers, string shownItem)
    {
        var store = _dir.File("wellbeing.db");
        var transcript = await ChatAsync(store, locale, $"menu\nsafety-plan\n{all}\n{answers}\nmenu\n{show}\n");

        var lastShow = transcript[transcript.LastIndexOf("you> " + show, StringComparison.Ordinal)..];
        lastShow.Should().Contain(shownItem, "typing the phrase shows the plan, section by section, as text");
        lastShow.Should().Contain("116 123", "the helplines are in the plan, and on the reply if the phrase screens as a crisis");

        var export = await WellbeingAsync("data", "export", "--store", store, "--user", "plan-" + locale);
        export.Code.Should().Be(0, export.Stderr);
        using (var json = JsonDocument.Parse(export.Stdout))
        {
            var plan = json.RootElement.GetProperty("safetyPlan");
            plan.GetProperty("sections").GetProperty("people_to_ask")[0].GetString().Should().Be(shownItem[2..]);
            plan.GetProperty("sections").GetProperty("coping_alone").GetArrayLength().Should().Be(2);
        }

        var erase = await WellbeingAsync("data", "erase", "--store", store, "--user", "plan-" + locale);
        erase.Code.Should().Be(0, erase.Stderr);
        var after = await WellbeingAsync("data", "export", "--store", store, "--user", "plan-" + locale);
        using (var json = JsonDocument.Parse(after.Stdout))
        {
            json.RootElement.GetProperty("safetyPlan").ValueKind.Should().Be(JsonValueKind.Null);
        }
    }

    private async Task<string> ChatAsync(string store, string locale, string script)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        CliServices.AddKit(services, new CliSettings { StorePath = store, Locale = locale, Country = "GB" });
        foreach (var ml in services.Where(d => d.ServiceType == typeof(Risk.IRiskDetector) && d.ImplementationType?.Namespace == "WellbeingKit.ML").ToList())
        {
            services.Remove(ml);
        }

        // A detector time-out counts as a crisis: on a busy test machine, give the screening time.
        services.Configure<WellbeingKitOptions>(o => o.DetectorTimeout = TimeSpan.FromSeconds(30));
        await using var provider = services.BuildServiceProvider();
        var session = new ChatSession(provider.GetRequiredService<IWellbeingKit>(), "plan-" + locale, locale, "GB");
        var output = new StringWriter();
        (await session.RunScriptedAsync(new StringReader(script), output, CancellationToken.None)).Should().Be(0);
        return output.ToString();
    }

    private static Task<(int Code, string Stdout, string Stderr)> WellbeingAsync(params string[] arguments) => CliRunner.ProcessAsync(arguments);
}
