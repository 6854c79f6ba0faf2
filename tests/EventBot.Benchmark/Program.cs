using EventBot.Benchmark.Runs;

namespace EventBot.Benchmark;

/// <summary>
/// <c>dotnet tests/EventBot.Benchmark/bin/Release/net10.0/EventBot.Benchmark.dll &lt;mode&gt; [options]</c>; run.sh builds
/// and runs it. An explicit class, not top-level statements: Host.Tests references this project beside EventBot's Program.
/// </summary>
internal static class BenchmarkProgram
{
    private static async Task<int> Main(string[] args)
    {
        var mode = args.FirstOrDefault() ?? "all";
        int Option(string name, int fallback)
        {
            var index = Array.IndexOf(args, "--" + name);
            return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
        }

        var levels = (args.SkipWhile(arg => arg != "--levels").Skip(1).FirstOrDefault() ?? "1,10,50,200")
            .Split(',').Select(int.Parse).ToArray();

        // Published ReadyToRun, a bot starts on precompiled code and the runtime recompiles its hot methods with full
        // optimisation only after many calls (tiered compilation): EventBot, with far more code on a turn's path than the
        // floor, reaches its steady speed after 10 to 15 s of load (426 → 898 turns/s at 10 conversations), the floor after
        // about 5 s. The warm-up lets both get there, so that the figures are those of a bot that has been running.
        var warmUp = TimeSpan.FromSeconds(Option("warmup", 20));

        // At least one round: each figure is a median over the rounds.
        BenchmarkRun LoadRun() => new(levels, warmUp, TimeSpan.FromSeconds(Option("seconds", 10)), Option("starts", 3), Math.Max(1, Option("rounds", 3)));

        return mode switch
        {
            "all" => await LoadRun().RunAsync(Console.Out)
                | await new InProcessRun(Option("turns", 200)).RunAsync(Console.Out),
            "load" => await LoadRun().RunAsync(Console.Out),
            "inproc" => await new InProcessRun(Option("turns", 200)).RunAsync(Console.Out),
            "announce" => await new AnnouncementRun(Option("recipients", 1000)).RunAsync(Console.Out),
            "soak" => await new SoakRun(Option("conversations", 50), TimeSpan.FromSeconds(Option("seconds", 120))).RunAsync(Console.Out),
            "drive" => await new DriveRun(
                new Uri(args.SkipWhile(arg => arg != "--url").Skip(1).FirstOrDefault() ?? "http://127.0.0.1:3978/"),
                Enum.Parse<EventBot.Benchmark.Load.Workload>(args.SkipWhile(arg => arg != "--workload").Skip(1).FirstOrDefault() ?? "Mixed", ignoreCase: true),
                Option("conversations", 10),
                TimeSpan.FromSeconds(Option("seconds", 10)),
                Option("check", 1) != 0).RunAsync(Console.Out),
            _ => Usage(),
        };

        static int Usage()
        {
            Console.Error.WriteLine("""
                EventBot benchmark. Modes:
                  all     cold start, load at each concurrency for EventBot and the floor, in-process turn times (default)
                  load    the same without the in-process turn times
                  inproc  in-process turn time per kind of question
                  soak    the load run: --conversations 50 --seconds 120
                  announce  an announcement to --recipients 1000 people through a fake connector
                  drive   load on a bot already running: --url http://127.0.0.1:3978/ --workload questions|signups|mixed
                          --conversations 10 --seconds 10 --check 1 (0 for the floor, which echoes); prints the
                          latencies per message of the conversations (to profile it, e.g. under dotnet-trace)
                Options: --levels 1,10,50,200  --seconds 10  --warmup 20  --starts 3  --rounds 3  --turns 200
                """);
            return 2;
        }
    }
}
