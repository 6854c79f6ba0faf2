namespace EventBot.Outreach;

/// <summary>Exponential backoff with jitter: many refused messages do not all come back at the same instant.</summary>
public static class RetryDelays
{
    /// <summary>
    /// The wait after the <paramref name="attempt"/>-th try (1 for the first): base × 2^(attempt − 1), capped, then a
    /// random point of its upper half (<paramref name="random"/> in [0, 1)); never shorter than the channel's Retry-After.
    /// </summary>
    public static TimeSpan After(int attempt, OutreachOptions options, double random, TimeSpan? retryAfter = null)
    {
        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempt - 1));
        var capped = Math.Min(exponential, options.RetryMaxDelay.TotalMilliseconds);
        var jittered = TimeSpan.FromMilliseconds(capped / 2 + capped / 2 * random);
        return retryAfter is { } asked && asked > jittered ? asked : jittered;
    }
}
