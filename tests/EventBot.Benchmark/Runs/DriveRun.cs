using EventBot.Benchmark.Load;

namespace EventBot.Benchmark.Runs;

/// <summary>
/// Load on a bot already running (e.g. under dotnet-trace): <c>drive --url http://127.0.0.1:3978/</c>. Replies are checked
/// but for the floor (<c>--check 0</c>), which echoes.
/// </summary>
public sealed class DriveRun(Uri url, Workload workload, int concurrency, TimeSpan duration, bool checkReplies)
{
    public async Task<int> RunAsync(TextWriter output)
    {
        using var http = LoadClients.Create(url);
        var result = await new LoadGenerator(http, workload, checkReplies).RunAsync(concurrency, TimeSpan.FromSeconds(2), duration);
        output.WriteLine($"{workload} ×{concurrency}: {result.Turns} turns, {Table.Format(result.Throughput)} turns/s, p50 {Table.Format(result.P50)} ms, p99 {Table.Format(result.P99)} ms, {result.Errors} errors");
        output.WriteLine("  tail: " + string.Join(", ", new[] { 0.90, 0.95, 0.98, 0.99, 0.995, 0.999 }.Select(fraction => $"p{fraction * 100:0.#} {Table.Format(result.Percentile(fraction))} ms")));
        foreach (var (position, turns, p50, p99, share) in result.ByPosition())
        {
            output.WriteLine($"  message {position}: {turns} turns, p50 {Table.Format(p50)} ms, p99 {Table.Format(p99)} ms, {share:P0} of the turns slower than the run's p99");
        }

        foreach (var sample in result.ErrorSamples)
        {
            output.WriteLine("  " + sample);
        }

        return result.Errors == 0 ? 0 : 1;
    }
}
