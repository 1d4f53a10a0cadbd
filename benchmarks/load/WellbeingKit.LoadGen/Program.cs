using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace WellbeingKit.LoadGen;

/// <summary>
/// An open-loop load generator for the kit's <c>POST /wellbeing/messages</c>: requests are sent at a fixed arrival rate
/// whatever the answers do, and each latency is measured from the request's intended send time, so a slow host is not
/// hidden by a generator that waits for it (no coordinated omission). Loopback only (127.0.0.1), bounded in requests
/// and time: it stops by itself. Reports latency percentiles, errors, crisis answers with helplines, and the CPU per
/// turn of every process (hosts, itself, PostgreSQL) from /proc.
/// </summary>
internal static class Program
{
    private const int MaxSecondsTotal = 1800;

    public static async Task<int> Main(string[] args)
    {
        Options o;
        try
        {
            o = Options.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message + "\n" + Options.Usage);
            return 2;
        }

        var deadline = Stopwatch.StartNew();
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = o.Connections,
            UseCookies = false,
            UseProxy = false,
            AllowAutoRedirect = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(o.TimeoutSeconds) };
        var workload = new Workload(o.Users, o.CrisisShare, o.Seed);
        var runner = new Runner(client, o, workload);

        Console.WriteLine($"# {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC  hosts {string.Join(' ', o.Urls)}  users {o.Users}  crisis {o.CrisisShare:P1}  load average {ProcCpu.LoadAverage()}");
        await runner.WaitReadyAsync(o.ReadySeconds);
        if (o.WarmupSeconds > 0)
        {
            var warm = await runner.RunStepAsync(o.WarmupRate, o.WarmupSeconds);
            Console.WriteLine($"# warm-up {o.WarmupRate}/s for {o.WarmupSeconds} s: p99 {warm.P(0.99):0.0} ms, {warm.Errors} errors");
        }

        Console.WriteLine(StepResult.Header);
        var results = new List<StepResult>();
        StepResult? knee = null;
        foreach (var rate in o.Rates)
        {
            if (deadline.Elapsed.TotalSeconds + o.Seconds > MaxSecondsTotal)
            {
                Console.WriteLine($"# stopped: the run would pass {MaxSecondsTotal} s");
                break;
            }

            var r = await runner.RunStepAsync(rate, o.Seconds);
            results.Add(r);
            Console.WriteLine(r.Row("ramp"));
            if (!r.Good && !o.KeepGoing)
            {
                break;
            }

            knee = r;
        }

        if (o.Ramp && knee is not null)
        {
            Console.WriteLine($"# highest rate with p99 < {Runner.GoodP99Ms} ms and no errors: {knee.Rate}/s");
            foreach (var share in new[] { 0.25, 0.5, 1.0 })
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                var r = await runner.RunStepAsync((int)Math.Round(knee.Rate * share), o.Seconds);
                Console.WriteLine(r.Row($"{share:P0} of {knee.Rate}"));
            }
        }

        return 0;
    }
}

internal sealed class Options
{
    public const int MaxRate = 20_000;

    public const string Usage = """
        usage: LoadGen --url http://127.0.0.1:PORT [--url ...] --rates 200,400,... [--seconds 20] [--ramp | --keep-going]
                       [--users 10000] [--crisis 0.01] [--host-pid PID ...] [--postmaster PID]
                       [--warmup-seconds 10 --warmup-rate 100] [--connections 256] [--timeout 10] [--seed 1]
          --ramp: run the rates in order, stop at the first with p99 >= 200 ms or errors, then run 25/50/100 % of the last good one.
          --keep-going: run every rate whatever its p99 or errors (fixed-rate CPU-per-turn runs).
        """;

    public List<string> Urls { get; } = [];

    public List<int> Rates { get; } = [];

    public int Seconds { get; private set; } = 20;

    public bool Ramp { get; private set; }

    public int Users { get; private set; } = 10_000;

    public double CrisisShare { get; private set; } = 0.01;

    public List<int> HostPids { get; } = [];

    public int? Postmaster { get; private set; }

    public int WarmupSeconds { get; private set; } = 10;

    public int WarmupRate { get; private set; } = 100;

    public int ReadySeconds { get; private set; } = 120;

    /// <summary>Run every rate even after one with p99 over the limit or errors (fixed-rate CPU-per-turn runs); not with --ramp.</summary>
    public bool KeepGoing { get; private set; }

    public int Connections { get; private set; } = 256;

    public int TimeoutSeconds { get; private set; } = 10;

    public int Seed { get; private set; } = 1;

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int(int min, int max)
            {
                var name = args[i];
                var v = int.Parse(Next(), CultureInfo.InvariantCulture);
                return v >= min && v <= max ? v : throw new ArgumentException($"{name} must be between {min} and {max}");
            }

