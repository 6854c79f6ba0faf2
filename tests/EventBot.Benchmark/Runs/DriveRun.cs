using EventBot.Benchmark.Load;

namespace EventBot.Benchmark.Runs;

/// <summary>Load on a bot already running (e.g. under dotnet-trace): <c>drive --url http://127.0.0.1:3978/</c>.</summary>
public sealed class DriveRun(Uri url, Workload workload, int concurrency, TimeSpan duration)
{
    public async Task<int> RunAsync(TextWriter output)
    {
        using var http = LoadClients.Create(url);
        var result = await new LoadGenerator(http, workload, checkReplies: true).RunAsync(concurrency, TimeSpan.FromSeconds(2), duration);
        output.WriteLine($"{workload} ×{concurrency}: {result.Turns} turns, {Table.Format(result.Throughput)} turns/s, p50 {Table.Format(result.P50)} ms, p99 {Table.Format(result.P99)} ms, {result.Errors} errors");
        foreach (var sample in result.ErrorSamples)
        {
            output.WriteLine("  " + sample);
        }

        return result.Errors == 0 ? 0 : 1;
    }
}
