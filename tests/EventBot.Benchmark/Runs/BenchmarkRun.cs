using EventBot.Benchmark.Load;
using EventBot.Benchmark.Processes;

namespace EventBot.Benchmark.Runs;

/// <summary>
/// The whole benchmark: cold starts, then at each concurrency EventBot (questions, then sign-ups) and the floor (state in
/// LiteDB, then in memory), each in a fresh process, back to back so that they share the machine's conditions;
/// latency, throughput, the bot's CPU time per turn, errors, working set, and EventBot/floor ratios against the targets.
/// </summary>
/// <remarks>
/// The four measures of a level are taken <c>rounds</c> times in turn (A B C D, A B C D…). Each figure reported is the
/// median of its rounds, and each ratio the median of the rounds' ratios, every round's EventBot set against the floor
/// measured beside it: a shared machine moves a 10-s measure by 10 to 30 % from one run to the next (the p99 at one
/// conversation most), and one measure of each made the verdict a draw; the rounds' own values are printed too.
/// </remarks>
public sealed class BenchmarkRun(int[] levels, TimeSpan warmUp, TimeSpan duration, int coldStarts, int rounds)
{
    private const double ThroughputTarget = 0.5;
    private const double P99Target = 2.0;
    private const double ColdStartTargetSeconds = 2.0;
    private const double MemoryTargetMb = 300;
    private const string EventBotName = "EventBot";
    private const string FloorLiteDb = "floor (LiteDB)";
    private const string FloorMemory = "floor (memory)";

    private sealed record Measure(string Bot, Workload Workload, LoadResult Result, double CpuMsPerTurn, double IdleMb, double MaxMb);

    /// <summary>The rounds of one bot, workload and level; each figure the median of the rounds (errors: their sum).</summary>
    private sealed class Rounds(IReadOnlyList<Measure> measures)
    {
        public IReadOnlyList<Measure> Measures => measures;

        public double Throughput => Median(measures.Select(m => m.Result.Throughput));

        public double P50 => Median(measures.Select(m => m.Result.P50));

        public double P95 => Median(measures.Select(m => m.Result.P95));

        public double P99 => Median(measures.Select(m => m.Result.P99));

        public double CpuMsPerTurn => Median(measures.Select(m => m.CpuMsPerTurn));

        public long Errors => measures.Sum(m => m.Result.Errors);

        public double IdleMb => Median(measures.Select(m => m.IdleMb));

        public double MaxMb => measures.Max(m => m.MaxMb);

        /// <summary>The rounds' values of <paramref name="figure"/>, in order, for the report.</summary>
        public string Each(Func<Measure, double> figure) => string.Join(" / ", measures.Select(m => Table.Format(figure(m))));
    }

    /// <summary>The median over the rounds of <paramref name="figure"/> of <paramref name="top"/> over that of <paramref name="bottom"/> in the same round.</summary>
    private static double PairedRatio(Rounds top, Rounds bottom, Func<Measure, double> figure) =>
        Median(top.Measures.Zip(bottom.Measures, (a, b) => figure(a) / figure(b)));

