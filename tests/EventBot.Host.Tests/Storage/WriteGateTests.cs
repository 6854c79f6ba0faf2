using System.Collections.Concurrent;
using EventBot.Storage;

namespace EventBot.Host.Tests.Storage;

/// <summary>The database's write gate: one writer at a time, background writers letting the waiting ones go first.</summary>
public sealed class WriteGateTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_writer_giving_way_right_after_its_last_write_lets_the_waiting_writer_in_first()
    {
        var gate = new WriteGate();

        // Several times: which thread wins a free gate is a race, which Enter would lose only now and then.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var order = new ConcurrentQueue<string>();
            var lastWrite = gate.Enter();
            var waiting = Task.Run(() => Write(gate.Enter, "waiting", order));
            await Until(() => gate.WaitingWriters == 1);

            // What a round of reminders does: a write, then at once the next one. Taken with Enter, the gate freed an
            // instant ago would mostly go to this thread again, ahead of the writer its release woke.
            lastWrite.Dispose();
            Write(gate.EnterGivingWay, "giving way", order);

            await waiting.WaitAsync(Patience);
            Assert.Equal(["waiting", "giving way"], order);
        }
    }

    [Fact]
    public async Task A_writer_giving_way_still_enters_when_others_keep_waiting()
    {
        var gate = new WriteGate();
        var holder = gate.Enter();
        var waiting = Task.Run(() => gate.Enter().Dispose());
        await Until(() => gate.WaitingWriters == 1);

        // Another writer waits for longer than the writer giving way lets others go first: it queues behind them.
        var givingWay = Task.Run(() => gate.EnterGivingWay().Dispose());
        await Until(() => gate.WaitingWriters == 2);
        holder.Dispose();

        await Task.WhenAll(waiting, givingWay).WaitAsync(Patience);
        Assert.Equal(0, gate.WaitingWriters);
    }

    private static void Write(Func<WriteGate.Scope> enter, string name, ConcurrentQueue<string> order)
    {
        using (enter())
        {
            order.Enqueue(name);
        }
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition never held.");
            await Task.Delay(1);
        }
    }
}
