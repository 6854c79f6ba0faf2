using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace EventBot.DirectLine;

/// <summary>
/// Bearer tokens, each bound to one conversation and valid for <see cref="DirectLineOptions.TokenLifetime"/> on
/// the host's <see cref="TimeProvider"/> (so a demonstration clock and the tests drive expiry). A refresh issues a
/// new token; the old one stays valid until its own expiry, as with Azure's Direct Line.
/// </summary>
public sealed class DirectLineTokens(TimeProvider clock, IOptions<DirectLineOptions> options)
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Grant> _grants = new(StringComparer.Ordinal);
    private long _nextPurgeTicks;

    /// <summary>What a token allows, until when.</summary>
    public sealed record Grant(string ConversationId, DateTimeOffset ExpiresAt);

    public enum Status
    {
        Valid,
        /// <summary>Never issued, or purged after expiry.</summary>
        Unknown,
        Expired,
    }

    public sealed record IssuedToken(string Token, string ConversationId, int ExpiresInSeconds);

    public IssuedToken Issue(string conversationId)
    {
        PurgeExpiredNowAndThen();
        var lifetime = options.Value.TokenLifetime;
        var token = DirectLineIds.Random(32);
        _grants[token] = new Grant(conversationId, clock.GetUtcNow() + lifetime);
        return new IssuedToken(token, conversationId, (int)Math.Ceiling(lifetime.TotalSeconds));
    }

    public Status Check(string token, out Grant? grant)
    {
        if (!_grants.TryGetValue(token, out grant))
        {
            return Status.Unknown;
        }

        return clock.GetUtcNow() < grant.ExpiresAt ? Status.Valid : Status.Expired;
    }

    /// <summary>Seconds left on a valid token (for the reconnect answer, which hands the same token back).</summary>
    public int SecondsLeft(Grant grant) =>
        Math.Max(0, (int)Math.Ceiling((grant.ExpiresAt - clock.GetUtcNow()).TotalSeconds));

    /// <summary>Expired tokens are dropped at most once a minute, on issue, so the table stays the size of the live ones.</summary>
    private void PurgeExpiredNowAndThen()
    {
        var now = clock.GetUtcNow();
        var next = Interlocked.Read(ref _nextPurgeTicks);
        if (now.UtcTicks < next || Interlocked.CompareExchange(ref _nextPurgeTicks, (now + PurgeInterval).UtcTicks, next) != next)
        {
            return;
        }

        foreach (var (token, grant) in _grants)
        {
            if (grant.ExpiresAt <= now)
            {
                _grants.TryRemove(token, out _);
            }
        }
    }
}
