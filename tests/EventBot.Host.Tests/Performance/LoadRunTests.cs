using EventBot.Benchmark.Load;
using EventBot.Benchmark.Processes;
using EventBot.Benchmark.Runs;
using Xunit.Abstractions;

namespace EventBot.Host.Tests.Performance;

/// <summary>
/// The short version of the benchmark's load run (<c>run.sh soak</c> is 2 minutes): the built bot in its own process,
/// 50 conversations at once — questions of every kind and complete sign-ups — for 15 s after a warm-up.
/// </summary>
public sealed class LoadRunTests(ITestOutputHelper output)
{
    private const int Conversations = 50;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Fifty_conversations_at_once_get_every_answer_and_the_memory_stays_flat()
    {
        using var bot = BotProcess.EventBot();
        using var client = LoadClients.Create(bot.BaseAddress);
        await bot.WaitForFirstReplyAsync(client, TimeSpan.FromSeconds(60));
        var samples = new List<double>();

        var result = await new LoadGenerator(client, Workload.Mixed, checkReplies: true)
            .RunAsync(Conversations, WarmUp, Duration, _ => samples.Add(bot.WorkingSetMb()));

        var memory = new MemoryCheck(samples);
        output.WriteLine($"{result.Turns} turns, {result.Throughput:0} turns/s, p99 {result.P99:0} ms, {result.Errors} errors; {memory.Describe()}");
        Assert.True(result.Errors == 0, $"{result.Errors} turns failed, e.g.:\n{string.Join("\n", result.ErrorSamples)}");
        Assert.True(result.Turns >= Conversations, $"Only {result.Turns} turns in {Duration.TotalSeconds} s.");
        Assert.True(memory.IsStable, memory.Describe());
        Assert.False(bot.HasExited);
    }
}
