using Microsoft.Extensions.DependencyInjection;
using EventBot.Domain.SignUps;
using EventBot.Storage.Outreach;
using EventBot.Host.Tests.Support;
using EventBot.Storage;
using EventBot.Storage.SignUps;
using LiteDB;

namespace EventBot.Host.Tests.Storage;

public sealed class EventBotDatabaseTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Creates_the_missing_folder_and_records_the_schema_version()
    {
        using var database = new EventBotDatabase("Filename=nested/data/bot.db;Connection=shared", _directory.Path);

        Assert.Equal(System.IO.Path.Combine(_directory.Path, "nested", "data", "bot.db"), database.FilePath);
        Assert.True(File.Exists(database.FilePath));
        Assert.Equal(EventBotDatabase.SchemaVersion, database.ReadSchemaVersion());
    }

    [Fact]
    public void Refuses_a_file_written_by_a_newer_schema()
    {
        var connectionString = _directory.ConnectionString();
        using (var database = new EventBotDatabase(connectionString, _directory.Path))
        {
            database.Database.GetCollection("meta").Upsert(new BsonDocument
            {
                ["_id"] = "schema",
                ["version"] = EventBotDatabase.SchemaVersion + 1,
            });
        }

        var error = Assert.Throws<InvalidOperationException>(() => new EventBotDatabase(connectionString, _directory.Path));
        Assert.Contains($"schema version {EventBotDatabase.SchemaVersion + 1}", error.Message);
    }
}

/// <summary>Schema 2 (sign-ups), backup, and files that cannot be opened.</summary>
public sealed class EventBotDatabaseSignUpTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_version_1_file_is_migrated_with_the_sign_up_indexes_and_keeps_its_state()
    {
        var path = System.IO.Path.Combine(_directory.Path, "v1.db");
        Directory.CreateDirectory(_directory.Path);
        using (var v1 = new LiteDatabase($"Filename={path};Connection=shared"))
        {
            v1.GetCollection("meta").Upsert(new BsonDocument { ["_id"] = "schema", ["version"] = 1 });
            v1.GetCollection("botstate").Upsert(new BsonDocument { ["_id"] = "test/users/u", ["eTag"] = "1", ["json"] = "{}" });
        }

        using var database = new EventBotDatabase($"Filename={path};Connection=shared", _directory.Path);

        Assert.Equal(EventBotDatabase.SchemaVersion, database.ReadSchemaVersion());
        var indexes = database.Database.GetCollection("$indexes").Find(Query.EQ("collection", "signups"))
            .Select(index => index["name"].AsString);
        Assert.Equal(["_id"], indexes.Order());
        Assert.NotNull(database.Database.GetCollection("botstate").FindById("test/users/u"));
        var reminderIndexes = database.Database.GetCollection("$indexes").Find(Query.EQ("collection", "reminders"))
            .Select(index => index["name"].AsString);
        Assert.Equal(["_id", "status"], reminderIndexes.Order());
    }

    [Fact]
    public void A_backup_is_a_complete_database_with_every_committed_sign_up()
    {
        using var bed = new SignUpTestBed();
        for (var person = 1; person <= 20; person++)
        {
            bed.Service.SignUp("emergence", SignUpTestBed.Person(person), SignUpTestBed.UserKey(person), DateTimeOffset.UnixEpoch);
        }

        var target = System.IO.Path.Combine(_directory.Path, "backups", "eventbot-backup.db");
        bed.Database.Backup(target);
        bed.Service.SignUp("emergence", SignUpTestBed.Person(21), SignUpTestBed.UserKey(21), DateTimeOffset.UnixEpoch);

        Assert.False(File.Exists(target + "-log.db") || File.Exists(System.IO.Path.ChangeExtension(target, null) + "-log.db"));
        using var copy = new EventBotDatabase($"Filename={target};Connection=shared", _directory.Path);
        Assert.Equal(20, copy.Database.GetCollection("signups").Count());
        Assert.Throws<ArgumentException>(() => bed.Database.Backup(bed.Database.FilePath));
    }

    [Theory]
    [InlineData(BadDatabaseFiles.Corrupt)]
    [InlineData(BadDatabaseFiles.ReadOnly)]
    [InlineData(BadDatabaseFiles.Locked)]
    public void A_file_that_cannot_be_opened_gives_an_unavailable_database_and_French_errors(string kind)
    {
        var path = System.IO.Path.Combine(_directory.Path, $"{kind}.db");
        using var bad = BadDatabaseFiles.Make(kind, path);

        using var database = EventBotDatabase.OpenOrUnavailable($"Filename={path};Connection=shared", _directory.Path);

        Assert.False(database.IsAvailable);
        Assert.NotNull(database.OpenError);
        Assert.Equal(path, database.FilePath);
        var service = new LiteDbSignUpService(
            database, SignUpTestBed.EventData, Microsoft.Extensions.Options.Options.Create(new SignUpOptions()), TimeProvider.System, new LiteDbConversationReferences(database));
        foreach (var call in new Action[]
        {
            () => service.PlacesLeft("emergence"),
            () => service.SignUp("emergence", SignUpTestBed.Person(1), SignUpTestBed.UserKey(1), DateTimeOffset.UnixEpoch),
            () => service.Find(SignUpTestBed.UserKey(1), null),
        })
        {
            var error = Assert.Throws<StorageUnavailableException>(call);
            Assert.StartsWith("Les inscriptions sont momentanément indisponibles", error.Message);
        }
    }

    [Fact]
    public void A_file_of_a_newer_schema_is_unavailable_rather_than_fatal()
    {
        var connectionString = _directory.ConnectionString();
        using (var database = new EventBotDatabase(connectionString, _directory.Path))
        {
            database.Database.GetCollection("meta").Upsert(new BsonDocument { ["_id"] = "schema", ["version"] = 99 });
        }

        using var reopened = EventBotDatabase.OpenOrUnavailable(connectionString, _directory.Path);

        Assert.False(reopened.IsAvailable);
        Assert.Contains("schema version 99", reopened.OpenError!.Message);
    }

    [Fact]
    public void A_checkpoint_that_reads_the_log_before_it_is_flushed_is_tried_again()
    {
        var calls = 0;
        EventBotDatabase.CheckpointWithRetries(
            () =>
            {
                if (++calls == 1)
                {
                    throw new LiteException(0, "LiteDB ENSURE: ReadFull must read PAGE_SIZE bytes [0]");
                }
            },
            TimeSpan.Zero);

        Assert.Equal(2, calls);
    }

    [Fact]
    public void A_checkpoint_still_failing_after_its_retries_or_failing_otherwise_is_reported()
    {
        var calls = 0;
        Assert.Throws<LiteException>(() => EventBotDatabase.CheckpointWithRetries(
            () =>
            {
                calls++;
                throw new LiteException(0, "ReadFull must read PAGE_SIZE bytes [0]");
            },
            TimeSpan.Zero));
        Assert.Equal(3, calls);

        calls = 0;
        Assert.Throws<LiteException>(() => EventBotDatabase.CheckpointWithRetries(
            () =>
            {
                calls++;
                throw new LiteException(0, "Another failure");
            },
            TimeSpan.Zero));
        Assert.Equal(1, calls);
    }
}

