using EventBot.Host.Tests.Support;
using EventBot.Storage;
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
