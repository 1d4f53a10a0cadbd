using WellbeingKit.Care;

namespace WellbeingKit.Tests.Care;

public class CheckInScheduleTests
{
    private static readonly CheckInPreferences Madrid = new()
    {
        Status = CheckInStatus.Active,
        TimeZone = "Europe/Madrid",
        PreferredTime = new TimeOnly(9, 0),
        Quiet = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0)),
    };

    [Fact]
    public void A_daily_check_in_is_due_at_the_chosen_local_time_the_same_day_when_it_is_still_ahead()
    {
        var next = CheckInSchedule.NextDue(Madrid, Utc(2026, 6, 10, 5, 0));

        next.Should().Be(Utc(2026, 6, 10, 7, 0)); // 09:00 in Madrid is 07:00 UTC in summer
    }

    [Fact]
    public void A_daily_check_in_is_due_the_next_day_once_the_chosen_time_has_passed()
    {
        var next = CheckInSchedule.NextDue(Madrid, Utc(2026, 6, 10, 7, 0));

        next.Should().Be(Utc(2026, 6, 11, 7, 0));
    }

    [Fact]
    public void Weekday_check_ins_skip_the_weekend()
    {
        var friday = Utc(2026, 6, 12, 8, 0);

        var next = CheckInSchedule.NextDue(Madrid with { Frequency = CheckInFrequency.Weekdays }, friday);

        next.Should().Be(Utc(2026, 6, 15, 7, 0));
        next!.Value.DayOfWeek.Should().Be(DayOfWeek.Monday);
    }

    [Fact]
    public void A_weekly_check_in_falls_on_the_chosen_day()
    {
        var next = CheckInSchedule.NextDue(Madrid with { Frequency = CheckInFrequency.Weekly, Day = DayOfWeek.Thursday }, Utc(2026, 6, 12, 8, 0));

        next.Should().Be(Utc(2026, 6, 18, 7, 0));
    }

    [Fact]
    public void A_chosen_time_inside_the_quiet_hours_moves_to_their_end()
    {
        var late = Madrid with { PreferredTime = new TimeOnly(23, 30) };

        var next = CheckInSchedule.NextDue(late, Utc(2026, 6, 10, 12, 0));

        next.Should().Be(Utc(2026, 6, 11, 5, 0)); // 07:00 Madrid
        CheckInSchedule.IsQuiet(late, next!.Value).Should().BeFalse();
    }

    [Fact]
    public void On_the_spring_forward_day_a_time_the_clock_skips_moves_forward_by_the_gap()
    {
        var twoThirty = Madrid with { PreferredTime = new TimeOnly(2, 30), Quiet = null };

        // 29 March 2026: clocks in Madrid go from 02:00 to 03:00.
        var next = CheckInSchedule.NextDue(twoThirty, Utc(2026, 3, 28, 12, 0));

        next.Should().Be(Utc(2026, 3, 29, 1, 30)); // 03:30 local summer time
    }

    [Fact]
    public void On_the_fall_back_day_a_time_that_happens_twice_is_taken_once_the_first_time()
    {
        var twoThirty = Madrid with { PreferredTime = new TimeOnly(2, 30), Quiet = null };

        // 25 October 2026: clocks in Madrid go back from 03:00 to 02:00.
        var first = CheckInSchedule.NextDue(twoThirty, Utc(2026, 10, 24, 12, 0));
        var second = CheckInSchedule.NextDue(twoThirty, first!.Value);

        first.Should().Be(Utc(2026, 10, 25, 0, 30)); // 02:30 summer time (+02:00)
        second.Should().Be(Utc(2026, 10, 26, 1, 30)); // the next day, not 02:30 again an hour later
    }

    [Fact]
    public void The_chosen_local_time_holds_across_a_daylight_saving_change()
    {
        var before = CheckInSchedule.NextDue(Madrid, Utc(2026, 3, 28, 0, 0));
        var after = CheckInSchedule.NextDue(Madrid, before!.Value);

        CheckInSchedule.Local(Madrid, before.Value).TimeOfDay.Should().Be(TimeSpan.FromHours(9));
        CheckInSchedule.Local(Madrid, after!.Value).TimeOfDay.Should().Be(TimeSpan.FromHours(9));
        (after.Value - before.Value).Should().Be(TimeSpan.FromHours(23));
    }

    [Theory]
    [InlineData(CheckInStatus.Off)]
    [InlineData(CheckInStatus.Stopped)]
    public void Nothing_is_due_for_a_user_who_did_not_opt_in_or_stopped(CheckInStatus status)
    {
        CheckInSchedule.NextDue(Madrid with { Status = status }, Utc(2026, 6, 10, 5, 0)).Should().BeNull();
    }

    [Fact]
    public void A_paused_user_is_due_again_at_the_first_chosen_time_after_the_pause()
    {
        var paused = Madrid with { Status = CheckInStatus.Paused, PausedUntil = Utc(2026, 6, 17, 12, 0) };

        CheckInSchedule.NextDue(paused, Utc(2026, 6, 10, 5, 0)).Should().Be(Utc(2026, 6, 18, 7, 0));
    }

    [Fact]
    public void A_pause_without_an_end_waits_for_the_user()
    {
        CheckInSchedule.NextDue(Madrid with { Status = CheckInStatus.Paused }, Utc(2026, 6, 10, 5, 0)).Should().BeNull();
    }

    [Fact]
    public void An_unknown_time_zone_schedules_nothing_and_fails_validation_naming_the_field()
    {
        var mars = Madrid with { TimeZone = "Mars/Olympus_Mons" };

        CheckInSchedule.NextDue(mars, Utc(2026, 6, 10, 5, 0)).Should().BeNull();
        mars.Validate().Should().ContainSingle().Which.Should().StartWith("TimeZone: 'Mars/Olympus_Mons'");
    }

    [Fact]
    public void A_chosen_time_inside_the_quiet_hours_fails_validation_naming_both()
    {
        var problems = (Madrid with { PreferredTime = new TimeOnly(23, 0) }).Validate();

        problems.Should().ContainSingle().Which.Should().Contain("PreferredTime: 23:00 is inside the quiet hours (22:00 to 07:00)");
    }

    [Theory]
    [InlineData(22, 0, true)]
    [InlineData(23, 59, true)]
    [InlineData(0, 0, true)]
    [InlineData(6, 59, true)]
    [InlineData(7, 0, false)]
    [InlineData(21, 59, false)]
    public void Quiet_hours_that_run_past_midnight_cover_the_night(int hour, int minute, bool quiet)
    {
        new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0)).Contains(new TimeOnly(hour, minute)).Should().Be(quiet);
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
