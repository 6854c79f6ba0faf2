namespace EventBot.Host.Tests.DirectLine;

/// <summary>A clock the test moves by hand, in the event's time zone (UTC+2 in October 2019).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.CreateCustomTimeZone("Test +02:00", start.Offset, "Test", "Test");

    public DateTimeOffset Now { get; private set; } = start;

    public void Advance(TimeSpan by) => Now += by;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => _zone;
}