            switch (args[i])
            {
                case "--url":
                    var url = new Uri(Next());
                    if (!IPAddress.TryParse(url.Host, out var ip) || !IPAddress.IsLoopback(ip) || ip.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork)
                    {
                        throw new ArgumentException($"--url {url}: only 127.0.0.1 (loopback) hosts may be loaded");
                    }

                    o.Urls.Add(url.ToString().TrimEnd('/'));
                    break;
                case "--rates":
                    o.Rates.AddRange(Next().Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)));
                    break;
                case "--seconds": o.Seconds = Int(1, 600); break;
                case "--ramp": o.Ramp = true; break;
                case "--keep-going": o.KeepGoing = true; break;
                case "--users": o.Users = Int(1, 1_000_000); break;
                case "--crisis": o.CrisisShare = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--host-pid": o.HostPids.Add(Int(1, int.MaxValue)); break;
                case "--postmaster": o.Postmaster = Int(1, int.MaxValue); break;
                case "--warmup-seconds": o.WarmupSeconds = Int(0, 300); break;
                case "--warmup-rate": o.WarmupRate = Int(1, MaxRate); break;
                case "--ready-seconds": o.ReadySeconds = Int(0, 600); break;
                case "--connections": o.Connections = Int(1, 4096); break;
                case "--timeout": o.TimeoutSeconds = Int(1, 60); break;
                case "--seed": o.Seed = Int(0, int.MaxValue); break;
                default: throw new ArgumentException($"unknown argument {args[i]}");
            }
        }

        if (o.Urls.Count == 0 || o.Rates.Count == 0)
        {
            throw new ArgumentException("--url and --rates are required");
        }

        if (o.Rates.Any(r => r is < 1 or > MaxRate))
        {
            throw new ArgumentException($"every rate must be between 1 and {MaxRate} turns/s");
        }

        if (o.Ramp && o.KeepGoing)
        {
            throw new ArgumentException("--ramp stops at the first bad rate and --keep-going does not: give one of them");
        }

        if (o.CrisisShare is < 0 or > 1)
        {
            throw new ArgumentException("--crisis must be a share between 0 and 1");
        }

        return o;
    }
}

/// <summary>Who sends what: users drawn uniformly, everyday lines, and a share of crisis lines (which must get helplines).</summary>
internal sealed class Workload(int users, double crisisShare, int seed)
{
    // Everyday check-in lines, written for this test.
    private static readonly string[] Everyday =
    [
        "exams next week and I feel a bit nervous",
        "I slept badly but the morning walk helped",
        "not sure what to do about revision today",
        "feeling okay, just tired after practice",
        "my friend and I had a small argument",
        "I finished my project and I am relieved",
        "can you suggest something to calm down",
        "it has been a long week at school",
        "I am worried about the maths test",
        "today was better than yesterday",
        "hello",
        "I want to talk about how I feel",
    ];

    // Crisis lines (no methods): the kit must answer each with the safety response and helplines.
    private static readonly string[] Crisis =
    [
        "I don't want to be alive anymore",
        "I want to end my life",
        "I keep thinking about killing myself",
    ];

    private readonly Random _random = new(seed);
    private readonly byte[][] _everyday = [.. Everyday.Select(Body)];
    private readonly byte[][] _crisis = [.. Crisis.Select(Body)];
    private readonly string[] _users = [.. Enumerable.Range(0, users).Select(i => "load-" + i.ToString(CultureInfo.InvariantCulture))];

    public (string User, byte[] Body, bool Crisis) Next()
    {
        var user = _users[_random.Next(_users.Length)];
        return _random.NextDouble() < crisisShare
            ? (user, _crisis[_random.Next(_crisis.Length)], true)
            : (user, _everyday[_random.Next(_everyday.Length)], false);
    }

    private static byte[] Body(string text) => Encoding.UTF8.GetBytes($"{{\"text\":\"{text.Replace("'", "\\u0027", StringComparison.Ordinal)}\"}}");
}

internal sealed class Runner(HttpClient client, Options options, Workload workload)
{
    public const double GoodP99Ms = 200;
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private int _next;

