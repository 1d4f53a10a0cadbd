using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.AspNetCore.Internal;
using WellbeingKit.Conversations;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;
using WellbeingKit.Samples.HR;
using WellbeingKit.AspNetCore.Tests;
using Education = WellbeingKit.Samples.Education;
using Hr = WellbeingKit.Samples.HR;

namespace WellbeingKit.Samples.Tests;

public sealed class HrSampleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static IEnumerable<TeamCheckIn> People(string team, int count) =>
        Enumerable.Range(0, count).Select(i => new TeamCheckIn($"{team}-{i}", team, 3, Now));

    [Fact]
    public void A_team_of_four_is_suppressed_entirely()
    {
        var rows = TeamDashboard.Build(People("design", 4), Now.AddDays(-14));

        rows.Should().ContainSingle().Which.Should().Be(new TeamRow("design", Suppressed: true, null, null, null));
    }

    [Fact]
    public void A_team_of_five_is_shown()
    {
        var rows = TeamDashboard.Build(People("engineering", 5), Now.AddDays(-14));

        rows.Should().ContainSingle().Which.Should().Be(new TeamRow("engineering", Suppressed: false, 5, 3.0, 0.0));
    }

    [Fact]
    public void One_person_checking_in_many_times_counts_once()
    {
        var checkIns = People("design", 4).Concat(Enumerable.Range(0, 6).Select(i => new TeamCheckIn("design-0", "design", 1, Now.AddMinutes(i))));

        TeamDashboard.Build(checkIns, Now.AddDays(-14)).Single().Suppressed.Should().BeTrue();
    }

    [Fact]
    public void The_minimum_group_size_cannot_be_lowered_below_five()
    {
        var build = () => TeamDashboard.Build(People("design", 3), Now.AddDays(-14), minimumGroupSize: 2);

        build.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task The_manager_dashboard_shows_a_team_of_five_and_hides_a_team_of_three()
    {
        var teams = new Dictionary<string, string?>();
        foreach (var name in new[] { "ana", "ben", "cai", "dev", "eli" })
        {
            teams[$"Teams:{name}"] = "engineering";
        }

        foreach (var name in new[] { "gus", "hal", "ivy" })
        {
            teams[$"Teams:{name}"] = "design";
        }

        await using var app = await SampleHosts.StartAsync(Hr.Program.Create, teams);
        foreach (var name in teams.Keys.Select(k => k["Teams:".Length..]))
        {
            using var employee = app.Client(name);
            (await employee.PostAsJsonAsync("/hr/checkin", new { mood = 2 })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        }

        using var manager = app.Client("manager");
        var json = await manager.GetStringAsync("/hr/dashboard");

        var rows = JsonDocument.Parse(json).RootElement.GetProperty("teams").EnumerateArray().ToDictionary(r => r.GetProperty("team").GetString()!);
        rows["engineering"].GetProperty("people").GetInt32().Should().Be(5);
        rows["design"].GetProperty("suppressed").GetBoolean().Should().BeTrue();
        rows["design"].GetProperty("people").ValueKind.Should().Be(JsonValueKind.Null);
        json.Should().NotContain("gus").And.NotContain("ana");
    }

    [Fact]
    public async Task An_employee_cannot_open_the_manager_dashboard()
    {
        await using var app = await SampleHosts.StartAsync(Hr.Program.Create);
        using var employee = app.Client("ana");

        (await employee.GetAsync("/hr/dashboard")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_handoff_is_referred_to_the_eap_never_to_the_manager()
    {
        await using var app = await SampleHosts.StartAsync(Hr.Program.Create);
        var handoff = app.Services.GetRequiredService<IHandoffService>();

        var result = await handoff.RequestAsync(new HandoffRequest { UserId = "ana", To = "manager", Level = RiskLevel.High });

        result.Status.Should().Be(HandoffStatus.Queued);
        result.Reference.Should().StartWith("EAP-");
        app.Services.GetRequiredService<EapReferrals>().Snapshot().Should().ContainSingle().Which.Request.To.Should().Be("eap");
        using var manager = app.Client("manager");
        (await manager.GetStringAsync("/hr/dashboard")).Should().NotContain("ana").And.NotContain("EAP-");
        (await manager.GetAsync("/eap/referrals")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var eap = app.Client("eap");
        (await eap.GetStringAsync("/eap/referrals")).Should().Contain(result.Reference);
    }

    [Fact]
    public async Task An_employee_in_crisis_who_asks_for_a_person_is_referred_to_the_eap()
    {
        await using var app = await SampleHosts.StartAsync(Hr.Program.Create, useTestKit: false);
        using var employee = app.Client("ana");

        (await employee.PostAsJsonAsync("/wellbeing/messages", new { text = "I want to kill myself" })).EnsureSuccessStatusCode();
        var reply = await employee.PostAsJsonAsync("/wellbeing/messages", new { text = "handoff" });

        var handoff = JsonDocument.Parse(await reply.Content.ReadAsStringAsync()).RootElement.GetProperty("handoff");
        handoff.GetProperty("reference").GetString().Should().StartWith("EAP-");
        app.Services.GetRequiredService<EapReferrals>().Snapshot().Should().ContainSingle().Which.Employee.Should().Be("ana");
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

public sealed class EducationSampleTests
{
    [Fact]
    public async Task A_handoff_lands_on_the_counsellor_queue_with_a_ticket_and_an_estimate()
    {
        await using var app = await SampleHosts.StartAsync(Education.Program.Create);
        var handoff = app.Services.GetRequiredService<IHandoffService>();

        var result = await handoff.RequestAsync(new HandoffRequest { UserId = "student-7", Level = RiskLevel.High });

        result.Should().Be(new HandoffResult(HandoffStatus.Queued, TimeSpan.FromMinutes(15), "C-0001"));
        using var counsellor = app.Client("counsellor");
        (await counsellor.GetStringAsync("/counsellor/queue")).Should().Contain("C-0001").And.Contain("student-7");
    }

    [Fact]
    public async Task A_student_in_crisis_who_asks_for_a_person_lands_on_the_counsellor_queue()
    {
        await using var app = await SampleHosts.StartAsync(Education.Program.Create, useTestKit: false);
        using var student = app.Client("student-9");

        var crisis = await student.PostAsJsonAsync("/wellbeing/messages", new { text = "I want to kill myself" });
        var safety = JsonDocument.Parse(await crisis.Content.ReadAsStringAsync()).RootElement;
        var reply = await student.PostAsJsonAsync("/wellbeing/messages", new { text = "handoff" });
        var handoff = JsonDocument.Parse(await reply.Content.ReadAsStringAsync()).RootElement.GetProperty("handoff");

        safety.GetProperty("safety").GetBoolean().Should().BeTrue();
        safety.GetProperty("helplines").GetArrayLength().Should().BeGreaterThan(0);
        handoff.GetProperty("status").GetString().Should().Be("queued");
        handoff.GetProperty("reference").GetString().Should().Be("C-0001");
        using var counsellor = app.Client("counsellor");
        (await counsellor.GetStringAsync("/counsellor/queue.json")).Should().Contain("student-9");
    }

    [Fact]
    public async Task A_student_cannot_see_the_counsellor_queue()
    {
        await using var app = await SampleHosts.StartAsync(Education.Program.Create);
        using var student = app.Client("student-7");

        (await student.GetAsync("/counsellor/queue")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task With_no_counsellor_on_duty_the_handoff_says_so_honestly()
    {
        await using var app = await SampleHosts.StartAsync(Education.Program.Create, new Dictionary<string, string?> { ["Counsellors:OnDuty"] = "false" });

        var result = await app.Services.GetRequiredService<IHandoffService>().RequestAsync(new HandoffRequest { UserId = "student-7" });

        result.Status.Should().Be(HandoffStatus.Unavailable);
    }

    [Fact]
    public async Task The_chat_page_is_served_to_a_demo_student()
    {
        await using var app = await SampleHosts.StartAsync(Education.Program.Create);
        using var browser = app.Client(user: null);

        using var response = await browser.GetAsync("/wellbeing/chat");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith("wk-demo-user=demo-", StringComparison.Ordinal));
    }
}

/// <summary>A kit that records what it was given (not the readiness warm-up's turns).</summary>
internal sealed class RecordingKit : IWellbeingKit
{
    public List<UserMessage> Messages { get; } = [];

    public Task<Reply> HandleAsync(UserMessage message, CancellationToken cancellationToken = default)
    {
        // The samples' readiness warm-up sends turns of its own throw-away user; only the test's messages are recorded.
        if (message.UserId.StartsWith(KitWarmup.UserPrefix, StringComparison.Ordinal))
        {
            return Task.FromResult(new Reply { Messages = [new ReplyMessage("ok")] });
        }

        lock (Messages)
        {
            Messages.Add(message);
        }

        return Task.FromResult(new Reply { Messages = [new ReplyMessage("ok")] });
    }
}
