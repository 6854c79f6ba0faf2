using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace EventBot.RateLimiting;

/// <summary>
/// Says in the log that a limit refused something, at most once per window for each limit: a flood of refused
/// requests must not become a flood of log lines. Never the address or the user.
/// </summary>
public sealed class RateLimitLog : IDisposable
{
    private readonly PartitionedRateLimiter<string> _lines;
    private readonly TimeSpan _window;
    private readonly ILogger<RateLimitLog> _logger;

    public RateLimitLog(IOptions<RateLimitOptions> options, ILogger<RateLimitLog> logger)
    {
        _logger = logger;
        _window = options.Value.Window;
        _lines = PartitionedRateLimiter.Create<string, string>(limit =>
            RateLimitPartition.GetFixedWindowLimiter(limit, _ => new FixedWindowRateLimiterOptions { PermitLimit = 1, Window = _window, QueueLimit = 0 }));
    }

    /// <param name="limit">Which limit, e.g. "PerUser:Messages".</param>
    /// <param name="where">What was refused: a channel, a path.</param>
    public void Refused(string limit, string where)
    {
        using var line = _lines.AttemptAcquire(limit);
        if (line.IsAcquired)
        {
            _logger.LogWarning("Rate limit {Limit} refused {Where}; more refusals of this limit within {Window} are not logged.", limit, where, _window);
        }
    }

    public void Dispose() => _lines.Dispose();
}