    public async Task WaitReadyAsync(int seconds)
    {
        var clock = Stopwatch.StartNew();
        foreach (var url in options.Urls)
        {
            while (true)
            {
                try
                {
                    using var response = await client.GetAsync(url + "/health/ready");
                    if (response.IsSuccessStatusCode)
                    {
                        Console.WriteLine($"# {url} ready after {clock.Elapsed.TotalSeconds:0.0} s");
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }

                if (clock.Elapsed.TotalSeconds > seconds)
                {
                    throw new TimeoutException($"{url} was not ready after {seconds} s");
                }

                await Task.Delay(200);
            }
        }
    }

    /// <summary>Sends <paramref name="rate"/> requests per second for <paramref name="seconds"/> seconds on a fixed schedule and waits for the last answer.</summary>
    public async Task<StepResult> RunStepAsync(int rate, int seconds)
    {
        var total = rate * seconds;
        var latencies = new double[total];
        var result = new StepResult(rate, latencies);
        var tasks = new Task[total];
        var cpuStart = CpuSnapshot.Take(options.HostPids, options.Postmaster);
        var load = ProcCpu.LoadAverage();
        var clock = Stopwatch.StartNew();
        var start = clock.Elapsed.TotalMilliseconds + 20;
        var interval = 1000.0 / rate;

        // The schedule runs on its own thread: it sleeps while ahead and, when behind, sends everything that is due at once.
        var scheduler = new Thread(() =>
        {
            for (var i = 0; i < total; i++)
            {
                var intended = start + (i * interval);
                // Sleep, never spin (the generator shares the machine with the host): a request goes out at most ~1 ms
                // after its time, and that delay counts in its latency.
                while (clock.Elapsed.TotalMilliseconds < intended)
                {
                    Thread.Sleep(1);
                }

                var (user, body, crisis) = workload.Next();
                var index = i;
                tasks[i] = SendAsync(clock, intended, user, body, crisis, index, result);
            }
        }) { IsBackground = true, Name = "schedule" };
        scheduler.Start();
        await Task.Run(scheduler.Join);
        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed.TotalSeconds - (start / 1000);
        var cpuEnd = CpuSnapshot.Take(options.HostPids, options.Postmaster);
        result.Finish(elapsed, CpuSnapshot.Delta(cpuStart, cpuEnd), load);
        return result;
    }

    private async Task SendAsync(Stopwatch clock, double intended, string user, byte[] body, bool crisis, int index, StepResult result)
    {
        var url = options.Urls[Interlocked.Increment(ref _next) % options.Urls.Count] + "/wellbeing/messages";
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = Json;
            request.Headers.Add("X-Load-User", user);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
            var text = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            result.Latencies[index] = clock.Elapsed.TotalMilliseconds - intended;
            if (!response.IsSuccessStatusCode)
            {
                result.Error($"HTTP {(int)response.StatusCode}");
            }
            else if (crisis)
            {
                var json = Encoding.UTF8.GetString(text);
                result.Crisis(json.Contains("\"safety\":true", StringComparison.Ordinal) && json.Contains("\"helplines\":[{", StringComparison.Ordinal));
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            result.Latencies[index] = clock.Elapsed.TotalMilliseconds - intended;
            result.Error(e.GetType().Name);
        }
    }
}

internal sealed class StepResult(int rate, double[] latencies)
{
    public const string Header = "| step | target/s | achieved/s | p50 ms | p90 ms | p99 ms | max ms | errors | crisis with helplines | host CPU ms/turn | generator ms/turn | PostgreSQL ms/turn | machine busy | load avg |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
    private readonly Dictionary<string, int> _errors = [];
    private int _crisis;
    private int _crisisOk;
    private double[] _sorted = [];

    public int Rate { get; } = rate;

    public double[] Latencies { get; } = latencies;

    public int Errors { get; private set; }

    public double Elapsed { get; private set; }

    public (double[] Hosts, double Generator, double Postgres, double MachineBusyShare) Cpu { get; private set; }

    public string LoadAverage { get; private set; } = "";

    public bool Good => Errors == 0 && P(0.99) < Runner.GoodP99Ms;

    public void Error(string kind)
    {
        lock (_errors)
        {
            Errors++;
            _errors[kind] = _errors.GetValueOrDefault(kind) + 1;
        }
    }

    public void Crisis(bool gotHelplines)
    {
        Interlocked.Increment(ref _crisis);
        if (gotHelplines)
        {
            Interlocked.Increment(ref _crisisOk);
        }
    }

    public void Finish(double elapsed, (double[] Hosts, double Generator, double Postgres, double MachineBusyShare) cpu, string load)
    {
        Elapsed = elapsed;
        Cpu = cpu;
        LoadAverage = load;
        _sorted = [.. Latencies.Order()];
    }

    public double P(double q) => _sorted.Length == 0 ? 0 : _sorted[Math.Min(_sorted.Length - 1, (int)Math.Ceiling(q * _sorted.Length) - 1)];

    public string Row(string step)
    {
        var n = (double)Latencies.Length;
        var hosts = string.Join(" + ", Cpu.Hosts.Select(h => (h / n).ToString("0.000", CultureInfo.InvariantCulture)));
        var errors = Errors == 0 ? "0" : $"{Errors} ({string.Join(", ", _errors.Select(kv => $"{kv.Key} x{kv.Value}"))})";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {step} | {Rate} | {n / Elapsed:0} | {P(0.5):0.0} | {P(0.9):0.0} | {P(0.99):0.0} | {P(1):0} | {errors} | {_crisisOk}/{_crisis} | {hosts} | {Cpu.Generator / n:0.000} | {(Cpu.Postgres / n):0.000} | {Cpu.MachineBusyShare:P0} | {LoadAverage} |");
    }
}
