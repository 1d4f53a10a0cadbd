using WellbeingKit.Care;

namespace WellbeingKit.Tests.Care;

/// <summary>
/// The behaviour every <see cref="ICareStore"/> must have (docs/care.md). Store test projects derive from this class
/// with a real SQLite file or PostgreSQL database.
/// </summary>
public abstract class CareStoreContractTests
{
    protected static readonly DateTimeOffset Now = new(2026, 6, 10, 12, 0, 0, TimeSpan.Zero);

    private protected abstract ICareStore Store { get; }

    [Fact]
    public async Task A_saved_record_reads_back_with_its_preferences_and_history()
    {
        var record = Record("care-u1", Now) with
        {
            Locale = "es",
            Consent = new AlertConsent(Now),
            Practice = new PracticeFollowUp("box-breathing", Now),
            Sent = [new SentCheckIn(Now, Now, "k")],
            Notices = [new DeteriorationNotice { At = Now, Kind = DeteriorationKind.ReliableChange | DeteriorationKind.WorseBand, QuestionnaireId = "phq9", PreviousScore = 5, Score = 12 }],
        };

        await Store.TrySaveAsync(record, default);
        var read = await Store.GetAsync("care-u1", default);

        read.Should().BeEquivalentTo(record with { Version = 1 });
    }

    [Fact]
    public async Task A_save_with_a_stale_version_is_refused()
    {
        var first = await Store.TrySaveAsync(Record("care-u2", Now), default);
        (await Store.TrySaveAsync(first! with { Locale = "fr" }, default)).Should().NotBeNull();

        var stale = await Store.TrySaveAsync(first with { Locale = "ar" }, default);

        stale.Should().BeNull();
        (await Store.GetAsync("care-u2", default))!.Locale.Should().Be("fr");
    }

    [Fact]
    public async Task Only_due_records_are_claimed_oldest_first()
    {
        await Store.TrySaveAsync(Record("care-late", Now.AddMinutes(-1)), default);
        await Store.TrySaveAsync(Record("care-early", Now.AddMinutes(-30)), default);
        await Store.TrySaveAsync(Record("care-future", Now.AddMinutes(5)), default);
        await Store.TrySaveAsync(Record("care-none", null), default);

        var claims = await Store.ClaimDueAsync(Now, "host-a", TimeSpan.FromMinutes(2), 10, default);

        claims.Where(c => c.UserId.StartsWith("care-", StringComparison.Ordinal)).Select(c => c.UserId).Should().Equal("care-early", "care-late");
        claims.Single(c => c.UserId == "care-late").DueAt.Should().Be(Now.AddMinutes(-1));
    }

    [Fact]
    public async Task A_claimed_record_is_not_claimed_again_until_its_lease_runs_out()
    {
        await Store.TrySaveAsync(Record("care-lease", Now.AddMinutes(-1)), default);
        (await Store.ClaimDueAsync(Now, "host-a", TimeSpan.FromMinutes(2), 100, default)).Should().Contain(c => c.UserId == "care-lease");

        var meanwhile = await Store.ClaimDueAsync(Now.AddMinutes(1), "host-b", TimeSpan.FromMinutes(2), 100, default);
        var later = await Store.ClaimDueAsync(Now.AddMinutes(3), "host-b", TimeSpan.FromMinutes(2), 100, default);

        meanwhile.Should().NotContain(c => c.UserId == "care-lease");
        later.Should().ContainSingle(c => c.UserId == "care-lease").Which.Owner.Should().Be("host-b");
    }

    [Fact]
    public async Task A_released_claim_can_be_claimed_at_once_and_saving_keeps_the_claim()
    {
        var saved = await Store.TrySaveAsync(Record("care-release", Now.AddMinutes(-1)), default);
        var claim = (await Store.ClaimDueAsync(Now, "host-a", TimeSpan.FromMinutes(2), 100, default)).Single(c => c.UserId == "care-release");
        await Store.TrySaveAsync(saved! with { Locale = "fr" }, default);

        (await Store.ClaimDueAsync(Now, "host-b", TimeSpan.FromMinutes(2), 100, default)).Should().NotContain(c => c.UserId == "care-release");
        await Store.ReleaseAsync(claim, default);
        (await Store.ClaimDueAsync(Now, "host-b", TimeSpan.FromMinutes(2), 100, default)).Should().Contain(c => c.UserId == "care-release");
    }

    [Fact]
    public async Task Releasing_someone_elses_claim_leaves_it()
    {
        await Store.TrySaveAsync(Record("care-other", Now.AddMinutes(-1)), default);
        var claim = (await Store.ClaimDueAsync(Now, "host-a", TimeSpan.FromMinutes(2), 100, default)).Single(c => c.UserId == "care-other");

        await Store.ReleaseAsync(claim with { Owner = "host-b" }, default);

        (await Store.ClaimDueAsync(Now, "host-b", TimeSpan.FromMinutes(2), 100, default)).Should().NotContain(c => c.UserId == "care-other");
    }

    [Fact]
    public async Task Two_hosts_claiming_at_once_never_get_the_same_record()
    {
        for (var i = 0; i < 40; i++)
        {
            await Store.TrySaveAsync(Record($"care-race-{i:00}", Now.AddSeconds(-i)), default);
        }

        var a = Task.Run(() => Store.ClaimDueAsync(Now, "host-a", TimeSpan.FromMinutes(2), 25, default));
        var b = Task.Run(() => Store.ClaimDueAsync(Now, "host-b", TimeSpan.FromMinutes(2), 25, default));
        var claims = (await a).Concat(await b).Where(c => c.UserId.StartsWith("care-race-", StringComparison.Ordinal)).ToList();

        claims.Select(c => c.UserId).Should().OnlyHaveUniqueItems().And.HaveCount(40);
    }

    private static CareRecord Record(string userId, DateTimeOffset? due) => new()
    {
        UserId = userId,
        NextDueAt = due,
        Preferences = new CheckInPreferences { Status = CheckInStatus.Active, TimeZone = "Europe/Madrid", PreferredTime = new TimeOnly(9, 15) },
    };
}