    /// <summary>The median (the mean of the middle two for an even count).</summary>
    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public async Task<int> RunAsync(TextWriter output)
    {
        using var client = LoadClients.Create();
        var failures = 0;

        output.WriteLine($"# Benchmark {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {Machine.LoadAverage()}");
        output.WriteLine($"Each measure: {warmUp.TotalSeconds} s warm-up, then {duration.TotalSeconds} s, in a fresh process; {rounds} rounds of the four measures at each level, figures the median of the rounds; LiteDB in {BotProcess.Mode} mode; bots from {Path.GetDirectoryName(Path.GetDirectoryName(RepoPaths.EventBotDll))}.");
        output.WriteLine();

        var starts = new Table("bot", $"process start → first reply (median of {coldStarts})", "runs", "target");
        foreach (var (name, start) in new (string, Func<BotProcess>)[] { (EventBotName, () => BotProcess.EventBot()), (FloorLiteDb, () => BotProcess.Floor("litedb")) })
        {
            var times = new List<double>();
            for (var i = 0; i < coldStarts; i++)
            {
                using var bot = start();
                times.Add((await bot.WaitForFirstReplyAsync(client, TimeSpan.FromSeconds(60))).TotalSeconds);
            }

            var median = times.Order().ElementAt(times.Count / 2);
            var isEventBot = name == EventBotName;
            var met = !isEventBot || median <= ColdStartTargetSeconds;
            failures += met ? 0 : 1;
            starts.Add(name, $"{Table.Format(median)} s", string.Join(", ", times.Select(t => Table.Format(t))), isEventBot ? Verdict(met, $"≤ {ColdStartTargetSeconds} s") : "");
        }

        output.WriteLine(starts);

        var runs = new (string Bot, Workload Workload, Func<BotProcess> Start)[]
        {
            (FloorLiteDb, Workload.Questions, () => BotProcess.Floor("litedb")),
            (EventBotName, Workload.Questions, () => BotProcess.EventBot()),
            (EventBotName, Workload.SignUps, () => BotProcess.EventBot()),
            (FloorMemory, Workload.Questions, () => BotProcess.Floor("memory")),
        };
        var taken = new Dictionary<(string Bot, Workload Workload, int Level), List<Measure>>();
        foreach (var level in levels)
        {
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var (botName, workload, start) in runs)
                {
                    var measure = await MeasureAsync(client, botName, workload, start, level);
                    if (!taken.TryGetValue((botName, workload, level), out var list))
                    {
                        taken[(botName, workload, level)] = list = [];
                    }

                    list.Add(measure);
                    Console.Error.WriteLine($"{botName} {workload} ×{level}, round {round}: {Table.Format(measure.Result.Throughput)} turns/s, p99 {Table.Format(measure.Result.P99)} ms, {Table.Format(measure.CpuMsPerTurn)} CPU ms/turn, {measure.Result.Errors} errors");
                    foreach (var sample in measure.Result.ErrorSamples)
                    {
                        Console.Error.WriteLine("  " + sample);
                    }
                }
            }
        }

        var measures = taken.ToDictionary(pair => pair.Key, pair => new Rounds(pair.Value));

        var load = new Table("bot", "workload", "conversations", "turns/s", "p50 ms", "p95 ms", "p99 ms", "p99 of each round", "bot CPU ms / turn", "errors", "working set idle → max MB");
        foreach (var (botName, workload, _) in runs)
        {
            foreach (var level in levels)
            {
                var m = measures[(botName, workload, level)];
                load.Add(botName, Name(workload), level, m.Throughput, m.P50, m.P95, m.P99, m.Each(r => r.Result.P99), m.CpuMsPerTurn, m.Errors, $"{Table.Format(m.IdleMb)} → {Table.Format(m.MaxMb)}");
            }
        }

        output.WriteLine(load);

        var ratios = new Table(
            "EventBot workload", "conversations", "throughput / floor (LiteDB)", "p99 / floor (LiteDB)", "p99 ratio of each round", "errors",
            "targets (≥ 0.5, ≤ 2, 0)", "floor's CPU per turn / EventBot's", "throughput / floor (memory)");
        foreach (var workload in new[] { Workload.Questions, Workload.SignUps })
        {
            foreach (var level in levels)
            {
                var bot = measures[(EventBotName, workload, level)];
                var liteDb = measures[(FloorLiteDb, Workload.Questions, level)];
                var memory = measures[(FloorMemory, Workload.Questions, level)];
                var throughput = PairedRatio(bot, liteDb, m => m.Result.Throughput);
                var p99 = PairedRatio(bot, liteDb, m => m.Result.P99);
                var met = throughput >= ThroughputTarget && p99 <= P99Target && bot.Errors == 0;
                failures += met ? 0 : 1;
                var eachP99 = string.Join(" / ", bot.Measures.Zip(liteDb.Measures, (eventBot, beside) => Table.Format(eventBot.Result.P99 / beside.Result.P99)));
                ratios.Add(
                    Name(workload), level, throughput, p99, eachP99, bot.Errors, Verdict(met, ""),
                    PairedRatio(liteDb, bot, m => m.CpuMsPerTurn), PairedRatio(bot, memory, m => m.Result.Throughput));
            }
        }

        output.WriteLine(ratios);
        var maxEventBotMb = taken.Values.SelectMany(m => m).Where(m => m.Bot == EventBotName).Max(m => m.MaxMb);
        var memoryMet = maxEventBotMb <= MemoryTargetMb;
        failures += memoryMet ? 0 : 1;
        output.WriteLine($"EventBot's largest working set under load: {Table.Format(maxEventBotMb)} MB ({Verdict(memoryMet, $"≤ {MemoryTargetMb} MB")}).");
        output.WriteLine($"Load average at the end: {Machine.LoadAverage()}.");
        output.WriteLine();
        return failures == 0 ? 0 : 1;
    }

    private async Task<Measure> MeasureAsync(HttpClient client, string botName, Workload workload, Func<BotProcess> start, int level)
    {
        using var bot = start();
        await bot.WaitForFirstReplyAsync(client, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var idle = bot.WorkingSetMb();
        var max = idle;
        var cpuStart = TimeSpan.Zero;
        var cpuEnd = TimeSpan.Zero;
        using var http = LoadClients.Create(bot.BaseAddress);
        var result = await new LoadGenerator(http, workload, checkReplies: botName == EventBotName).RunAsync(
            level,
            warmUp,
            duration,
            onSecond: _ =>
            {
                max = Math.Max(max, bot.WorkingSetMb());
                cpuEnd = bot.CpuTime();
            },
            onMeasuring: () => cpuStart = bot.CpuTime());
        if (result.Errors > 0)
        {
            // What the bot logged says why (its warnings and errors are kept).
            var log = bot.Output;
            Console.Error.WriteLine($"{botName} {workload} ×{level}, the bot's log:\n{log[Math.Max(0, log.Length - 4000)..]}");
        }

        var cpuPerTurn = result.Turns == 0 ? double.NaN : (cpuEnd - cpuStart).TotalMilliseconds / result.Turns;
        return new Measure(botName, workload, result, cpuPerTurn, idle, max);
    }

    private static string Name(Workload workload) => workload switch
    {
        Workload.Questions => "questions",
        Workload.SignUps => "inscriptions",
        _ => "mélange",
    };

    private static string Verdict(bool met, string target) => (met ? "met" : "NOT met") + (target.Length > 0 ? $" ({target})" : "");
}
