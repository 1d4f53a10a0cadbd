using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.AspNetCore.Internal;
using WellbeingKit.Conversations;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;
using Microsoft.AspNetCore.Builder;
using WellbeingKit.Samples.HR;
using WellbeingKit.AspNetCore.Tests;
using Education = WellbeingKit.Samples.Education;
using Hr = WellbeingKit.Samples.HR;

namespace WellbeingKit.Samples.Tests;

public sealed class HrSampleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, PublishedTeam> NothingPublished = [];
    private static readonly DashboardOptions K5 = new();

    private static IEnumerable<TeamCheckIn> People(string team, params int[] moods) =>
        moods.Select((mood, i) => new TeamCheckIn($"{team}-{i}", team, mood, Now));

    [Fact]
    public void A_team_of_four_is_not_listed_at_all()
    {
        TeamDashboard.Build(People("design", 3, 3, 3, 3), NothingPublished, K5).Should().BeEmpty();
    }

    [Fact]
    public void A_team_of_five_is_shown()
    {
        var row = TeamDashboard.Build(People("engineering", 3, 3, 3, 4, 2), NothingPublished, K5).Should().ContainSingle().Subject.Row;

        row.Should().Be(new TeamRow("engineering", 5, 3.0, null, CarriedOver: false));
    }

    [Fact]
    public void One_person_checking_in_many_times_counts_once()
    {
        var checkIns = People("design", 3, 3, 3, 3).Concat(Enumerable.Range(0, 6).Select(i => new TeamCheckIn("design-0", "design", 1, Now.AddMinutes(i))));

        TeamDashboard.Build(checkIns, NothingPublished, K5).Should().BeEmpty();
    }

    [Fact]
    public void The_minimum_group_size_cannot_be_set_below_three()
    {
        var build = () => TeamDashboard.Build(People("design", 3, 3), NothingPublished, new DashboardOptions { MinimumGroupSize = 2 });

        build.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_share_of_low_moods_is_hidden_when_it_would_describe_fewer_than_k_people()
    {
        TeamDashboard.Build(People("a", 1, 4, 4, 4, 4), NothingPublished, K5).Single().Row.LowShare.Should().BeNull("1 in 5 points at one person");
        TeamDashboard.Build(People("b", 1, 1, 1, 1, 1), NothingPublished, K5).Single().Row.LowShare.Should().BeNull("5 of 5 tells everyone's mood");
        TeamDashboard.Build(People("c", 1, 2, 1, 2, 1, 4, 4, 5, 3, 4), NothingPublished, K5).Single().Row.LowShare.Should().Be(0.5);
    }

    [Fact]
    public void Two_snapshots_that_differ_by_one_person_cannot_reveal_that_persons_mood()
    {
        var first = TeamDashboard.Build(People("engineering", 4, 4, 3, 3, 3), NothingPublished, K5).Single();
        var previous = new Dictionary<string, PublishedTeam> { ["engineering"] = first };

        var second = TeamDashboard.Build(People("engineering", 4, 4, 3, 3, 3, 1), previous, K5).Single();

        first.Row.AverageMood.Should().Be(3.4);
        second.Row.Should().Be(first.Row with { CarriedOver = true }, "new figures would give 6 x mean - 5 x 3.4 = the new person's mood");
        (second.Row.People * second.Row.AverageMood - first.Row.People * first.Row.AverageMood).Should().Be(0);
    }

    [Fact]
    public void A_team_that_changed_by_k_people_gets_new_figures()
    {
        var first = TeamDashboard.Build(People("engineering", 4, 4, 3, 3, 3), NothingPublished, K5).Single();

        var second = TeamDashboard.Build(People("engineering", 4, 4, 3, 3, 3, 1, 1, 2, 2, 2), new Dictionary<string, PublishedTeam> { ["engineering"] = first }, K5).Single();

        second.Row.Should().Be(new TeamRow("engineering", 10, 2.5, 0.5, CarriedOver: false));
    }

    [Fact]
    public void The_same_people_with_new_moods_get_new_figures()
    {
        var first = TeamDashboard.Build(People("engineering", 4, 4, 3, 3, 3), NothingPublished, K5).Single();

        var second = TeamDashboard.Build(People("engineering", 2, 2, 3, 3, 3), new Dictionary<string, PublishedTeam> { ["engineering"] = first }, K5).Single();

        second.Row.AverageMood.Should().Be(2.6);
    }

    [Fact]
    public void With_an_epsilon_each_figure_carries_laplace_noise_of_the_stated_scale()
    {
        // A uniform draw of 0.75 is the Laplace quantile scale x ln 2.
        var row = TeamDashboard.Build(People("engineering", 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), NothingPublished, new DashboardOptions { Epsilon = 1 }, () => 0.75).Single().Row;

        row.People.Should().Be((int)Math.Round(10 + (2 * Math.Log(2))));
        row.AverageMood.Should().Be(Math.Round(3 + (4.0 / 10 / 0.5 * Math.Log(2)), 1));
    }

    private static Dictionary<string, string?> Company(params (string Employee, string Team)[] employees)
    {
        var settings = new Dictionary<string, string?> { ["Roles:Hr"] = "hr", ["Roles:Eap"] = "eap", ["Managers:mgr-eng"] = "engineering", ["Managers:mgr-ops"] = "ops" };
        foreach (var (employee, team) in employees)
        {
            settings[$"Teams:{employee}"] = team;
        }

        return settings;
    }

    private static (string, string)[] Team(string team, int count) =>
        [.. Enumerable.Range(0, count).Select(i => ($"{team[..3]}{i}x7q", team))];

    private static async Task CheckInAllAsync(WebApplication app, IEnumerable<(string Employee, string Team)> employees, int mood = 3)
    {
        foreach (var (employee, _) in employees)
        {
            using var client = app.Client(employee);
            (await client.PostAsJsonAsync("/hr/checkin", new { mood })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        }
    }

    [Fact]
    public async Task A_manager_sees_only_their_teams_hr_sees_all_and_small_teams_are_not_listed()
    {
        (string, string)[] employees = [.. Team("engineering", 5), .. Team("design", 5), .. Team("ops", 3)];
        await using var app = await SampleHosts.StartAsync(Hr.Program.Create, Company(employees));
        await CheckInAllAsync(app, employees);
        using var hr = app.Client("hr");
        (await hr.PostAsync("/hr/snapshots", null)).EnsureSuccessStatusCode();

        using var manager = app.Client("mgr-eng");
        using var opsManager = app.Client("mgr-ops");
        Teams(await manager.GetStringAsync("/hr/dashboard.json")).Should().Equal("engineering");
        Teams(await hr.GetStringAsync("/hr/dashboard.json")).Should().Equal("design", "engineering");
        Teams(await opsManager.GetStringAsync("/hr/dashboard.json")).Should().BeEmpty();
        (await hr.GetStringAsync("/hr/dashboard")).Should().NotContain("ops");
    }

    private static IEnumerable<string> Teams(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("team").GetString()!);

    [Fact]
    public async Task The_dashboard_is_a_page_with_a_chart_and_a_table_and_says_who_sees_what()
    {
        var employees = Team("engineering", 5);
        await using var app = await SampleHosts.StartAsync(Hr.Program.Create, Company(employees));
        await CheckInAllAsync(app, employees);
        using var hr = app.Client("hr");
        (await hr.PostAsync("/hr/snapshots", null)).EnsureSuccessStatusCode();

        using var response = await app.Client("mgr-eng").GetAsync("/hr/dashboard");

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("<svg").And.Contain("<table").And.Contain("engineering").And.Contain("Who sees what");
    }

    [Fact]
    public async Task Figures_are_weekly_snapshots_not_live()
    {
        var employees = Team("engineering", 5);
        await using var app = await SampleHosts.StartAsync(Hr.Program.Create, Company(employees));
        await CheckInAllAsync(app, employees);
        using var hr = app.Client("hr");
        (await hr.PostAsync("/hr/snapshots", null)).EnsureSuccessStatusCode();
        var before = await hr.GetStringAsync("/hr/dashboard.json");

        await CheckInAllAsync(app, employees, mood: 1);

        (await hr.GetStringAsync("/hr/dashboard.json")).Should().Be(before);
    }

    [Fact]
    public async Task Check_ins_reach_the_dashboard_through_the_kits_store()
    {
        var employees = Team("engineering", 5);
        await using var app = await SampleHosts.StartAsync(Hr.Program.Create, Company(employees));
        var store = app.Services.GetRequiredService<WellbeingKit.UserData.IUserDataStore>();
        var directory = app.Services.GetRequiredService<HrDirectory>();
        foreach (var (employee, _) in employees)
        {
            // What the chat's mood check-in records: a mood row under the employee's pseudonym.
            await store.AddMoodAsync(new WellbeingKit.UserData.MoodEntry(directory.PseudonymOf(employee), DateTimeOffset.UtcNow, 2, null, null));
        }

        var snapshot = await app.Services.GetRequiredService<DashboardSnapshots>().PublishAsync(default);

        snapshot.Teams.Should().ContainSingle().Which.Should().Be(new TeamRow("engineering", 5, 2.0, null, CarriedOver: false));
    }

    [Fact]
    public async Task Only_hr_and_managers_open_the_dashboard_and_only_the_eap_reads_referrals()
    {
        await using var app = await SampleHosts.StartAsync(Hr.Program.Create, Company(Team("engineering", 5)));

        (await app.Client("eng0x7q").GetAsync("/hr/dashboard")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.Client("mgr-eng").PostAsync("/hr/snapshots", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.Client("mgr-eng").GetAsync("/eap/referrals")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.Client("hr").GetAsync("/eap/referrals")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.Client("eap").GetAsync("/eap/referrals")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_handoff_is_referred_to_the_eap_with_a_unique_reference_never_to_the_manager()
    {
        await using var app = await SampleHosts.StartAsync(Hr.Program.Create, Company(Team("engineering", 5)));
        var handoff = app.Services.GetRequiredService<IHandoffService>();

        var first = await handoff.RequestAsync(new HandoffRequest { UserId = "emp-x", To = "manager", Level = RiskLevel.High });
        var second = await handoff.RequestAsync(new HandoffRequest { UserId = "emp-y", To = "counsellor", Level = RiskLevel.Low });

        first.Status.Should().Be(HandoffStatus.Queued);
        first.Reference.Should().StartWith("EAP-").And.NotBe(second.Reference);
        app.Services.GetRequiredService<HrStore>().Referrals().Select(r => r.Reference).Should().Equal(first.Reference, second.Reference);
        (await app.Client("eap").GetStringAsync("/eap/referrals")).Should().Contain(first.Reference!);
    }

    [Fact]
    public async Task Typing_that_you_want_the_eap_makes_a_referral_you_can_see_in_your_export()
    {
        await using var app = await SampleHosts.StartAsync(Hr.Program.Create, Company(Team("engineering", 5)), useTestKit: false);
        using var employee = app.Client("eng0x7q");

        var reply = await employee.PostAsJsonAsync("/wellbeing/messages", new { text = "I want to talk to a counsellor from the EAP" });

        var reference = JsonDocument.Parse(await reply.Content.ReadAsStringAsync()).RootElement.GetProperty("handoff").GetProperty("reference").GetString();
        reference.Should().StartWith("EAP-");
        (await employee.GetStringAsync("/hr/my-data")).Should().Contain(reference!);
        (await app.Client("eap").GetStringAsync("/eap/referrals")).Should().Contain(reference!).And.Contain("eng0x7q");
    }

    [Fact]
    public async Task A_referral_after_a_crisis_message_carries_the_level_that_led_to_it()
    {
        await using var app = await SampleHosts.StartAsync(Hr.Program.Create, Company(Team("engineering", 5)), useTestKit: false);
        using var employee = app.Client("eng0x7q");

        (await employee.PostAsJsonAsync("/wellbeing/messages", new { text = "I want to kill myself" })).EnsureSuccessStatusCode();
        (await employee.PostAsJsonAsync("/wellbeing/messages", new { text = "I want to talk to a counsellor" })).EnsureSuccessStatusCode();

        app.Services.GetRequiredService<HrStore>().Referrals().Should().NotBeEmpty().And.OnlyContain(r => r.Level >= RiskLevel.High);
    }

    [Fact]
    public async Task An_employee_asking_for_peer_support_is_matched_with_a_colleague_who_speaks_their_language()
    {
        await using var app = await SampleHosts.StartAsync(Hr.Program.Create, Company(Team("engineering", 5)), useTestKit: false);
        using var employee = app.Client("eng0x7q");

        var reply = await employee.PostAsJsonAsync("/wellbeing/messages", new { text = "peer support", locale = "es" });

        var body = await reply.Content.ReadAsStringAsync();
        reply.EnsureSuccessStatusCode();
        body.Should().Contain("Lucía", "Lucía is the available peer supporter who speaks Spanish").And.NotContain("Priya");
        app.Services.GetRequiredService<HrStore>().Referrals().Should().ContainSingle(r => r.Reason == "the kit asked for a peer");
    }

    [Fact]
    public async Task An_employee_at_high_risk_who_asks_for_peer_support_is_not_routed_to_a_peer()
    {
        await using var app = await SampleHosts.StartAsync(Hr.Program.Create, Company(Team("engineering", 5)), useTestKit: false);
        using var employee = app.Client("eng0x7q");

        (await employee.PostAsJsonAsync("/wellbeing/messages", new { text = "I want to kill myself" })).EnsureSuccessStatusCode();
        var reply = await employee.PostAsJsonAsync("/wellbeing/messages", new { text = "peer support" });

        reply.EnsureSuccessStatusCode();
        (await reply.Content.ReadAsStringAsync()).Should().NotContain("Priya").And.NotContain("Lucía").And.NotContain("Amina");
        app.Services.GetRequiredService<HrStore>().Referrals().Should().NotContain(r => r.Reason == "the kit asked for a peer");
    }

    [Fact]
    public async Task After_a_run_the_hr_databases_name_no_employee()
    {
        (string, string)[] employees = [.. Team("engineering", 5), .. Team("design", 3)];
        await using var app = await SampleHosts.StartAsync(Hr.Program.Create, Company(employees), useTestKit: false);
        await CheckInAllAsync(app, employees, mood: 2);
        using (var employee = app.Client("eng0x7q"))
        {
            (await employee.PostAsJsonAsync("/wellbeing/messages", new { text = "I want to kill myself" })).EnsureSuccessStatusCode();
            (await employee.PostAsJsonAsync("/wellbeing/messages", new { text = "I want to talk to a counsellor from the EAP" })).EnsureSuccessStatusCode();
        }

        using (var other = app.Client("des1x7q"))
        {
            (await other.PostAsJsonAsync("/wellbeing/messages", new { text = "hello" })).EnsureSuccessStatusCode();
        }

        (await app.Client("hr").PostAsync("/hr/snapshots", null)).EnsureSuccessStatusCode();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var folder = app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["DataFolder"]!;
        var files = await DataFolderFiles.ReadAllAsync(folder);

        files.Select(f => Path.GetFileName(f.File)).Should().Contain(["wellbeing.db", "hr.db"]);
        foreach (var (file, bytes) in files)
        {
            foreach (var text in DataFolderFiles.AsText(bytes))
            {
                foreach (var (id, _) in employees)
                {
                    text.Should().NotContain(id, file);
                }
            }
        }
    }

    /// <summary>A pack whose author marked an exercise that needs privacy as fine for the workplace.</summary>
    private sealed class PrivacyAtWorkContent : WellbeingKit.Content.IContentSource
    {
        public ValueTask<WellbeingKit.Content.ContentPack> GetPackAsync(CancellationToken cancellationToken = default)
        {
            var exercise = TestContent.Pack.Exercises["box-breathing"] with
            {
                Id = "speak-aloud",
                Contexts = ["workplace", "home"],
                Requires = new WellbeingKit.Content.ExerciseRequirements { Privacy = true },
            };
            return ValueTask.FromResult(TestContent.Pack with { Exercises = new Dictionary<string, WellbeingKit.Content.Exercise> { [exercise.Id] = exercise } });
        }
    }

    [Theory]
    [InlineData("workplace", false)]
    [InlineData("home", true)]
    public async Task The_hr_host_rule_leaves_out_exercises_that_need_privacy_at_work_whatever_the_pack_says(string context, bool offered)
    {
        await using var app = await SampleHosts.StartAsync((args, configure) => Hr.Program.Create(args, b =>
        {
            configure(b);
            b.Services.AddSingleton<WellbeingKit.Content.IContentSource, PrivacyAtWorkContent>();
        }), useTestKit: false);
        var selector = app.Services.GetRequiredService<WellbeingKit.Exercises.IExerciseSelector>();

        var selection = await selector.SelectAsync(new WellbeingKit.Exercises.ExerciseSelectionRequest { UserId = "ana", Locale = "en", Context = context, Count = 5 });

        selection.Choices.Any(c => c.Exercise.Id == "speak-aloud").Should().Be(offered);
    }

    [Fact]
    public async Task The_hr_host_rule_holds_even_when_the_workplace_context_limits_are_relaxed()
    {
        await using var app = await SampleHosts.StartAsync((args, configure) => Hr.Program.Create(args, b =>
        {
            configure(b);
            b.Services.AddSingleton<WellbeingKit.Content.IContentSource, PrivacyAtWorkContent>();
            b.Services.Configure<WellbeingKit.Exercises.ExerciseSelectionOptions>(o => o.ContextLimits["workplace"] = new WellbeingKit.Exercises.ContextLimits());
        }), useTestKit: false);
        var selector = app.Services.GetRequiredService<WellbeingKit.Exercises.IExerciseSelector>();

        var selection = await selector.SelectAsync(new WellbeingKit.Exercises.ExerciseSelectionRequest { UserId = "ana", Locale = "en", Context = "workplace" });

        selection.Excluded.Should().ContainKey("speak-aloud").WhoseValue.Should().Contain("at work");
    }

    [Fact]
    public async Task Messages_from_the_hr_chat_are_marked_as_at_the_workplace()
    {
        var kit = new RecordingKit();
        await using var recorded = await SampleHosts.StartAsync((args, configure) => Hr.Program.Create(args, b =>
        {
            configure(b);
            b.Services.AddSingleton<IWellbeingKit>(kit);
        }));
        using var employee = recorded.Client("ana");

        (await employee.PostAsJsonAsync("/wellbeing/messages", new { text = "hello" })).EnsureSuccessStatusCode();

        kit.Messages.Should().ContainSingle().Which.Context.Should().Be("workplace");
    }
}
