using EventBot.Domain.SignUps;
using EventBot.Storage.Files;
using EventBot.Storage.SignUps;
using LiteDB;

namespace EventBot.Storage;

/// <summary>
/// The bot's one LiteDB file, opened once per process: LiteDB reads stale data when two
/// <see cref="LiteDatabase"/> instances share a file, so every store in the process goes through this singleton.
/// Opening it creates the folder of the file and brings the schema up to <see cref="SchemaVersion"/>.
/// </summary>
public sealed class EventBotDatabase : IDisposable
{
    /// <summary>
    /// Used when configuration gives no connection string; relative to the base directory. Direct mode: the file
    /// stays open for the process, the only one that uses it. Shared mode opens and closes the file around every
    /// operation and made each turn several times slower (docs/benchmark.md).
    /// </summary>
    public const string DefaultConnectionString = "Filename=data/eventbot.db;Connection=direct";

    private const string MetaCollection = "meta";
    private const string SchemaDocumentId = "schema";

    /// <summary>
    /// One step per schema version: step <c>n</c> turns a version <c>n - 1</c> file into version <c>n</c>.
    /// A later version appends its step; the schema version is the number of steps. Steps name their
    /// collections and fields literally: they describe a past file and must not follow later renames.
    /// </summary>
    private static readonly Action<LiteDatabase>[] MigrationSteps =
    [
        // 1: Bot Framework state in "botstate", keyed by _id, which LiteDB indexes on its own.
        _ => { },

        // 2: sign-ups, queried by parcours and status (capacity, waiting list in "seq" order), by channel
        // user and by lower-cased e-mail (one sign-up per person).
        database =>
        {
            var signUps = database.GetCollection("signups");
            signUps.EnsureIndex("parcoursId");
            signUps.EnsureIndex("status");
            signUps.EnsureIndex("userKey");
            signUps.EnsureIndex("emailKey");
            signUps.EnsureIndex("seq");
        },

        // 3: proactive messages. "conversationrefs" keyed by user key (its _id) with a "reachable" flag; "outbox" messages
        // keyed by their id, found by status and due time (dispatcher) and by batch (delivery reports); "announcements".
        database =>
        {
            database.GetCollection("conversationrefs").EnsureIndex("reachable");
            var outbox = database.GetCollection("outbox");
            outbox.EnsureIndex("status");
            outbox.EnsureIndex("nextAttemptAt");
            outbox.EnsureIndex("batchId");
            outbox.EnsureIndex("seq");
            database.GetCollection("announcements").EnsureIndex("createdAt");
        },

        // 4: reminders, read by channel user ("mes rappels", RGPD) and by status (the scheduler's round);
        // "reminderstops" is keyed by the user key alone.
        database =>
        {
            var reminders = database.GetCollection("reminders");
            reminders.EnsureIndex("userKey");
            reminders.EnsureIndex("status");
        },

        // 5: sign-ups found by whether their promotion from the waiting list was told, at each round of the outbox's
        // dispatcher (every second): without the index, a scan of every sign-up.
        database => database.GetCollection("signups").EnsureIndex("promotionSeen"),

        // 6: sign-ups no longer found by status nor ordered by "seq" through an index: the places taken per parcours and
        // the last sequence number are read once and then kept by the sign-up service, and each index cost every
        // sign-up's write more pages.
        database =>
        {
            var signUps = database.GetCollection("signups");
            signUps.DropIndex("status");
            signUps.DropIndex("seq");
        },

        // 7: fewer indexes to update at each new sign-up and each new conversation, for queries that are rare or read
        // few documents: sign-ups by parcours (only to promote from a waiting list or give a place in it), by whether a
        // promotion was told (asked only after a promotion, see UntoldPromotions), and conversation references by
        // whether they are reachable (only to send an announcement). Under load, each index cost every new sign-up
        // about three pages of the log and a search of its skip list.
        database =>
        {
            var signUps = database.GetCollection("signups");
            signUps.DropIndex("parcoursId");
            signUps.DropIndex("promotionSeen");
            database.GetCollection("conversationrefs").DropIndex("reachable");
        },

        // 8: sign-ups found by person (user key, e-mail) through the keys the sign-up service keeps in memory
        // (SignedUpKeys), not through two more indexes for every new sign-up to update: _id is their only index.
        database =>
        {
            var signUps = database.GetCollection("signups");
            signUps.DropIndex("userKey");
            signUps.DropIndex("emailKey");
        },

        // 9: a person's reminders found through _id, which begins with their user key, not through an index on the user
        // key that every new reminder had to update.
        database => database.GetCollection("reminders").DropIndex("userKey"),
    ];

