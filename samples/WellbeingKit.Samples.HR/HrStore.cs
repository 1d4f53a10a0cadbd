using Microsoft.Data.Sqlite;
using WellbeingKit.Risk;

namespace WellbeingKit.Samples.HR;

/// <summary>
/// The HR sample's own SQLite file (<c>hr.db</c>, owner-only): published dashboard snapshots, the membership each team's last
/// publication described (pseudonymous keys, to hold back figures that differ by fewer than k people), and EAP referrals.
/// </summary>
internal sealed class HrStore
{
    private readonly string _connectionString;

    public HrStore(string path)
    {
        _connectionString = SampleSqlite.Create(path, """
            CREATE TABLE IF NOT EXISTS snapshots (id INTEGER PRIMARY KEY, period_start INTEGER NOT NULL, period_end INTEGER NOT NULL, published_at INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS snapshot_rows (snapshot_id INTEGER NOT NULL, team TEXT NOT NULL, people INTEGER NOT NULL,
                average REAL NOT NULL, low_share REAL, carried_over INTEGER NOT NULL, PRIMARY KEY (snapshot_id, team));
            CREATE TABLE IF NOT EXISTS published_members (team TEXT NOT NULL, person_key TEXT NOT NULL, PRIMARY KEY (team, person_key));
            CREATE TABLE IF NOT EXISTS referrals (reference TEXT PRIMARY KEY, user_id TEXT NOT NULL, level TEXT NOT NULL, reason TEXT NOT NULL,
                locale TEXT, at INTEGER NOT NULL);
            """);
    }

    public IReadOnlyDictionary<string, PublishedTeam> LastPublished()
    {
        using var connection = Open();
        var latest = Latest(connection);
        var members = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using (var command = SampleSqlite.Command(connection, "SELECT team, person_key FROM published_members"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                (members.TryGetValue(reader.GetString(0), out var set) ? set : members[reader.GetString(0)] = new(StringComparer.Ordinal)).Add(reader.GetString(1));
            }
        }

        return (latest?.Teams ?? []).Where(t => members.ContainsKey(t.Team))
            .ToDictionary(t => t.Team, t => new PublishedTeam(t with { CarriedOver = false }, members[t.Team]), StringComparer.Ordinal);
    }

    public DashboardSnapshot Publish(DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, IReadOnlyList<PublishedTeam> teams)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        SampleSqlite.Execute(connection, "INSERT INTO snapshots (period_start, period_end, published_at) VALUES ($f, $t, $n)",
            ("$f", from.ToUnixTimeMilliseconds()), ("$t", to.ToUnixTimeMilliseconds()), ("$n", now.ToUnixTimeMilliseconds()));
        var id = (long)SampleSqlite.Scalar(connection, "SELECT last_insert_rowid()")!;
        foreach (var team in teams)
        {
            SampleSqlite.Execute(connection, "INSERT INTO snapshot_rows VALUES ($s, $team, $p, $a, $l, $c)",
                ("$s", id), ("$team", team.Row.Team), ("$p", team.Row.People), ("$a", team.Row.AverageMood), ("$l", team.Row.LowShare), ("$c", team.Row.CarriedOver ? 1 : 0));
            if (!team.Row.CarriedOver)
            {
                SampleSqlite.Execute(connection, "DELETE FROM published_members WHERE team = $team", ("$team", team.Row.Team));
                foreach (var member in team.Members)
                {
                    SampleSqlite.Execute(connection, "INSERT INTO published_members VALUES ($team, $m)", ("$team", team.Row.Team), ("$m", member));
                }
            }
        }

        transaction.Commit();
        return Latest(connection)!;
    }

    public DashboardSnapshot? LatestSnapshot()
    {
        using var connection = Open();
        return Latest(connection);
    }

    /// <summary>Stores a referral under a new unique reference (<c>EAP-</c> and 8 random letters and digits).</summary>
    public EapReferral AddReferral(string userId, RiskLevel level, string reason, string? locale, DateTimeOffset at)
    {
        using var connection = Open();
        while (true)
        {
            var reference = "EAP-" + System.Security.Cryptography.RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8);
            var added = SampleSqlite.Execute(connection, "INSERT OR IGNORE INTO referrals VALUES ($r, $u, $l, $why, $loc, $at)",
                ("$r", reference), ("$u", userId), ("$l", level.ToString()), ("$why", reason), ("$loc", locale), ("$at", at.ToUnixTimeMilliseconds()));
            if (added == 1)
            {
                return new EapReferral(reference, userId, level, reason, locale, at);
            }
        }
    }

    public IReadOnlyList<EapReferral> Referrals(string? userId = null)
    {
        using var connection = Open();
        using var command = SampleSqlite.Command(connection, "SELECT reference, user_id, level, reason, locale, at FROM referrals WHERE $u IS NULL OR user_id = $u ORDER BY at", ("$u", userId));
        using var reader = command.ExecuteReader();
        var list = new List<EapReferral>();
        while (reader.Read())
        {
            list.Add(new EapReferral(reader.GetString(0), reader.GetString(1), Enum.Parse<RiskLevel>(reader.GetString(2)), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5))));
        }

        return list;
    }

    private static DashboardSnapshot? Latest(SqliteConnection connection)
    {
        using var command = SampleSqlite.Command(connection, "SELECT id, period_start, period_end, published_at FROM snapshots ORDER BY id DESC LIMIT 1");
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var id = reader.GetInt64(0);
        var snapshot = new DashboardSnapshot(id, At(reader.GetInt64(1)), At(reader.GetInt64(2)), At(reader.GetInt64(3)), []);
        using var rows = SampleSqlite.Command(connection, "SELECT team, people, average, low_share, carried_over FROM snapshot_rows WHERE snapshot_id = $s ORDER BY team", ("$s", id));
        using var rowReader = rows.ExecuteReader();
        var teams = new List<TeamRow>();
        while (rowReader.Read())
        {
            teams.Add(new TeamRow(rowReader.GetString(0), rowReader.GetInt32(1), rowReader.GetDouble(2), rowReader.IsDBNull(3) ? null : rowReader.GetDouble(3), rowReader.GetInt64(4) == 1));
        }

        return snapshot with { Teams = teams };
    }

    private static DateTimeOffset At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private SqliteConnection Open() => SampleSqlite.Open(_connectionString);
}
