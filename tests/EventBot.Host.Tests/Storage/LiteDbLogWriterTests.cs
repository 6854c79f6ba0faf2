using EventBot.Host.Tests.Support;
using EventBot.Storage;
using LiteDB;

namespace EventBot.Host.Tests.Storage;

/// <summary>Waiting for LiteDB's log writer: what makes a confirmed sign-up survive the process being killed.</summary>
public sealed class LiteDbLogWriterTests
{
    [Fact]
    public async Task The_wait_ends_only_once_the_log_writer_has_written_the_commit()
    {
        var log = new HeldLogStream();
        using var database = new LiteDatabase(new MemoryStream(), logStream: log);
        var waitForQueuedPages = LiteDbLogWriter.WaitForQueuedPages(database);
        try
        {
            // LiteDB's writer thread takes the commit's pages and blocks in the held stream's Write.
            database.GetCollection("signups").Insert(new BsonDocument { ["_id"] = "a", ["parcoursId"] = "emergence" });
            Assert.True(log.WriteStarted.Wait(TimeSpan.FromSeconds(10)));

            var waiting = Task.Run(waitForQueuedPages);
            var first = await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromMilliseconds(300)));
            Assert.False(first == waiting, "The wait returned while the commit was still queued.");

            log.Release.Set();
            await waiting.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.True(log.Length >= 8192, "The commit's pages are in the log once the wait is over.");
        }
        finally
        {
            log.Release.Set();
        }
    }

    [Fact]
    public async Task Without_anything_queued_the_wait_returns_at_once()
    {
        using var database = new LiteDatabase(new MemoryStream(), logStream: new MemoryStream());

        var waitForQueuedPages = LiteDbLogWriter.WaitForQueuedPages(database);

        await Task.Run(waitForQueuedPages).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_shared_mode_database_has_nothing_to_wait_for_and_keeps_its_writes()
    {
        using var directory = new TempDirectory();
        using var database = new EventBotDatabase(directory.ConnectionString().Replace("direct", "shared", StringComparison.Ordinal), directory.Path);

        database.Write(db => db.GetCollection("signups").Insert(new BsonDocument { ["_id"] = "a" }), durable: true);

        Assert.NotNull(database.Database.GetCollection("signups").FindById("a"));
    }

    /// <summary>A log whose writes wait for <see cref="Release"/>, as a slow disk would.</summary>
    private sealed class HeldLogStream : MemoryStream
    {
        public ManualResetEventSlim WriteStarted { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public override void Write(byte[] buffer, int offset, int count)
        {
            WriteStarted.Set();
            Release.Wait(TimeSpan.FromSeconds(30));
            base.Write(buffer, offset, count);
        }
    }
}