/// <summary><see cref="StorageOptions.WaitForDisk"/>: how far a sign-up has gone when the person is told.</summary>
public sealed class WaitForDiskTests
{
    [Fact]
    public void Waiting_for_the_disk_returns_each_sign_up_once_its_commit_is_flushed()
    {
        using var bed = new SignUpTestBed(waitForDisk: true);
        for (var person = 1; person <= 20; person++)
        {
            var before = bed.Database.CommitsSoFar();
            Assert.Equal(SignUpOutcome.Confirmed, bed.Service.SignUp("emergence", SignUpTestBed.Person(person), SignUpTestBed.UserKey(person), DateTimeOffset.UnixEpoch).Outcome);
            // The sign-up's commit came after `before`: a flush covered it before the sign-up returned.
            Assert.True(bed.Database.CommitsOnDisk() > before, $"{bed.Database.CommitsOnDisk()} flushed, {before} before the sign-up");
        }
    }

    [Fact]
    public async Task Without_waiting_a_sign_up_still_reaches_the_disk_within_the_lazy_flush()
    {
        using var bed = new SignUpTestBed();
        Assert.False(bed.Database.WaitsForDisk);
        bed.Service.SignUp("emergence", SignUpTestBed.Person(1), SignUpTestBed.UserKey(1), DateTimeOffset.UnixEpoch);
        var committed = bed.Database.CommitsSoFar();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (bed.Database.CommitsOnDisk() < committed && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(bed.Database.CommitsOnDisk() >= committed, $"{bed.Database.CommitsOnDisk()} of {committed} commits flushed");
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("true", true)]
    public void The_host_reads_the_setting(string? setting, bool expected)
    {
        using var factory = new EventBotFactory();
        if (setting is not null)
        {
            factory.Settings["EventBot:Storage:WaitForDisk"] = setting;
        }

        Assert.Equal(expected, factory.Services.GetRequiredService<EventBotDatabase>().WaitsForDisk);
    }
}
