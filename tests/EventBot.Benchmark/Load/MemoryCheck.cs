using System.Globalization;

namespace EventBot.Benchmark.Load;

/// <summary>
/// Whether a working set sampled at regular intervals under a steady load is stable: the peak of the second half
/// exceeds the peak of the first half by at most <see cref="AllowedGrowth"/>. A leak grows with the turns served and
/// fails this; the collector's saw-tooth and LiteDB's cache settling in the first seconds do not.
/// </summary>
public sealed class MemoryCheck(IReadOnlyList<double> samplesMb, double maxMb = 300)
{
    public const double AllowedGrowth = 0.10;

    public double FirstHalfPeak { get; } = samplesMb.Take(samplesMb.Count / 2).DefaultIfEmpty(double.NaN).Max();

    public double SecondHalfPeak { get; } = samplesMb.Skip(samplesMb.Count / 2).DefaultIfEmpty(double.NaN).Max();

    public double Growth => SecondHalfPeak / FirstHalfPeak - 1;

    public bool IsStable => samplesMb.Count >= 4 && Growth <= AllowedGrowth && SecondHalfPeak <= maxMb;

    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"Working set peak {FirstHalfPeak:0} MB in the first half, {SecondHalfPeak:0} MB in the second ({Growth:+0.0%;-0.0%}; stable means ≤ +{AllowedGrowth:0%} and ≤ {maxMb:0} MB): {(IsStable ? "stable" : "NOT stable")}.");
}
