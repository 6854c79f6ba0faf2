using EventBot.Time;

namespace EventBot.Host.Tests.Time;

public sealed class DemonstrationTimeProviderTests
{
    /// <summary>A real clock whose time only moves when told.</summary>
    private sealed class ManualClock : TimeProvider
    {
        public long Ticks { get; set; } = 1_000;

        public override long GetTimestamp() => Ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
    }

    [Fact]
    public void Starts_at_the_demonstration_time_in_its_offset_and_advances_with_real_time()
    {
        var realClock = new ManualClock();
        var start = DateTimeOffset.Parse("2019-10-16T10:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture);
        var clock = new DemonstrationTimeProvider(start, realClock);

        Assert.Equal(start, clock.GetLocalNow());
        Assert.Equal(TimeSpan.FromHours(2), clock.GetLocalNow().Offset);

        realClock.Ticks += TimeSpan.FromMinutes(90).Ticks;

        Assert.Equal(start.AddMinutes(90), clock.GetUtcNow());
        Assert.Equal(new DateTimeOffset(2019, 10, 16, 11, 30, 0, TimeSpan.FromHours(2)), clock.GetLocalNow());
    }
}
