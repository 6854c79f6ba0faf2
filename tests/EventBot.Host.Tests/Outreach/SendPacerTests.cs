using EventBot.Outreach;
using Microsoft.Extensions.Options;

namespace EventBot.Host.Tests.Outreach;

/// <summary>The pacer on a clock that jumps ahead whenever it is waited on: the schedule it keeps, exactly.</summary>
public sealed class SendPacerTests
{
    /// <summary>A timer on this clock moves the clock to its due time and fires at once.</summary>
    private sealed class JumpingClock : TimeProvider
    {
        public long Ticks { get; private set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Ticks;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Ticks += Math.Max(0, dueTime.Ticks);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
            return new NoTimer();
        }

        private sealed class NoTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    private static SendPacer Pacer(JumpingClock clock, int perSecond) =>
        new(new StaticOptions(new OutreachOptions { MessagesPerSecond = perSecond }), clock);

    private sealed class StaticOptions(OutreachOptions value) : IOptionsMonitor<OutreachOptions>
    {
        public OutreachOptions CurrentValue => value;

        public OutreachOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<OutreachOptions, string?> listener) => null;
    }

    [Fact]
    public async Task At_most_the_configured_number_of_sends_start_in_any_second()
    {
        var clock = new JumpingClock();
        var pacer = Pacer(clock, perSecond: 4);
        var starts = new List<double>();

        for (var i = 0; i < 10; i++)
        {
            await pacer.WaitTurnAsync("msteams/tenant-1", CancellationToken.None);
            starts.Add(TimeSpan.FromTicks(clock.Ticks).TotalSeconds);
        }

        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1, 2, 2], starts);
    }

    [Fact]
    public async Task Each_tenant_has_its_own_allowance()
    {
        var clock = new JumpingClock();
        var pacer = Pacer(clock, perSecond: 2);

        foreach (var tenant in new[] { "a", "a", "b", "b", "c", "c" })
        {
            await pacer.WaitTurnAsync(tenant, CancellationToken.None);
        }

        Assert.Equal(0, clock.Ticks);
        await pacer.WaitTurnAsync("a", CancellationToken.None);
        Assert.Equal(TimeSpan.TicksPerSecond, clock.Ticks);
    }
}
