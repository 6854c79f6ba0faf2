namespace EventBot.Options;

/// <summary>The <c>EventBot</c> section: what the bot knows and what time it believes it is.</summary>
public sealed class EventBotOptions
{
    public const string Section = "EventBot";

    /// <summary>The event's data; relative paths are resolved against the content root (made absolute at binding).</summary>
    public string SeedsPath { get; set; } = "seeds/event.json";

    public ClockOptions Clock { get; set; } = new();

    public sealed class ClockOptions
    {
        /// <summary>
        /// When set (ISO 8601 with offset, e.g. <c>2019-10-16T10:00:00+02:00</c>), the bot starts at this
        /// demonstration time and lets it advance with real time; otherwise it uses the system clock.
        /// </summary>
        public DateTimeOffset? Now { get; set; }
    }
}
