namespace EventBot.Time;

/// <summary>
/// A clock that reads <paramref name="start"/> when created and then advances with <paramref name="realClock"/>,
/// so that a demonstration can take place "during the event" at any date. Its local time zone is the
/// start's offset.
/// </summary>
public sealed class DemonstrationTimeProvider(DateTimeOffset start, TimeProvider realClock) : TimeProvider
{
    private readonly long _startTimestamp = realClock.GetTimestamp();

    private readonly TimeZoneInfo _zone = TimeZoneInfo.CreateCustomTimeZone(
        $"EventBot demonstration {start.Offset}", start.Offset, "Demonstration", "Demonstration");

    public DemonstrationTimeProvider(DateTimeOffset start)
        : this(start, System)
    {
    }

    public override DateTimeOffset GetUtcNow() =>
        start.ToUniversalTime() + realClock.GetElapsedTime(_startTimestamp);

    public override TimeZoneInfo LocalTimeZone => _zone;

    public override long GetTimestamp() => realClock.GetTimestamp();

    public override long TimestampFrequency => realClock.TimestampFrequency;
}
