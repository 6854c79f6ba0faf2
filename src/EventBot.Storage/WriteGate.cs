namespace EventBot.Storage;

/// <summary>
/// Taken by every writer of this process around its transaction: LiteDB checks nothing across transactions (each reads a
/// snapshot), so a check and the write that follows it must not interleave with another writer's. One writer at a time;
/// not reentrant.
/// </summary>
/// <remarks>
/// A semaphore rather than a <see cref="Lock"/>: a lock spins before it blocks, and under load the turns waiting to save
/// their state spent a tenth of the processor spinning (measured with dotnet-trace at 50 conversations).
/// Inside the gate there is no <see cref="SynchronizationContext"/>: LiteDB's log writer resumes on the committing thread
/// (what <see cref="EventBotDatabase.CommitsSoFar"/> counts on) only where .NET may run a continuation inline, which it
/// never does under a context of its own (a UI thread, a test runner's thread).
/// </remarks>
public sealed class WriteGate
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    /// <summary>Writers in <see cref="Enter"/> that do not hold the gate yet.</summary>
    private int _waiting;

    internal int WaitingWriters => Volatile.Read(ref _waiting);

    public Scope Enter()
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            _semaphore.Wait();
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        return new Scope(_semaphore, context);
    }

    /// <summary>How long <see cref="EnterGivingWay"/> lets other writers go first, at most.</summary>
    public static readonly TimeSpan MaxGivingWay = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// <see cref="Enter"/> for a background writer that writes many times in a row (a reminders' round): lets the writers
    /// already waiting go first, for up to <see cref="MaxGivingWay"/>. A semaphore lets the thread that releases it take
    /// it again at once, ahead of the threads its release woke: a round of a few thousand small writes in a row held every
    /// turn's state write back for one to three seconds (200 conversations signing up at once). Bounded, so that a round
    /// still ends under a load that always has a writer waiting.
    /// </summary>
    public Scope EnterGivingWay()
    {
        var until = Environment.TickCount64 + (long)MaxGivingWay.TotalMilliseconds;
        while (Volatile.Read(ref _waiting) > 0 && Environment.TickCount64 < until)
        {
            Thread.Sleep(1);
        }

        return Enter();
    }

    /// <summary>Holds the gate until disposed.</summary>
    public readonly struct Scope(SemaphoreSlim semaphore, SynchronizationContext? context) : IDisposable
    {
        public void Dispose()
        {
            SynchronizationContext.SetSynchronizationContext(context);
            semaphore.Release();
        }
    }
}
