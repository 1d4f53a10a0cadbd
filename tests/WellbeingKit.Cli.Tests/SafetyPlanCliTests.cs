using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.Cli.Commands;

namespace WellbeingKit.Cli.Tests;

/// <summary>
/// The safety plan in the terminal, as the CLI builds the kit (default pack, lexicon and ML screening, a SQLite store):
/// built in <c>wellbeing chat</c>, shown with "my safety plan", then <c>wellbeing data export</c> and <c>data erase</c>.
/// </summary>
public sealed class SafetyPlanCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("en", "my safety plan", "all", "not sleeping\na walk, music\nthe park\nAna\nskip\nstay with friends\nmy kids", "• Ana")]
    [InlineData("es", "mi plan de seguridad", "all", "no dormir\ncaminar, música\nel parque\nAna\nsaltar\nquedarme con amigos\nmis hijos", "• Ana")]
    [InlineData("fr", "mon plan de sécurité", "all", "ne plus dormir\nmarcher, musique\nle parc\nAna\npasser\nrester avec des amis\nmes enfants", "• Ana")]
    [InlineData("ar", "خطة الأمان", "all", "قلة النوم\nالمشي، الموسيقى\nالحديقة\nسارة\nتخطي\nالبقاء مع الأصدقاء\nأطفالي", "• سارة")]
    public async Task A_plan_built_in_chat_is_shown_with_one_line_then_exported_and_erased_by_the_data_commands(string locale, string show, string all, string answers, string shownItem)
    {
        var store = _dir.File("wellbeing.db");
        var transcript = await ChatAsync(store, locale, $"{show}\n{all}\n{answers}\nmenu\n{show}\n");

        var lastShow = transcript[transcript.LastIndexOf("you> " + show, StringComparison.Ordinal)..];
        lastShow.Should().Contain(shownItem, "typing the phrase shows the plan, section by section, as text");

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
