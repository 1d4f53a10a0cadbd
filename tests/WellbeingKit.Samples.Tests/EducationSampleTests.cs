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
    public async Task The_education_database_names_no_student_but_the_counsellor_queue_does()
    {
        await using var app = await SampleHosts.StartAsync(Education.Program.Create, useTestKit: false);
        using (var student = app.Client("student-4q9z"))
        {
            (await student.PostAsJsonAsync("/wellbeing/messages", new { text = "I want to kill myself" })).EnsureSuccessStatusCode();
            (await student.PostAsJsonAsync("/wellbeing/messages", new { text = "handoff" })).EnsureSuccessStatusCode();
            (await student.GetAsync("/wellbeing/data/export")).EnsureSuccessStatusCode();
        }

        using var counsellor = app.Client("counsellor");
        (await counsellor.GetStringAsync("/counsellor/queue.json")).Should().Contain("student-4q9z");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var folder = app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["DataFolder"]!;
        var files = await DataFolderFiles.ReadAllAsync(folder);
        files.Select(f => Path.GetFileName(f.File)).Should().Contain("wellbeing.db");
        foreach (var (file, bytes) in files)
        {
            DataFolderFiles.AsText(bytes).Should().OnlyContain(text => !text.Contains("student-4q9z", StringComparison.Ordinal), file);
        }
    }

    [Fact]
    public async Task A_student_finds_their_own_conversation_by_their_sign_in()
    {
        await using var app = await SampleHosts.StartAsync(Education.Program.Create, useTestKit: false);
        using var student = app.Client("student-8k2m");
        (await student.PostAsJsonAsync("/wellbeing/messages", new { text = "hello" })).EnsureSuccessStatusCode();

        var conversation = await student.GetStringAsync("/wellbeing/conversation");

        conversation.Should().Contain("hello");
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
