namespace EventBot.Benchmark.Load;

/// <summary>What a load run measured: every turn's latency, the errors, and the turns per second.</summary>
public sealed class LoadResult(IReadOnlyList<double> latenciesMs, long errors, IReadOnlyList<string> errorSamples, TimeSpan duration)
{
    private readonly double[] _sorted = [.. latenciesMs.Order()];

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

    /// <summary>Nearest-rank percentile, in milliseconds.</summary>
    public double Percentile(double fraction) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(fraction * _sorted.Length) - 1, 0, _sorted.Length - 1)];
}
