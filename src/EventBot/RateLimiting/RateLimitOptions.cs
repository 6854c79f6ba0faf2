namespace EventBot.RateLimiting;

/// <summary>
/// The <c>EventBot:RateLimits</c> section: how many requests one address, and one person, may make in any
/// <see cref="Window"/>. A limit of 0 means no limit of that kind. docs/security.md explains the numbers.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "EventBot:RateLimits";

    /// <summary>False turns every limit off (the benchmark does, since it is one address playing hundreds of people).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The sliding window the limits count in.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The window moves on in this many steps: a refused client waits at most one step.</summary>
    public int SegmentsPerWindow { get; set; } = 6;

    public PerIpLimits PerIp { get; set; } = new();

    public PerUserLimits PerUser { get; set; } = new();

    /// <summary>Requests per window from one client address.</summary>
    public sealed class PerIpLimits
    {
        /// <summary><c>POST /api/messages</c>: a whole room behind one venue NAT, or Azure Bot Service relaying every user.</summary>
        public int Messages { get; set; } = 1800;

        /// <summary>Every call under <c>/v3/directline</c>: a whole room of web chats behind one NAT.</summary>
        public int DirectLine { get; set; } = 3000;

        /// <summary>Every call under <c>/api/organisers</c>, wrong keys included: it also slows down key guessing.</summary>
        public int Organisers { get; set; } = 120;
    }

    /// <summary>Requests per window from one person.</summary>
    public sealed class PerUserLimits
    {
        /// <summary>Messages of one channel user (<c>{channelId}:{from.id}</c>), whatever way they come in.</summary>
        public int Messages { get; set; } = 30;

        /// <summary>Calls with one organiser key.</summary>
        public int Organisers { get; set; } = 60;
    }
}