    private readonly LiteDatabase? _database;

    /// <summary>The files of a direct-mode database, opened by EventBot (null otherwise: LiteDB opens its own).</summary>
    private readonly DatabaseFile? _dataFile;
    private readonly LogFile? _logFile;
    private readonly bool _waitForDisk;
    private IRider[] _riders = [];

    /// <summary>Opens (and migrates) the file; throws when it cannot.</summary>
    /// <param name="connectionString">A LiteDB connection string; a relative file name is resolved against <paramref name="baseDirectory"/>.</param>
    /// <param name="baseDirectory">The folder relative file names start from (the host's content root).</param>
    /// <param name="waitForDisk">See <see cref="StorageOptions.WaitForDisk"/>.</param>
    public EventBotDatabase(string connectionString, string baseDirectory, bool waitForDisk = false)
    {
        _waitForDisk = waitForDisk;
        var settings = Resolve(connectionString, baseDirectory);
        FilePath = settings.Filename;
        if (!IsInMemory(FilePath))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            EnsureFolderWritable(Path.GetDirectoryName(FilePath)!);
        }

        LiteDatabase database;
        if (OpensOwnFiles(settings))
        {
            _dataFile = new DatabaseFile(FilePath);
            try
            {
                _logFile = new LogFile(LogFilePath(FilePath));
                database = new LiteDatabase(_dataFile, logStream: _logFile);
            }
            catch
            {
                _logFile?.Dispose();
                _dataFile.Dispose();
                throw;
            }
        }
        else
        {
            database = new LiteDatabase(settings);
        }

        try
        {
            Migrate(database);
            SetCheckpointPages(database);
            StartLogWriter(database);
        }
        catch
        {
            Close(database);
            throw;
        }

