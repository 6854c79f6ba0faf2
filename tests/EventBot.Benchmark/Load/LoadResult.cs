namespace EventBot.Benchmark.Load;

/// <summary>How long one turn took, and which message of its conversation it was (1 for the first).</summary>
public readonly record struct TurnLatency(int Position, double Milliseconds);

/// <summary>What a load run measured: every turn's latency, the errors, and the turns per second.</summary>
public sealed class LoadResult(IReadOnlyList<TurnLatency> latencies, long errors, IReadOnlyList<string> errorSamples, TimeSpan duration)
{
    private readonly double[] _sorted = [.. latencies.Select(turn => turn.Milliseconds).Order()];

    public int Turns => _sorted.Length;

    /// <summary>Turns that failed: not 200, no reply, the apology, or a reply without what the script expects.</summary>
    public long Errors { get; } = errors;

    /// <summary>The first few errors, to say what went wrong.</summary>
    public IReadOnlyList<string> ErrorSamples { get; } = errorSamples;

    public double Throughput => Turns / duration.TotalSeconds;

    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public double P99 => Percentile(0.99);

    public double Mean => _sorted.Length == 0 ? double.NaN : _sorted.Average();

    /// <summary>
    /// Per message of the conversations (first, second…): its turns, p50 and p99, and its share of the turns slower than
    /// the run's p99. Says which message makes the tail: a sign-up's first message starts a conversation, its last one
    /// writes the sign-up.
    /// </summary>
    public IReadOnlyList<(int Position, int Turns, double P50, double P99, double ShareOfSlowest)> ByPosition()
    {
        var p99 = P99;
        var slowest = latencies.Count(turn => turn.Milliseconds > p99);
        return [.. latencies.GroupBy(turn => turn.Position).OrderBy(group => group.Key).Select(group =>
        {
            var sorted = group.Select(turn => turn.Milliseconds).Order().ToArray();
            var slow = group.Count(turn => turn.Milliseconds > p99);
            return (group.Key, sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99), slowest == 0 ? 0 : (double)slow / slowest);
        })];
    }

    /// <summary>Nearest-rank percentile, in milliseconds.</summary>
    public double Percentile(double fraction) => Percentile(_sorted, fraction);

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
