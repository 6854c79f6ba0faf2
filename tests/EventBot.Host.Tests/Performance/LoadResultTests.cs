using EventBot.Benchmark.Load;

namespace EventBot.Host.Tests.Performance;

/// <summary>The benchmark's figures from the turns it timed: percentiles, and which message of a conversation makes the tail.</summary>
public sealed class LoadResultTests
{
    [Fact]
    public void Percentiles_are_nearest_rank_over_every_turn()
    {
        var result = new LoadResult([.. Enumerable.Range(1, 100).Select(ms => new TurnLatency(1, ms))], 0, [], TimeSpan.FromSeconds(4));

        Assert.Equal(50, result.P50);
        Assert.Equal(99, result.P99);
        Assert.Equal(25, result.Throughput);
    }

    [Fact]
    public void Each_message_of_the_conversations_has_its_percentiles_and_its_share_of_the_slowest_turns()
    {
        // 100 conversations of two messages: the first takes 1 ms but for its last five turns (10 to 14 ms), the second
        // 2 ms. The run's p99 is 12 ms: the two turns slower than it are both first messages.
        var turns = Enumerable.Range(0, 100).SelectMany(conversation => new[]
        {
            new TurnLatency(1, conversation < 95 ? 1 : conversation - 85),
            new TurnLatency(2, 2),
        }).ToList();

        var byPosition = new LoadResult(turns, 0, [], TimeSpan.FromSeconds(1)).ByPosition();

        Assert.Equal(
            [(1, 100, 1.0, 13.0, 1.0), (2, 100, 2.0, 2.0, 0.0)],
            byPosition);
    }
}
