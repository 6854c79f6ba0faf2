using System.Reflection;
using LiteDB;

namespace EventBot.Storage;

/// <summary>
/// Reaches LiteDB's log writer, to wait until what was committed has been handed to the operating system.
/// </summary>
/// <remarks>
/// LiteDB 5's commit queues its pages for a background writer and returns. Its only public way to wait for that writer
/// is a checkpoint, which also copies the whole log into the data file and empties LiteDB's page cache: run after each
/// sign-up, it sent every later read of every turn back to the file, and was the largest cost of a sign-up under load
/// (see the README's Benchmark section). The checkpoint itself starts with <c>DiskWriterQueue.Wait()</c>, which this
/// calls directly. LiteDB keeps it internal (<c>LiteDatabase._engine</c> → <c>LiteEngine._disk</c> →
/// <c>DiskService.Queue</c>): the version is pinned in Directory.Packages.props, and a LiteDB without these members
/// fails at the opening of the database, never later.
/// </remarks>
internal static class LiteDbLogWriter
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>
    /// Returns an action that waits until the log writer's queue is empty: every page committed before it was written
    /// to the log file, so the commit survives the process being killed. LiteDB asserts the queue is still empty when
    /// the wait ends, so the action is for callers that hold the database's write gate (no commit can come meanwhile).
    /// </summary>
    /// <exception cref="InvalidOperationException">This LiteDB has no such members (another version).</exception>
    public static Action WaitForQueuedPages(LiteDatabase database)
    {
        var engine = Field(database, "_engine");
        if (engine.GetType().Name == "SharedEngine")
        {
            // Shared mode closes the file after each commit, and closing waits for the writer: nothing is left to wait for.
            return () => { };
        }

        var disk = Field(engine, "_disk");
        var lazyQueue = disk.GetType().GetProperty("Queue", Instance)?.GetValue(disk) ?? throw Changed("DiskService.Queue");
        var queue = lazyQueue.GetType().GetProperty("Value")!.GetValue(lazyQueue)!;
        var wait = queue.GetType().GetMethod("Wait", Instance, Type.EmptyTypes) ?? throw Changed("DiskWriterQueue.Wait()");
        return (Action)Delegate.CreateDelegate(typeof(Action), queue, wait);
    }

    private static object Field(object owner, string name) =>
        owner.GetType().GetField(name, Instance)?.GetValue(owner) ?? throw Changed($"{owner.GetType().Name}.{name}");

    private static InvalidOperationException Changed(string member) => new(
        $"LiteDB {typeof(LiteDatabase).Assembly.GetName().Version} has no {member}: EventBot waits for LiteDB's log writer "
        + "through it (see LiteDbLogWriter); review that class before changing LiteDB's version.");
}