        _database = database;
    }

    /// <summary>
    /// Log pages at which LiteDB checkpoints a file whose log EventBot opens (its <c>CHECKPOINT</c> pragma, kept in the
    /// file), unless <see cref="CheckpointIfOthersWait"/> came first: at most 64 MB of log. A checkpoint copies the log
    /// into the data file and holds every reader and writer meanwhile (for LiteDB's default of 1,000 pages, 3 to 8 ms on the
    /// event's 2-core machine, 8 to 18 ms on a slow day), and the turns after it find LiteDB's cache emptied. A person alone pays for it
    /// whichever turn it falls on, so fewer is better for them: at one conversation, the slowest hundredth of sign-up
    /// turns began at 2.2 to 2.7 ms with 1,000 pages, 1.9 with 4,000, 1.6 to 1.7 with 8,000 and no lower with 16,000.
    /// </summary>
    internal const int CheckpointPages = 8_000;

    /// <summary>
    /// Log pages past which a commit checkpoints at once when other turns are in flight (<see cref="TurnsInFlight"/>):
    /// every one of them waits for the checkpoint, so it is kept short, at LiteDB's default size.
    /// </summary>
    internal const int CheckpointPagesWhileOthersWait = 1_000;

    /// <summary>LiteDB 5's page, the unit of its log.</summary>
    private const int PageBytes = 8192;

    /// <summary>The bot's turns under way, counted by the adapter (a middleware): see <see cref="CheckpointIfOthersWait"/>.</summary>
    public TurnsInFlight TurnsInFlight { get; } = new();

    /// <summary>
    /// <see cref="CheckpointPages"/> for a file whose log EventBot opens, LiteDB's default for the others (their commits
    /// are not seen by <see cref="CheckpointIfOthersWait"/>). Written only when it differs: the pragma is in the file.
    /// </summary>
    private void SetCheckpointPages(LiteDatabase database)
    {
        var pages = _logFile is null ? CheckpointPagesWhileOthersWait : CheckpointPages;
        if (database.CheckpointSize != pages)
        {
            database.CheckpointSize = pages;
        }
    }

    /// <summary>
    /// Called by every writer right after its commit, still under <see cref="WriteGate"/>: checkpoints once the log has
    /// <see cref="CheckpointPagesWhileOthersWait"/> pages if two turns or more are in flight (the writer's own and another,
    /// or two others), and leaves the log to grow to <see cref="CheckpointPages"/> for a turn alone.
    /// </summary>
    /// <remarks>
    /// The turns in flight, not the writers waiting for the gate: at ten conversations a writer seldom finds another
    /// waiting (a commit holds the gate a fraction of a turn), and checkpoints of 4,000 pages then held ten turns each and
    /// doubled the slowest hundredth (docs/benchmark.md, "What shapes the figures").
    /// </remarks>
    internal void CheckpointIfOthersWait()
    {
        if (_logFile is null || TurnsInFlight.Count < 2 || _logFile.Length < (long)CheckpointPagesWhileOthersWait * PageBytes)
        {
            return;
        }

        try
        {
            CheckpointWithRetries(Database.Checkpoint, TimeSpan.FromMilliseconds(20));
        }
        catch (Exception error) when (error is LiteException or IOException)
        {
            // The commit is made; only an early checkpoint is missed, and LiteDB makes its own at CheckpointPages.
        }
    }

    /// <summary>
    /// LiteDB starts its log writer on a thread of its own at the first commit of the process; once that writer has
    /// asked a flush and gone back to waiting, idle, each commit runs it on the committing thread, which
    /// <see cref="CommitsSoFar"/> relies on. So the database opens with commits (the schema version, written again) until
    /// one has its flush asked before it returns, which shows the writer idle, before anyone else writes. The first never
    /// does (the writer starts then), the second nearly always.
    /// </summary>
    private void StartLogWriter(LiteDatabase database)
    {
        if (_logFile is null)
        {
            return;
        }

        for (var attempt = 0; attempt < 100; attempt++)
        {
            long asked;
            bool ranOnThisThread;
            using (WriteGate.Enter())
            {
                asked = _logFile.Asked;
                database.GetCollection(MetaCollection).Upsert(SchemaDocument());
                ranOnThisThread = _logFile.Asked > asked;
            }

            _logFile.WaitUntilOnDisk(asked + 1);
            if (ranOnThisThread)
            {
                return;
            }
        }

        throw new InvalidOperationException("LiteDB's log writer never ran on the committing thread: commits could not be counted.");
    }

    private EventBotDatabase(string filePath, Exception openError)
    {
        FilePath = filePath;
        OpenError = openError;
    }

    /// <summary>The schema version this code reads and writes.</summary>
    public static int SchemaVersion => MigrationSteps.Length;

    /// <summary>
    /// Opens the file, or, when it is corrupt, locked, read-only or of a newer schema, returns a database that is
    /// not <see cref="IsAvailable"/>: the bot keeps answering questions rather than failing its start in a loop.
    /// A malformed connection string still throws: that is a configuration mistake, not a bad file.
    /// </summary>
    public static EventBotDatabase OpenOrUnavailable(string connectionString, string baseDirectory, bool waitForDisk = false)
    {
        var filePath = Resolve(connectionString, baseDirectory).Filename;
        try
        {
            return new EventBotDatabase(connectionString, baseDirectory, waitForDisk);
        }
        catch (Exception error)
        {
            return new EventBotDatabase(filePath, error);
        }
    }

    /// <summary>False when the file could not be opened; <see cref="OpenError"/> says why.</summary>
    public bool IsAvailable => _database is not null;

    /// <summary>Why the file could not be opened, or null.</summary>
    public Exception? OpenError { get; }

    /// <summary>The database; thread-safe, shared by every store of the process.</summary>
    /// <exception cref="StorageUnavailableException">The file could not be opened.</exception>
    public LiteDatabase Database => _database ?? throw new StorageUnavailableException(OpenError!);

    /// <summary>The resolved file name (or LiteDB's <c>:memory:</c>).</summary>
    public string FilePath { get; }

    /// <summary>
    /// Taken by every writer of this process around its transaction. LiteDB checks nothing across transactions
    /// (each reads a snapshot), so checks-then-writes need it, and <see cref="Backup"/> uses it to copy a file
    /// no one is writing.
    /// </summary>
    public WriteGate WriteGate { get; } = new();

    /// <summary>Whether the sign-ups of this file may hold a promotion not told yet (read by the sign-up service and the outbox).</summary>
    public UntoldPromotions UntoldPromotions { get; } = new();

    /// <summary>Below this much free space on the file's disk, nothing is written (see <see cref="EnsureRoomToWrite"/>).</summary>
    public const long MinimumFreeBytes = 1024 * 1024;

    /// <summary>Free space above which <see cref="EnsureRoomToWrite"/> trusts its last look for a second.</summary>
    private const long PlentyOfRoomBytes = 256L * 1024 * 1024;

    /// <summary>Until when (<see cref="Environment.TickCount64"/>) the disk is known to have plenty of room.</summary>
    private long _roomKnownUntil;

    /// <summary>
    /// Throws an <see cref="IOException"/> when the file's disk has less than <see cref="MinimumFreeBytes"/> free. Every
    /// writer calls it before touching LiteDB: after a LiteDB 5 write fails for lack of space, the open database can
    /// stay unusable or hang (LiteDB issues 1863, 2286, 2821), so the bot must stop writing before the disk is full,
    /// not after. Far from full (<see cref="PlentyOfRoomBytes"/>), the disk is looked at again only a second later: asking
    /// at every write cost a hundredth of a turn, and the bot cannot write that much in a second.
    /// </summary>
    public void EnsureRoomToWrite()
    {
        if (IsInMemory(FilePath) || Environment.TickCount64 < Volatile.Read(ref _roomKnownUntil))
        {
            return;
        }

        var free = new DriveInfo(Path.GetDirectoryName(FilePath)!).AvailableFreeSpace;
        if (free < MinimumFreeBytes)
        {
            throw new IOException($"Only {free / 1024} KB free on the disk of {FilePath}: nothing is written below {MinimumFreeBytes / 1024} KB.");
        }

        if (free > PlentyOfRoomBytes)
        {
            Volatile.Write(ref _roomKnownUntil, Environment.TickCount64 + 1000);
        }
    }

    /// <summary>
    /// Throws when no file can be created in <paramref name="folder"/>. LiteDB opens an existing file there and fails
    /// only at the first write, which must create its log file; a write failed that way can leave the open database
    /// showing data it never stored. Found at start, the file is simply unavailable.
    /// </summary>
    private static void EnsureFolderWritable(string folder)
    {
        var probe = Path.Combine(folder, $".eventbot-write-check-{Environment.ProcessId}-{Guid.NewGuid():N}");
        using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
        {
        }
    }

    /// <summary>The schema version recorded in the file, 0 for a new file.</summary>
    public int ReadSchemaVersion() => ReadSchemaVersion(Database);

    /// <summary>
    /// Copies the whole database to <paramref name="targetPath"/> (overwritten): a checkpoint first moves every
    /// committed transaction from the log file into the data file, then the data file alone is a complete copy.
    /// Writers of this process wait meanwhile.
    /// </summary>
    public void Backup(string targetPath)
    {
        var database = Database;
        if (IsInMemory(FilePath))
        {
            throw new InvalidOperationException("An in-memory database has no file to back up.");
        }

        var target = Path.GetFullPath(targetPath);
        if (string.Equals(target, FilePath, StringComparison.Ordinal))
        {
            throw new ArgumentException("The backup cannot overwrite the database itself.", nameof(targetPath));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using (WriteGate.Enter())
        {
            CheckpointWithRetries(database.Checkpoint, TimeSpan.FromMilliseconds(20));
            File.Copy(FilePath, target, overwrite: true);
        }
    }

    /// <summary>
    /// Taken under <see cref="WriteGate"/> right after a commit: what <see cref="WaitUntilOnDisk"/> needs. LiteDB's log
    /// writer runs on the committing thread when it is idle, which it always is once the previous commit has returned
    /// (commits are one at a time, under the gate): the commit's pages are written and its flush asked when it returns.
    /// </summary>
    internal long CommitsSoFar() => _logFile?.Asked ?? 0;

    /// <summary>
    /// Outside <see cref="WriteGate"/>, after a write a person is told about: with <see cref="StorageOptions.WaitForDisk"/>,
    /// returns once the commits counted by <paramref name="commitsSoFar"/> are on disk; otherwise at once (they are in the
    /// operating system, and on disk within the log's lazy flush). Shared and in-memory databases have nothing to wait
    /// for (LiteDB flushes a shared file when it closes it).
    /// </summary>
    internal void WaitUntilOnDisk(long commitsSoFar)
    {
        if (_waitForDisk)
        {
            _logFile?.WaitUntilOnDisk(commitsSoFar);
        }
    }

    /// <summary>See <see cref="StorageOptions.WaitForDisk"/>.</summary>
    internal bool WaitsForDisk => _waitForDisk;

    /// <summary>
    /// Registers small writes put off until the next transaction of anyone (<see cref="RideAlong"/>), rather than each
    /// paying a commit of its own. Registered once, at construction of the store that owns them.
    /// </summary>
    internal void AddRider(IRider rider)
    {
        lock (_riders)
        {
            _riders = [.. _riders, rider];
        }
    }

    /// <summary>
    /// Called by every writer right after it begins its transaction, under <see cref="WriteGate"/>: the writes put off
    /// are made first, so that the writer's own work comes after them and they commit, or roll back, with it.
    /// </summary>
    internal void RideAlong(LiteDatabase database)
    {
        foreach (var rider in _riders)
        {
            rider.WriteAlong(database);
        }
    }

    /// <summary>Called by every writer once its transaction committed or rolled back, still under <see cref="WriteGate"/>.</summary>
    internal void RideEnded(bool committed)
    {
        foreach (var rider in _riders)
        {
            rider.Ended(committed);
        }
    }

    /// <summary>The commits whose flush to disk is done (all of them for a database whose files LiteDB opens).</summary>
    internal long CommitsOnDisk() => _logFile?.Flushed ?? 0;

    /// <summary>Runs <paramref name="checkpoint"/>, tried again after <paramref name="pause"/> when it meets LiteDB's race below.</summary>
    /// <remarks>
    /// Under heavy load LiteDB 5.0.20 once failed a checkpoint with "ReadFull must read PAGE_SIZE bytes" (the log read
    /// shorter than LiteDB counted it; litedb-org/LiteDB#2523, fixed after 5.0.20). Nothing was lost and the next
    /// attempt succeeded, so the checkpoint is tried again.
    /// </remarks>
    internal static void CheckpointWithRetries(Action checkpoint, TimeSpan pause)
    {
        const int Attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                checkpoint();
                return;
            }
            catch (LiteException unflushedLog) when (attempt < Attempts && unflushedLog.Message.Contains("ReadFull", StringComparison.Ordinal))
            {
                Thread.Sleep(pause);
            }
        }
    }

    public void Dispose()
    {
        if (_database is not null)
        {
            Close(_database);
        }
    }

    /// <summary>LiteDB does not close the streams it is given: closed here, after LiteDB's last checkpoint.</summary>
    private void Close(LiteDatabase database)
    {
        database.Dispose();
        _logFile?.Dispose();
        _dataFile?.Dispose();
    }

    /// <summary>
    /// A direct-mode file (the default) is opened here, for <see cref="LogFile"/>; LiteDB keeps opening the others:
    /// shared mode opens and closes the file around each operation, and read-only or encrypted files are not EventBot's.
    /// </summary>
    private static bool OpensOwnFiles(ConnectionString settings) =>
        settings.Connection == ConnectionType.Direct && !IsInMemory(settings.Filename) && !settings.ReadOnly
        && string.IsNullOrEmpty(settings.Password);

    /// <summary>Where LiteDB itself keeps the log of a file: <c>name-log.ext</c> beside it.</summary>
    private static string LogFilePath(string dataFile) =>
        Path.Combine(Path.GetDirectoryName(dataFile)!, $"{Path.GetFileNameWithoutExtension(dataFile)}-log{Path.GetExtension(dataFile)}");

    private static ConnectionString Resolve(string connectionString, string baseDirectory)
    {
        var settings = new ConnectionString(connectionString);
        if (!IsInMemory(settings.Filename))
        {
            settings.Filename = Path.GetFullPath(settings.Filename, baseDirectory);
        }

        return settings;
    }

    private static BsonDocument SchemaDocument() => new()
    {
        ["_id"] = SchemaDocumentId,
        ["version"] = SchemaVersion,
    };

    private static int ReadSchemaVersion(LiteDatabase database) =>
        database.GetCollection(MetaCollection).FindById(SchemaDocumentId)?["version"].AsInt32 ?? 0;

    /// <summary>Runs the missing steps and records the new version, all in one transaction.</summary>
    private void Migrate(LiteDatabase database)
    {
        var fileVersion = ReadSchemaVersion(database);
        if (fileVersion > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"The database {FilePath} has schema version {fileVersion}; this build only knows up to {SchemaVersion}.");
        }

        if (fileVersion == SchemaVersion)
        {
            return;
        }

        database.BeginTrans();
        try
        {
            foreach (var step in MigrationSteps.Skip(fileVersion))
            {
                step(database);
            }

            database.GetCollection(MetaCollection).Upsert(SchemaDocument());
            database.Commit();
        }
        catch
        {
            database.Rollback();
            throw;
        }
    }

    private static bool IsInMemory(string filename) => filename is ":memory:" or ":temp:";
}
