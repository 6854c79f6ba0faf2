using EventBot.Benchmark.Load;
using EventBot.Benchmark.Processes;

namespace EventBot.Benchmark.Runs;

/// <summary>
/// The whole benchmark: cold starts, then EventBot (questions, then sign-ups) and the floor (state in LiteDB, then
/// in memory) at each concurrency, each bot in its own fresh process; latency, throughput, errors, working set,
/// and EventBot/floor ratios against the targets.
/// </summary>
public sealed class BenchmarkRun(int[] levels, TimeSpan warmUp, TimeSpan duration, int coldStarts)
{
    private const double ThroughputTarget = 0.5;
    private const double P99Target = 2.0;
    private const double ColdStartTargetSeconds = 2.0;
    private const double MemoryTargetMb = 300;

    public async Task<int> RunAsync(TextWriter output)
    {
        using var client = LoadClients.Create();
        var failures = 0;

        output.WriteLine($"# Benchmark {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {Machine.LoadAverage()}");
        output.WriteLine($"Each measure: {warmUp.TotalSeconds} s warm-up, then {duration.TotalSeconds} s; one process per bot and workload.");
        output.WriteLine();

        var starts = new Table("bot", "process start → first reply (median of " + coldStarts + ")", "runs", "target");
        foreach (var (name, start) in new (string, Func<BotProcess>)[] { ("EventBot", () => BotProcess.EventBot()), ("floor (LiteDB)", () => BotProcess.Floor("litedb")) })
        {
            var times = new List<double>();
            for (var i = 0; i < coldStarts; i++)
            {
                using var bot = start();
                times.Add((await bot.WaitForFirstReplyAsync(client, TimeSpan.FromSeconds(60))).TotalSeconds);
            }

            var median = times.Order().ElementAt(times.Count / 2);
            var met = name != "EventBot" || median <= ColdStartTargetSeconds;
            failures += met ? 0 : 1;
            starts.Add(name, $"{Table.Format(median)} s", string.Join(", ", times.Select(t => Table.Format(t))), name == "EventBot" ? Verdict(met, $"≤ {ColdStartTargetSeconds} s") : "");
        }

        output.WriteLine(starts);

        var load = new Table("bot", "workload", "conversations", "turns/s", "p50 ms", "p95 ms", "p99 ms", "errors", "working set idle → max MB");
        var results = new Dictionary<(string Bot, Workload Workload, int Level), LoadResult>();
        var targets = new (string Bot, Workload Workload, Func<BotProcess> Start, bool Check)[]
        {
            ("EventBot", Workload.Questions, () => BotProcess.EventBot(), true),
            ("EventBot", Workload.SignUps, () => BotProcess.EventBot(), true),
            ("floor (LiteDB)", Workload.Questions, () => BotProcess.Floor("litedb"), false),
            ("floor (memory)", Workload.Questions, () => BotProcess.Floor("memory"), false),
        };
        var maxEventBotMb = 0.0;
        foreach (var (botName, workload, start, check) in targets)
        {
            foreach (var level in levels)
            {
                using var bot = start();
                await bot.WaitForFirstReplyAsync(client, TimeSpan.FromSeconds(60));
                await Task.Delay(TimeSpan.FromSeconds(1));
                var idle = bot.WorkingSetMb();
                var max = idle;
                using var http = LoadClients.Create(bot.BaseAddress);
                var generator = new LoadGenerator(http, workload, check);
                var result = await generator.RunAsync(level, warmUp, duration, _ => max = Math.Max(max, bot.WorkingSetMb()));
                results[(botName, workload, level)] = result;
                if (botName == "EventBot")
                {
                    maxEventBotMb = Math.Max(maxEventBotMb, max);
                    failures += result.Errors > 0 ? 1 : 0;
                }

                load.Add(botName, workload == Workload.Questions ? "questions" : "inscriptions", level, result.Throughput, result.P50, result.P95, result.P99, result.Errors, $"{Table.Format(idle)} → {Table.Format(max)}");
                Console.Error.WriteLine($"{botName} {workload} ×{level}: {Table.Format(result.Throughput)} turns/s, p99 {Table.Format(result.P99)} ms, {result.Errors} errors");
                foreach (var sample in result.ErrorSamples)
                {
                    Console.Error.WriteLine("  " + sample);
                }
            }
        }

        output.WriteLine(load);

        var ratios = new Table("EventBot workload", "conversations", "throughput / floor (LiteDB)", "p99 / floor (LiteDB)", "throughput / floor (memory)", "p99 / floor (memory)", "targets (≥ 0.5, ≤ 2 against LiteDB; 0 errors)");
        foreach (var workload in new[] { Workload.Questions, Workload.SignUps })
        {
            foreach (var level in levels)
            {
                var bot = results[("EventBot", workload, level)];
                var liteDb = results[("floor (LiteDB)", Workload.Questions, level)];
                var memory = results[("floor (memory)", Workload.Questions, level)];
                var throughput = bot.Throughput / liteDb.Throughput;
                var p99 = bot.P99 / liteDb.P99;
                var met = throughput >= ThroughputTarget && p99 <= P99Target && bot.Errors == 0;
                failures += met ? 0 : 1;
                ratios.Add(workload == Workload.Questions ? "questions" : "inscriptions", level, throughput, p99, bot.Throughput / memory.Throughput, bot.P99 / memory.P99, Verdict(met, ""));
            }
        }

        output.WriteLine(ratios);
        var memoryMet = maxEventBotMb <= MemoryTargetMb;
        failures += memoryMet ? 0 : 1;
        output.WriteLine($"EventBot's largest working set under load: {Table.Format(maxEventBotMb)} MB ({Verdict(memoryMet, $"≤ {MemoryTargetMb} MB")}).");
        output.WriteLine($"Load average at the end: {Machine.LoadAverage()}.");
        return failures == 0 ? 0 : 1;
    }

    private static string Verdict(bool met, string target) => (met ? "met" : "NOT met") + (target.Length > 0 ? $" ({target})" : "");
}
