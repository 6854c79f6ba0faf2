using EventBot.Host.Tests.Support;
using EventBot.Storage;
using LiteDB;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace EventBot.Host.Tests.Storage;

/// <summary>
/// When the log is copied into the data file: at <see cref="EventBotDatabase.CheckpointPages"/> for a turn alone, at
/// <see cref="EventBotDatabase.CheckpointPagesWhileOthersWait"/> once other turns are in flight.
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
        Assert.Equal(EventBotDatabase.CheckpointPagesWhileOthersWait, shared.Database.CheckpointSize);
    }

    [Fact]
    public void With_no_turn_in_flight_the_log_grows_past_the_size_for_turns_in_flight()
    {
        using var database = new EventBotDatabase(_directory.ConnectionString(), _directory.Path);
        var pages = WriteUntilTheLogHas(database, EventBotDatabase.CheckpointPagesWhileOthersWait + 100);

        Assert.True(LogPages(database) >= pages, $"{LogPages(database)} pages in the log after writing {pages}");
    }

    [Fact]
    public async Task A_commit_past_that_size_by_a_turn_alone_leaves_the_log_as_it_is()
    {
        using var database = new EventBotDatabase(_directory.ConnectionString(), _directory.Path);
        var pages = WriteUntilTheLogHas(database, EventBotDatabase.CheckpointPagesWhileOthersWait + 100);

        await InTurnsAsync(database, 1, () => WriteOne(database));

        Assert.True(LogPages(database) >= pages, $"{LogPages(database)} pages in the log after writing {pages}");
    }

    [Fact]
    public async Task A_commit_past_that_size_while_another_turn_is_in_flight_checkpoints_and_keeps_every_document()
    {
        using var database = new EventBotDatabase(_directory.ConnectionString(), _directory.Path);
        WriteUntilTheLogHas(database, EventBotDatabase.CheckpointPagesWhileOthersWait + 100);
        var written = Documents(database).Count();

        await InTurnsAsync(database, 2, () => WriteOne(database));

        Assert.Equal(0, LogPages(database));
        Assert.Equal(written + 1, Documents(database).Count());
    }

    /// <summary>
    /// Runs <paramref name="count"/> turns at once through the database's <see cref="TurnsInFlight"/>; the last one runs
    /// <paramref name="work"/> while the others are still in flight.
    /// </summary>
    private static async Task InTurnsAsync(EventBotDatabase database, int count, Action work)
    {
        using var othersInFlight = new CountdownEvent(count - 1);
        var done = new TaskCompletionSource();
        var context = new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message));
        var others = Enumerable.Range(1, count - 1).Select(_ => database.TurnsInFlight.OnTurnAsync(context, async _ =>
        {
            othersInFlight.Signal();
            await done.Task;
        })).ToList();

        othersInFlight.Wait();
        await database.TurnsInFlight.OnTurnAsync(context, _ =>
        {
            work();
            return Task.CompletedTask;
        });
        done.SetResult();
        await Task.WhenAll(others);
    }

    private static void WriteOne(EventBotDatabase database) =>
        database.Write(db => Documents(db).Insert(new BsonDocument { ["text"] = "la dernière" }), durable: false);

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
