using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using WellbeingKit.Care;
using WellbeingKit.Channels.Sms;
using WellbeingKit.UserData;

namespace WellbeingKit.Samples.Tests;

public sealed class SmsCheckInTests
{
    private const string Number = "+447700900123";

    [Fact]
    public async Task A_due_check_in_reaches_the_sms_sender_for_the_persons_number_with_the_dedupe_key()
    {
        var (app, sender, time, userId) = await OptedInAsync();
        await using var _ = app;
        var before = sender.Sent.Count;

        time.Advance(TimeSpan.FromMinutes(31));
        await app.Services.GetRequiredService<CheckInScheduler>().RunOnceAsync();

        var sms = sender.Sent.Skip(before).Should().ContainSingle().Subject;
        sms.To.Should().Be(Number);
        sms.InReplyTo.Should().Be("checkin:" + userId + ":2026-03-02T08:30:00Z");
        sms.Text.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task No_check_in_is_sent_to_a_number_that_texted_stop()
    {
        var (app, sender, time, _) = await OptedInAsync();
        await using var __ = app;
        using var client = app.Client(user: null);
        (await client.PostAsync("json", Number, "STOP", "stop-1")).EnsureSuccessStatusCode();
        var before = sender.Sent.Count;

        time.Advance(TimeSpan.FromMinutes(31));
        await app.Services.GetRequiredService<CheckInScheduler>().RunOnceAsync();

        sender.Sent.Skip(before).Should().BeEmpty();
    }

    [Fact]
    public async Task No_check_in_is_sent_after_the_persons_data_is_erased()
    {
        var (app, sender, time, userId) = await OptedInAsync();
        await using var _ = app;
        await app.Services.GetRequiredService<IUserDataStore>().EraseAsync(userId);
        var before = sender.Sent.Count;

        time.Advance(TimeSpan.FromMinutes(31));
        await app.Services.GetRequiredService<CheckInScheduler>().RunOnceAsync();
        await app.Services.GetRequiredService<IOutboundChannel>().SendAsync(new OutboundMessage { UserId = userId, DedupeKey = "checkin:" + userId + ":late", Messages = [new ReplyMessage("Hello")] });

        sender.Sent.Skip(before).Should().BeEmpty();
    }

    [Fact]
    public async Task The_kept_number_is_not_stored_in_plain_text()
    {
        var (app, _, _, _) = await OptedInAsync();
        await using var __ = app;
        var folder = app.Services.GetRequiredService<IConfiguration>()["DataFolder"]!;

        var stored = Directory.GetFiles(folder, "numbers.db*").Select(File.ReadAllBytes).SelectMany(b => b).ToArray();

        stored.Should().NotBeEmpty();
        System.Text.Encoding.Latin1.GetString(stored).Should().NotContain("7700900123");
    }

    /// <summary>A person who texted once and asked for daily check-ins at 08:30 UTC; the test runs the scheduler itself.</summary>
    private static async Task<(WebApplication App, RecordingSender Sender, FakeTimeProvider Time, string UserId)> OptedInAsync()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var (app, sender) = await SmsGateways.StartAsync(more: b => b.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)));
        await app.Services.GetRequiredService<CheckInScheduler>().StopAsync(CancellationToken.None);
        using var client = app.Client(user: null);
        (await client.PostAsync("json", Number, "hello", "hello-1")).EnsureSuccessStatusCode();
        var userId = await app.Services.GetRequiredService<ISmsUserIds>().UserIdAsync(Number, default);
        var problems = await app.Services.GetRequiredService<CareService>().SetPreferencesAsync(
            userId, new CheckInPreferences { Status = CheckInStatus.Active, PreferredTime = new TimeOnly(8, 30), TimeZone = "UTC", Quiet = null });
        problems.Should().BeEmpty();
        return (app, sender, time, userId);
    }
}
