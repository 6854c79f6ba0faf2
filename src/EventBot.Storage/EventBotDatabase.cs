using LiteDB;

namespace EventBot.Storage;

/// <summary>
/// The bot's one LiteDB file, opened once per process: LiteDB reads stale data when two
/// <see cref="LiteDatabase"/> instances share a file, so every store in the process goes through this singleton.
/// Opening it creates the folder of the file and brings the schema up to <see cref="SchemaVersion"/>.
/// </summary>
public sealed class EventBotDatabase : IDisposable
{
    /// <summary>Used when configuration gives no connection string; relative to the base directory.</summary>
    public const string DefaultConnectionString = "Filename=data/eventbot.db;Connection=shared";

    private const string MetaCollection = "meta";
    private const string SchemaDocumentId = "schema";

    /// <summary>
    /// One step per schema version: step <c>n</c> turns a version <c>n - 1</c> file into version <c>n</c>.
    /// A later version appends its step; the schema version is the number of steps.
    /// </summary>
    private static readonly Action<LiteDatabase>[] MigrationSteps =
    [
        // 1: Bot Framework state in "botstate", keyed by _id, which LiteDB indexes on its own.
        _ => { },
    ];

    /// <summary>The schema version this code reads and writes.</summary>
    public static int SchemaVersion => MigrationSteps.Length;

    /// <param name="connectionString">A LiteDB connection string; a relative file name is resolved against <paramref name="baseDirectory"/>.</param>
    /// <param name="baseDirectory">The folder relative file names start from (the host's content root).</param>
    public EventBotDatabase(string connectionString, string baseDirectory)
    {
        var settings = new ConnectionString(connectionString);
        if (!IsInMemory(settings.Filename))
        {
            settings.Filename = Path.GetFullPath(settings.Filename, baseDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(settings.Filename)!);
        }

        FilePath = settings.Filename;
        Database = new LiteDatabase(settings);
        Migrate();
    }

    /// <summary>The database; thread-safe, shared by every store of the process.</summary>
    public LiteDatabase Database { get; }

    /// <summary>The resolved file name (or LiteDB's <c>:memory:</c>).</summary>
    public string FilePath { get; }

    /// <summary>The schema version recorded in the file, 0 for a new file.</summary>
    public int ReadSchemaVersion() =>
        Database.GetCollection(MetaCollection).FindById(SchemaDocumentId)?["version"].AsInt32 ?? 0;

    public void Dispose() => Database.Dispose();

    /// <summary>Runs the missing steps and records the new version, all in one transaction.</summary>
    private void Migrate()
    {
        var fileVersion = ReadSchemaVersion();
        if (fileVersion > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"The database {FilePath} has schema version {fileVersion}; this build only knows up to {SchemaVersion}.");
        }

        if (fileVersion == SchemaVersion)
        {
            return;
        }

        Database.BeginTrans();
        try
        {
            foreach (var step in MigrationSteps.Skip(fileVersion))
            {
                step(Database);
            }

            Database.GetCollection(MetaCollection).Upsert(new BsonDocument
            {
                ["_id"] = SchemaDocumentId,
                ["version"] = SchemaVersion,
            });
            Database.Commit();
        }
        catch
        {
            Database.Rollback();
            throw;
        }
    }

    private static bool IsInMemory(string filename) => filename is ":memory:" or ":temp:";
}
