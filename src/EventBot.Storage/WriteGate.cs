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

    public Scope Enter()
    {
        _semaphore.Wait();
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        return new Scope(_semaphore, context);
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
