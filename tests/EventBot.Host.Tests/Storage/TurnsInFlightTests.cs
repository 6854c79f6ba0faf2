using EventBot.Storage;
using Microsoft.Bot.Builder.Adapters;

namespace EventBot.Host.Tests.Storage;

/// <summary>The count of turns under way that the database's checkpoints read (see <see cref="CheckpointTests"/>).</summary>
public sealed class TurnsInFlightTests
{
    [Fact]
    public async Task A_turn_counts_while_it_runs_and_no_longer_once_it_failed()
    {
        var turns = new TurnsInFlight();
        var adapter = new TestAdapter().Use(turns);
        var seen = -1;

        await Assert.ThrowsAsync<InvalidOperationException>(() => new TestFlow(adapter, (_, _) =>
        {
            seen = turns.Count;
            throw new InvalidOperationException("Le tour échoue.");
        }).Send("bonjour").StartTestAsync());

        Assert.Equal(1, seen);
        Assert.Equal(0, turns.Count);
    }
}
