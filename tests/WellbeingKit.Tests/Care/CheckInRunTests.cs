using WellbeingKit.Care;

namespace WellbeingKit.Tests.Care;

/// <summary>Thirty days of check-ins for several users on a fake clock.</summary>
public class CheckInRunTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero); // spans the European DST change of 29 March

    [Fact]
    public async Task Thirty_days_of_check_ins_arrive_at_the_chosen_times_never_in_quiet_hours_and_stop_when_asked()
    {
        using var kit = new CareTestKit(Start);
        await kit.Say("madrid", "start check-ins at 9", "es", "Europe/Madrid");
        await kit.Say("tokyo", "start check-ins at 7:30", "en", "Asia/Tokyo"); // inside the default quiet hours (until 08:00)
        await kit.Say("stopper", "start check-ins at 18:00", "fr", "Europe/Paris");
        (await kit.Care.SetPreferencesAsync("weekdays", new CheckInPreferences
        {
            Status = CheckInStatus.Active,
            Frequency = CheckInFrequency.Weekdays,
            PreferredTime = new TimeOnly(19, 30),
            TimeZone = "America/New_York",
        })).Should().BeEmpty();

        for (var minute = 0; minute < 30 * 24 * 60; minute++)
        {
            kit.Time.Advance(TimeSpan.FromMinutes(1));
            await kit.Scheduler.RunOnceAsync();
            if (minute == (10 * 24 * 60) + 600)
            {
                (await kit.Say("stopper", "arrêter le suivi", "fr")).Messages[0].Text.Should().StartWith("D'accord, j'ai arrêté");
            }
        }

        var sent = kit.Channel.Sent.Select(s => s.Message).ToList();
        sent.Select(m => m.DedupeKey).Should().OnlyHaveUniqueItems();
        Local(sent, "madrid", "Europe/Madrid").Should().HaveCount(30).And.OnlyContain(t => t.TimeOfDay == new TimeSpan(9, 0, 0));
        Local(sent, "tokyo", "Asia/Tokyo").Should().HaveCount(30).And.OnlyContain(t => t.TimeOfDay == new TimeSpan(8, 0, 0));
        Local(sent, "weekdays", "America/New_York").Should().HaveCount(21)
            .And.OnlyContain(t => t.TimeOfDay == new TimeSpan(19, 30, 0) && t.DayOfWeek != DayOfWeek.Saturday && t.DayOfWeek != DayOfWeek.Sunday);
        Local(sent, "stopper", "Europe/Paris").Should().HaveCount(10);
        foreach (var message in sent)
        {
            var preferences = await kit.Care.GetPreferencesAsync(message.UserId);
            CheckInSchedule.IsQuiet(preferences, message.DueAt).Should().BeFalse();
        }

        sent.First(m => m.UserId == "madrid").Messages[0].Text.Should().StartWith("Hola");
        sent.First(m => m.UserId == "madrid").Locale.Should().Be("es");
    }

    [Fact]
    public async Task An_exercise_finished_between_check_ins_is_followed_up_at_the_next_one_and_the_answer_feeds_the_selector()
    {
        using var kit = new CareTestKit(Start);
        await kit.Say("u", "start check-ins at 9", "en", "Europe/London");
        await kit.FinishAnExerciseAsync("u");
        (await kit.Care.GetPreferencesAsync("u")).Status.Should().Be(CheckInStatus.Active);

        kit.Time.Advance(TimeSpan.FromHours(9));
        (await kit.Scheduler.RunOnceAsync()).Should().Be(1);

        var checkIn = kit.Channel.Sent.Single().Message;
        checkIn.Messages.Select(m => m.Text).Should().Contain(t => t.StartsWith("Last time you tried", StringComparison.Ordinal));
        checkIn.QuickReplies.Select(q => q.Value).Should().Contain("care:practice:helped");

        var reply = await kit.Say("u", "it helped");

        reply.Messages[0].Text.Should().StartWith("Thank you for telling me");
        var feedback = await kit.Store.GetFeedbackAsync("u");
        feedback.Should().Contain(f => f.Context == "practice" && f.Rating == 5);

        kit.Time.Advance(TimeSpan.FromDays(1));
        await kit.Scheduler.RunOnceAsync();
        kit.Channel.Sent.Last().Message.Messages.Should().NotContain(m => m.Text.StartsWith("Last time", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_check_in_found_long_after_it_was_due_is_skipped_to_the_next_chosen_time()
    {
        using var kit = new CareTestKit(Start);
        await kit.Say("u", "start check-ins at 9", "en", "UTC");

        kit.Time.Advance(TimeSpan.FromHours(9 + 5)); // the hosts were down from 09:00 to 14:00
        (await kit.Scheduler.RunOnceAsync()).Should().Be(0);
        kit.Time.Advance(TimeSpan.FromDays(1) - TimeSpan.FromHours(5));
        (await kit.Scheduler.RunOnceAsync()).Should().Be(1);

        kit.Channel.Sent.Single().Message.DueAt.Should().Be(Start.AddDays(1).AddHours(9));
    }

    [Fact]
    public async Task Nobody_who_did_not_opt_in_gets_a_check_in()
    {
        using var kit = new CareTestKit(Start);
        await kit.Say("u", "hello");

        kit.Time.Advance(TimeSpan.FromDays(2));
        (await kit.Scheduler.RunOnceAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_paused_user_gets_no_check_in_until_the_pause_ends()
    {
        using var kit = new CareTestKit(Start);
        await kit.Say("u", "start check-ins at 9", "en", "UTC");
        (await kit.Say("u", "pause check-ins")).Messages[0].Text.Should().StartWith("Okay, check-ins are paused");

        for (var hour = 0; hour < 24 * 9; hour++)
        {
            kit.Time.Advance(TimeSpan.FromHours(1));
            await kit.Scheduler.RunOnceAsync();
        }

        kit.Channel.Sent.Select(s => s.Message.DueAt).Should().Equal(Start.AddDays(7).AddHours(9), Start.AddDays(8).AddHours(9));
    }

    private static List<DateTimeOffset> Local(List<OutboundMessage> sent, string user, string zone) =>
        [.. sent.Where(m => m.UserId == user).Select(m => TimeZoneInfo.ConvertTime(m.DueAt, TimeZoneInfo.FindSystemTimeZoneById(zone)))];
}
