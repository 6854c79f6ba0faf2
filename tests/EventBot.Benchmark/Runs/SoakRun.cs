using EventBot.Benchmark.Load;
using EventBot.Benchmark.Processes;

namespace EventBot.Benchmark.Runs;

/// <summary>
/// The load run: EventBot in its own process, <c>concurrency</c> conversations (three question-and-answer
/// conversations for one sign-up) for <c>duration</c>, the working set sampled every second. Passes with zero
/// errors and a stable working set (see <see cref="MemoryCheck"/>); says how much the database holds at the end, since
/// what the bot keeps in memory grows with what it stores (every conversation is a new person, a quarter of them sign up).
/// </summary>
public sealed class SoakRun(int concurrency, TimeSpan duration)
{
    public async Task<int> RunAsync(TextWriter output)
    {
        using var client = LoadClients.Create();
        using var bot = BotProcess.EventBot();
        var coldStart = await bot.WaitForFirstReplyAsync(client, TimeSpan.FromSeconds(60));
        var idle = bot.WorkingSetMb();
        var samples = new List<double>();
        using var http = LoadClients.Create(bot.BaseAddress);
        var result = await new LoadGenerator(http, Workload.Mixed, checkReplies: true).RunAsync(
            concurrency,
            TimeSpan.FromSeconds(5),
            duration,
            _ => samples.Add(bot.WorkingSetMb()));
        var memory = new MemoryCheck(samples);

        output.WriteLine($"# Load run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {concurrency} conversations for {duration.TotalSeconds} s, load average {Machine.LoadAverage()}");
        output.WriteLine($"First reply {Table.Format(coldStart.TotalSeconds)} s after the start; working set idle {Table.Format(idle)} MB.");
        output.WriteLine($"{result.Turns} turns, {Table.Format(result.Throughput)} turns/s, p50 {Table.Format(result.P50)} ms, p95 {Table.Format(result.P95)} ms, p99 {Table.Format(result.P99)} ms, {result.Errors} errors.");
        foreach (var sample in result.ErrorSamples)
        {
            output.WriteLine("  " + sample);
        }

        output.WriteLine($"Working set every 10 s (MB): {string.Join(" ", samples.Where((_, i) => i % 10 == 9).Select(s => Table.Format(s)))}");
        output.WriteLine(memory.Describe());
        output.WriteLine($"Data stored meanwhile: the database's files (data and log) hold {Table.Format(bot.DataFilesMb())} MB at the end; the working set grew {Table.Format(samples[^1] - samples[0])} MB from the first second.");
        var passed = result.Errors == 0 && memory.IsStable;
        output.WriteLine(passed ? "PASSED" : "FAILED");
        return passed ? 0 : 1;
    }
}
