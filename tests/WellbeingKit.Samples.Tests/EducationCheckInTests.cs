using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using WellbeingKit.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using WellbeingKit.Care;
using Education = WellbeingKit.Samples.Education;

namespace WellbeingKit.Samples.Tests;

public sealed class EducationCheckInTests
{
    private const string Student = "student-c1";

    [Fact]
    public async Task A_due_check_in_shows_on_the_students_next_visit_once_and_not_twice()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var app = await StartAsync(time);
        var scheduler = await OptedInAsync(app, new TimeOnly(8, 30));
        using var student = app.Client(Student);

        time.Advance(TimeSpan.FromMinutes(31));
        var sent = await scheduler.RunOnceAsync();
        var first = await KitLinesAsync(student);
        var second = await KitLinesAsync(student);

        sent.Should().Be(1);
        first.Should().ContainSingle().Which.Should().NotBeNullOrWhiteSpace();
        second.Should().BeEmpty();
    }

    [Fact]
    public async Task A_check_in_delivered_again_with_the_same_dedupe_key_is_not_shown_again()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var app = await StartAsync(time);
        var channel = app.Services.GetRequiredService<IOutboundChannel>();
        var userId = await UserIdAsync(app);
        var message = new OutboundMessage { UserId = userId, DedupeKey = "checkin:" + userId + ":2026-03-02T08:30Z", Messages = [new ReplyMessage("How are you doing today?")], DueAt = time.GetUtcNow() };
        using var student = app.Client(Student);

        await channel.SendAsync(message);
        await channel.SendAsync(message);
        var first = await KitLinesAsync(student);
        await channel.SendAsync(message);
        var second = await KitLinesAsync(student);

        first.Should().Equal("How are you doing today?");
        second.Should().BeEmpty();
    }

    [Fact]
    public async Task A_waiting_check_in_is_erased_with_the_students_data()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var app = await StartAsync(time);
        var scheduler = await OptedInAsync(app, new TimeOnly(8, 30));
        using var student = app.Client(Student);
        time.Advance(TimeSpan.FromMinutes(31));
        (await scheduler.RunOnceAsync()).Should().Be(1);

        (await student.DeleteAsync("/wellbeing/data")).EnsureSuccessStatusCode();

        (await KitLinesAsync(student)).Should().BeEmpty();
    }

    private static Task<WebApplication> StartAsync(FakeTimeProvider time) =>
        SampleHosts.StartAsync(Education.Program.Create, services: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)));

    /// <summary>The student's pseudonymous id, from the sample's own resolver.</summary>
    private static Task<string> UserIdAsync(WebApplication app)
    {
        var http = new DefaultHttpContext
        {
            RequestServices = app.Services,
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Student)], "demo")),
        };
        return Task.FromResult(app.Services.GetRequiredService<IOptions<WellbeingKitEndpointOptions>>().Value.UserIdResolver(http)!);
    }

    /// <summary>Opts the student in (daily at <paramref name="at"/> UTC) and stops the hosted loop: the test runs the scheduler itself.</summary>
    private static async Task<CheckInScheduler> OptedInAsync(WebApplication app, TimeOnly at)
    {
        var scheduler = app.Services.GetRequiredService<CheckInScheduler>();
        await scheduler.StopAsync(CancellationToken.None);
        var problems = await app.Services.GetRequiredService<CareService>().SetPreferencesAsync(
            await UserIdAsync(app),
            new CheckInPreferences { Status = CheckInStatus.Active, PreferredTime = at, TimeZone = "UTC", Quiet = null });
        problems.Should().BeEmpty();
        return scheduler;
    }

    private static async Task<List<string>> KitLinesAsync(HttpClient student)
    {
        var conversation = JsonDocument.Parse(await student.GetStringAsync("/wellbeing/conversation")).RootElement;
        return [.. conversation.GetProperty("transcript").EnumerateArray()
            .Where(l => l.GetProperty("speaker").GetString() == "kit")
            .Select(l => l.GetProperty("text").GetString()!)];
    }
}
