using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WellbeingKit.Content;
using WellbeingKit.Exercises;
using WellbeingKit.Storage;
using WellbeingKit.UserData;

namespace WellbeingKit.Benchmarks.Selection;

/// <summary>
/// Simulated users with hidden preferences over the exercises; each session a strategy picks one exercise, the user rates it 1-5
/// from their hidden helpfulness plus noise. Reports cumulative regret (against the user's best exercise) and average helpfulness.
/// Run: <c>dotnet run -c Release --project benchmarks/WellbeingKit.Benchmarks -- simulate-selection [--users N --seed S --sessions T]</c>.
/// </summary>
internal static class SelectionSimulation
{
    private const int HelpfulRating = 4;

    public static async Task<int> RunAsync(string[] args)
    {
        var users = 500;
        var seed = 1;
        var sessions = 200;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--users" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    users = n;
                    i++;
                    break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case "--sessions" when int.TryParse(value, CultureInfo.InvariantCulture, out var t) && t > 0:
                    sessions = t;
                    i++;
                    break;
                default:
                    await Console.Error.WriteLineAsync($"simulate-selection: unknown or invalid argument '{args[i]}'. Usage: simulate-selection [--users N (>0)] [--seed S] [--sessions T (>0)]");
                    return 2;
            }
        }

        var (pack, source) = SelectionExercises.Load();
        var world = World.Create(pack, users, seed);
        var checkpoints = new[] { 10, 50, 200 }.Where(c => c <= sessions).Append(sessions).Distinct().Order().ToArray();

        var results = new List<(string Name, Result Result)>
        {
            ("`ExerciseSelector`, defaults (tempered Thompson sampling)", await RunThompsonAsync(world, pack, sessions, seed, checkpoints)),
            ("Fixed popularity ranking", RunBaseline(world, sessions, seed, checkpoints, (user, blocked, random) => world.Popularity.First(i => !blocked(i)))),
            ("Random choice", RunBaseline(world, sessions, seed, checkpoints, (user, blocked, random) => RandomAllowed(world, blocked, random))),
            ("`ExerciseSelector`, plain Thompson sampling (`ExplorationStrength = 1`)", await RunThompsonAsync(world, pack, sessions, seed, checkpoints, o => o.ExplorationStrength = 1)),
        };

        Console.WriteLine(Table(results, checkpoints, world, source, users, seed));
        return 0;
    }

    private static int RandomAllowed(World world, Func<int, bool> blocked, Random random)
    {
        var allowed = Enumerable.Range(0, world.Exercises.Length).Where(i => !blocked(i)).ToArray();
        return allowed[random.Next(allowed.Length)];
    }

    private static async Task<Result> RunThompsonAsync(World world, ContentPack pack, int sessions, int seed, int[] checkpoints, Action<ExerciseSelectionOptions>? configure = null)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));
        var store = new InMemoryWellbeingStore(clock);
        var options = new ExerciseSelectionOptions { RandomSeed = seed };
        configure?.Invoke(options);
        using var selector = new ExerciseSelector(new FixedContent(pack), store, Options.Create(options), clock, NullLogger<ExerciseSelector>.Instance);
        var result = new Result(world.Users.Length, checkpoints);
        var noise = new Random(seed + 1);
        var index = world.Exercises.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        for (var session = 0; session < sessions; session++)
        {
            clock.Now = clock.Start.AddDays(session);
            for (var u = 0; u < world.Users.Length; u++)
            {
                var user = world.Users[u];
                var request = new ExerciseSelectionRequest { UserId = user.Id, Locale = "en", Concerns = [user.Concern], Count = 1 };
                var selection = await selector.SelectAsync(request);
                var chosen = index[selection.Choices[0].Exercise.Id];
                var rating = world.Rate(user, chosen, noise);
                await store.AddFeedbackAsync(new ExerciseFeedback(user.Id, clock.Now.AddMinutes(10), world.Exercises[chosen].Id, ExerciseOutcome.Completed, rating, null));
                result.Record(u, session, user, chosen);
            }
        }

        return result;
    }

    private static Result RunBaseline(World world, int sessions, int seed, int[] checkpoints, Func<SimulatedUser, Func<int, bool>, Random, int> choose)
    {
        var result = new Result(world.Users.Length, checkpoints);
        var noise = new Random(seed + 1);
        var random = new Random(seed + 2);
        var last = new (int Exercise, int Rating)[world.Users.Length];
        Array.Fill(last, (-1, 0));
        for (var session = 0; session < sessions; session++)
        {
            for (var u = 0; u < world.Users.Length; u++)
            {
                var user = world.Users[u];
                var previous = last[u];

                // The selector's repeat rule, applied to the baselines too: yesterday's exercise only if it helped.
                bool Blocked(int i) => i == previous.Exercise && previous.Rating < HelpfulRating;
                var chosen = choose(user, Blocked, random);
                var rating = world.Rate(user, chosen, noise);
                last[u] = (chosen, rating);
                result.Record(u, session, user, chosen);
            }
        }

        return result;
    }

    private static string Table(List<(string Name, Result Result)> results, int[] checkpoints, World world, string source, int users, int seed)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Exercises: {source}. {users} simulated users, seed {seed}; helpfulness on the 1-5 rating scale (expected rating), regret = best exercise's expected rating minus the chosen one's, summed over sessions, averaged over users.");
        text.AppendLine();
        text.Append("| strategy |");
        foreach (var c in checkpoints)
        {
            text.Append(CultureInfo.InvariantCulture, $" regret @{c} | helpfulness @{c} |");
        }

        text.AppendLine();
        text.Append("|---|");
        foreach (var unused in checkpoints)
        {
            text.Append("---:|---:|");
        }

        text.AppendLine();
        foreach (var (name, result) in results)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {name} |");
            foreach (var c in checkpoints)
            {
                text.Append(CultureInfo.InvariantCulture, $" {result.MeanRegret(c):0.00} | {result.MeanHelpfulness(c):0.00} |");
            }

            text.AppendLine();
        }

        var best = world.Users.Average(u => 1 + (4 * u.Helpfulness.Max()));
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Oracle (each user's best exercise every session): helpfulness {best:0.00}.");
        var thompson = results[0].Result;
        var popularity = results[1].Result;
        foreach (var c in checkpoints)
        {
            var reduction = 1 - (thompson.MeanRegret(c) / popularity.MeanRegret(c));
            var comparison = reduction >= 0
                ? string.Create(CultureInfo.InvariantCulture, $"{reduction:0%} less regret")
                : string.Create(CultureInfo.InvariantCulture, $"{-reduction:0%} more regret");
            text.AppendLine(CultureInfo.InvariantCulture, $"After {c} sessions the default `ExerciseSelector` has {comparison} than the fixed popularity ranking.");
        }

        return text.ToString();
    }

    /// <summary>The simulated world: exercises, users with hidden helpfulness, and the population's fixed popularity ranking.</summary>
    private sealed class World
    {
        private World(Exercise[] exercises, SimulatedUser[] users, int[] popularity)
        {
            Exercises = exercises;
            Users = users;
            Popularity = popularity;
        }

        public Exercise[] Exercises { get; }

        public SimulatedUser[] Users { get; }

        /// <summary>Exercise indexes, most liked across the population first (the true population mean: a strong, fixed baseline).</summary>
        public int[] Popularity { get; }

        public static World Create(ContentPack pack, int count, int seed)
        {
            var exercises = pack.Exercises.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
            var concerns = exercises.SelectMany(e => e.Helps).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var random = new Random(seed);

            // Hidden helpfulness h(u, i) = 0.3 quality(i) + 0.5 taste(u, i) + 0.2 [exercise i helps the user's concern]:
            // a shared part (what the population learns), a personal part (what only the user's feedback reveals),
            // and a part the content's tags predict (the cold-start prior).
            var quality = exercises.Select(_ => random.NextDouble()).ToArray();
            var users = new SimulatedUser[count];
            for (var u = 0; u < count; u++)
            {
                var concern = concerns.Length == 0 ? "stress" : concerns[random.Next(concerns.Length)];
                var helpfulness = new double[exercises.Length];
                for (var i = 0; i < exercises.Length; i++)
                {
                    var match = exercises[i].Helps.Contains(concern, StringComparer.Ordinal) ? 1.0 : 0.0;
                    helpfulness[i] = (0.3 * quality[i]) + (0.5 * random.NextDouble()) + (0.2 * match);
                }

                users[u] = new SimulatedUser("sim-" + u.ToString(CultureInfo.InvariantCulture), concern, helpfulness);
            }

            var popularity = Enumerable.Range(0, exercises.Length).OrderByDescending(i => users.Average(u => u.Helpfulness[i])).ToArray();
            return new World(exercises, users, popularity);
        }

        /// <summary>The user's "did this help?" answer: the hidden helpfulness on the 1-5 scale plus noise, rounded.</summary>
        public int Rate(SimulatedUser user, int exercise, Random noise)
        {
            var u1 = 1 - noise.NextDouble();
            var u2 = noise.NextDouble();
            var gaussian = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            var value = 1 + (4 * user.Helpfulness[exercise]) + (0.6 * gaussian);
            return (int)Math.Clamp(Math.Round(value, MidpointRounding.AwayFromZero), 1, 5);
        }
    }

    private sealed record SimulatedUser(string Id, string Concern, double[] Helpfulness);

    /// <summary>Cumulative regret and helpfulness per user, read at the checkpoints.</summary>
    private sealed class Result
    {
        private readonly double[] _regret;
        private readonly double[] _helpfulness;
        private readonly Dictionary<int, (double Regret, double Helpfulness)> _atCheckpoint = [];
        private readonly int[] _checkpoints;

        public Result(int users, int[] checkpoints)
        {
            _regret = new double[users];
            _helpfulness = new double[users];
            _checkpoints = checkpoints;
        }

        public void Record(int user, int session, SimulatedUser who, int chosen)
        {
            var best = who.Helpfulness.Max();
            _regret[user] += 4 * (best - who.Helpfulness[chosen]);
            _helpfulness[user] += 1 + (4 * who.Helpfulness[chosen]);
            if (user == _regret.Length - 1 && _checkpoints.Contains(session + 1))
            {
                _atCheckpoint[session + 1] = (_regret.Average(), _helpfulness.Average() / (session + 1));
            }
        }

        public double MeanRegret(int checkpoint) => _atCheckpoint[checkpoint].Regret;

        public double MeanHelpfulness(int checkpoint) => _atCheckpoint[checkpoint].Helpfulness;
    }
}

/// <summary>A clock the simulation moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Start { get; } = start;

    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
