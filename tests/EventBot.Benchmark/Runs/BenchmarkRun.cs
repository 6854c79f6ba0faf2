using EventBot.Benchmark.Load;
using EventBot.Benchmark.Processes;

namespace EventBot.Benchmark.Runs;

/// <summary>
/// The whole benchmark: cold starts, then at each concurrency EventBot (questions, then sign-ups) and the floor (state in
/// LiteDB, then in memory), each in a fresh process, back to back so that they share the machine's conditions;
/// latency, throughput, the bot's CPU time per turn, errors, working set, and EventBot/floor ratios against the targets.
/// </summary>
public sealed class BenchmarkRun(int[] levels, TimeSpan warmUp, TimeSpan duration, int coldStarts)
{
    private const double ThroughputTarget = 0.5;
    private const double P99Target = 2.0;
    private const double ColdStartTargetSeconds = 2.0;
    private const double MemoryTargetMb = 300;
    private const string EventBotName = "EventBot";
    private const string FloorLiteDb = "floor (LiteDB)";
    private const string FloorMemory = "floor (memory)";

    private sealed record Measure(string Bot, Workload Workload, LoadResult Result, double CpuMsPerTurn, double IdleMb, double MaxMb);

    public async Task<int> RunAsync(TextWriter output)
    {
        using var client = LoadClients.Create();
        var failures = 0;

        output.WriteLine($"# Benchmark {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {Machine.LoadAverage()}");
        output.WriteLine($"Each measure: {warmUp.TotalSeconds} s warm-up, then {duration.TotalSeconds} s, in a fresh process; LiteDB in {BotProcess.Mode} mode; bots from {Path.GetDirectoryName(Path.GetDirectoryName(RepoPaths.EventBotDll))}.");
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
        var measures = new Dictionary<(string Bot, Workload Workload, int Level), Measure>();
        foreach (var level in levels)
        {
            foreach (var (botName, workload, start) in runs)
            {
                var measure = await MeasureAsync(client, botName, workload, start, level);
                measures[(botName, workload, level)] = measure;
                Console.Error.WriteLine($"{botName} {workload} ×{level}: {Table.Format(measure.Result.Throughput)} turns/s, p99 {Table.Format(measure.Result.P99)} ms, {Table.Format(measure.CpuMsPerTurn)} CPU ms/turn, {measure.Result.Errors} errors");
                foreach (var sample in measure.Result.ErrorSamples)
                {
                    Console.Error.WriteLine("  " + sample);
                }
            }
        }

        var load = new Table("bot", "workload", "conversations", "turns/s", "p50 ms", "p95 ms", "p99 ms", "bot CPU ms / turn", "errors", "working set idle → max MB");
        foreach (var (botName, workload, _) in runs)
        {
            foreach (var level in levels)
            {
                var m = measures[(botName, workload, level)];
                load.Add(botName, Name(workload), level, m.Result.Throughput, m.Result.P50, m.Result.P95, m.Result.P99, m.CpuMsPerTurn, m.Result.Errors, $"{Table.Format(m.IdleMb)} → {Table.Format(m.MaxMb)}");
            }
        }

        output.WriteLine(load);

        var ratios = new Table(
            "EventBot workload", "conversations", "throughput / floor (LiteDB)", "p99 / floor (LiteDB)", "errors",
            "targets (≥ 0.5, ≤ 2, 0)", "floor's CPU per turn / EventBot's", "throughput / floor (memory)");
        foreach (var workload in new[] { Workload.Questions, Workload.SignUps })
        {
            foreach (var level in levels)
            {
                var bot = measures[(EventBotName, workload, level)];
                var liteDb = measures[(FloorLiteDb, Workload.Questions, level)];
                var memory = measures[(FloorMemory, Workload.Questions, level)];
                var throughput = bot.Result.Throughput / liteDb.Result.Throughput;
                var p99 = bot.Result.P99 / liteDb.Result.P99;
                var met = throughput >= ThroughputTarget && p99 <= P99Target && bot.Result.Errors == 0;
                failures += met ? 0 : 1;
                ratios.Add(Name(workload), level, throughput, p99, bot.Result.Errors, Verdict(met, ""), liteDb.CpuMsPerTurn / bot.CpuMsPerTurn, bot.Result.Throughput / memory.Result.Throughput);
            }
        }

        output.WriteLine(ratios);
        var maxEventBotMb = measures.Values.Where(m => m.Bot == EventBotName).Max(m => m.MaxMb);
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
