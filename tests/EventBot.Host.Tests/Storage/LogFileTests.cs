using EventBot.Host.Tests.Support;
using EventBot.Storage;
using EventBot.Storage.Files;

namespace EventBot.Host.Tests.Storage;

/// <summary>The log whose flushes to disk are made by a thread of its own (what makes a confirmed sign-up durable).</summary>
public sealed class LogFileTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public LogFileTests() => Directory.CreateDirectory(_directory.Path);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_flush_asked_only_counts_and_a_caller_waiting_for_it_is_released_once_it_is_made()
    {
        using var log = new LogFile(Path.Combine(_directory.Path, "bot-log.db"));
        log.Write(new byte[8192], 0, 8192);
        var before = log.Asked;

        log.Flush();

        Assert.Equal(before + 1, log.Asked);
        await Task.Run(() => log.WaitUntilOnDisk(log.Asked)).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(log.Asked, log.Flushed);
        Assert.Equal(8192, new FileInfo(Path.Combine(_directory.Path, "bot-log.db")).Length);
    }

    [Fact]
    public async Task A_flush_nobody_waits_for_is_still_made_soon()
    {
        using var log = new LogFile(Path.Combine(_directory.Path, "bot-log.db"));
        log.Write(new byte[8192], 0, 8192);

        log.Flush();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (log.Flushed < 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(LogFile.LazyFlushDelay);
        }

        Assert.Equal(1, log.Flushed);
    }

    [Fact]
    public async Task Many_callers_waiting_at_once_are_all_released()
    {
        using var log = new LogFile(Path.Combine(_directory.Path, "bot-log.db"));
        var waits = Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
        {
            log.Flush();
            log.WaitUntilOnDisk(log.Asked);
        }));

        await Task.WhenAll(waits).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(20, log.Asked);
        Assert.Equal(20, log.Flushed);
    }

    [Fact]
    public void Waiting_when_nothing_was_asked_returns_at_once()
    {
        using var log = new LogFile(Path.Combine(_directory.Path, "bot-log.db"));

        log.WaitUntilOnDisk(log.Asked);

        Assert.Equal(0, log.Asked);
    }

    [Fact]
    public void A_direct_mode_database_writes_its_log_beside_the_file_and_opens_with_it_flushed()
    {
        using var database = new EventBotDatabase(_directory.ConnectionString("bot.db"), _directory.Path);

        Assert.True(File.Exists(Path.Combine(_directory.Path, "bot-log.db")));
        Assert.True(database.CommitsSoFar() >= 1, "The database opens with a commit whose flush it waited for.");
        database.WaitUntilOnDisk(database.CommitsSoFar());
    }
}
