using EventBot.Host.Tests.Support;
using EventBot.Storage;
using LiteDB;

namespace EventBot.Host.Tests.Storage;

/// <summary>
/// When the log is copied into the data file: at <see cref="EventBotDatabase.CheckpointPages"/> for a writer alone, at
/// <see cref="EventBotDatabase.CheckpointPagesWhileWritersWait"/> once writers queue for the gate.
/// </summary>
public sealed class CheckpointTests : IDisposable
{
    /// <summary>About one LiteDB page (8 KB) per document, so that the log grows by a known number of pages.</summary>
    private static readonly string PageOfText = new('x', 7_000);

    private const int PageBytes = 8192;

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_file_whose_log_EventBot_opens_checkpoints_at_its_own_size_any_other_at_LiteDB_default()
    {
        using (var direct = new EventBotDatabase(_directory.ConnectionString("direct.db"), _directory.Path))
        {
            Assert.Equal(EventBotDatabase.CheckpointPages, direct.Database.CheckpointSize);
        }

        using var shared = new EventBotDatabase($"Filename={Path.Combine(_directory.Path, "shared.db")};Connection=shared", _directory.Path);
        Assert.Equal(EventBotDatabase.CheckpointPagesWhileWritersWait, shared.Database.CheckpointSize);
    }

    [Fact]
    public void A_writer_alone_lets_the_log_grow_past_the_size_for_waiting_writers()
    {
        using var database = new EventBotDatabase(_directory.ConnectionString(), _directory.Path);
        var pages = WriteUntilTheLogHas(database, EventBotDatabase.CheckpointPagesWhileWritersWait + 100);

        Assert.True(LogPages(database) >= pages, $"{LogPages(database)} pages in the log after writing {pages}");
    }

    [Fact]
    public void A_commit_past_that_size_with_one_writer_waiting_leaves_the_log_as_it_is()
    {
        using var database = new EventBotDatabase(_directory.ConnectionString(), _directory.Path);
        var pages = WriteUntilTheLogHas(database, EventBotDatabase.CheckpointPagesWhileWritersWait + 100);

        WriteWhileWritersWait(database, EventBotDatabase.WritersInAQueue - 1);

        Assert.True(LogPages(database) >= pages, $"{LogPages(database)} pages in the log after writing {pages}");
    }

    [Fact]
    public void A_commit_past_that_size_with_writers_queuing_checkpoints_and_keeps_every_document()
    {
        using var database = new EventBotDatabase(_directory.ConnectionString(), _directory.Path);
        WriteUntilTheLogHas(database, EventBotDatabase.CheckpointPagesWhileWritersWait + 100);
        var written = Documents(database).Count();

        WriteWhileWritersWait(database, EventBotDatabase.WritersInAQueue);

        Assert.Equal(0, LogPages(database));
        Assert.Equal(written + 1, Documents(database).Count());
    }

    /// <summary>One document written while <paramref name="waiting"/> other writers wait for the gate.</summary>
    private static void WriteWhileWritersWait(EventBotDatabase database, int waiting)
    {
        var writers = new List<Thread>();
        database.Write(db =>
        {
            for (var i = 0; i < waiting; i++)
            {
                var writer = new Thread(() => database.WriteGate.Enter().Dispose());
                writer.Start();
                writers.Add(writer);
            }

            SpinWait.SpinUntil(() => database.WriteGate.WaitingWriters == waiting);
            Documents(db).Insert(new BsonDocument { ["text"] = "la dernière" });
            return true;
        }, durable: false);
        writers.ForEach(writer => writer.Join());
    }

    /// <summary>Inserts documents of about a page each, a hundred per transaction; returns the pages written.</summary>
    private static int WriteUntilTheLogHas(EventBotDatabase database, int pages)
    {
        var written = 0;
        while (written < pages)
        {
            database.Write(db => Documents(db).InsertBulk(Enumerable.Range(0, 100).Select(_ => new BsonDocument { ["text"] = PageOfText })), durable: false);
            written += 100;
        }

        return written;
    }

    private static long LogPages(EventBotDatabase database)
    {
        var log = Path.Combine(Path.GetDirectoryName(database.FilePath)!, $"{Path.GetFileNameWithoutExtension(database.FilePath)}-log.db");
        return File.Exists(log) ? new FileInfo(log).Length / PageBytes : 0;
    }

    private static ILiteCollection<BsonDocument> Documents(EventBotDatabase database) => Documents(database.Database);

    private static ILiteCollection<BsonDocument> Documents(LiteDatabase db) => db.GetCollection("pages");
}
