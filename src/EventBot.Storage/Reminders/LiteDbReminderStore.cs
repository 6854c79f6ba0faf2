using EventBot.Domain.Reminders;
using EventBot.Domain.SignUps;
using LiteDB;

namespace EventBot.Storage.Reminders;

/// <summary>
/// Reminders in the <c>reminders</c> collection of the bot's LiteDB file, and the people who said "stop rappels"
/// in <c>reminderstops</c>. Changes run under the database's write gate and wait until they are in the file, as sign-ups do,
/// so a reminder marked queued stays so after a crash.
/// </summary>
public sealed class LiteDbReminderStore(EventBotDatabase database) : IReminderStore
{
    private const int RemindersPerWrite = 10;

    internal const string Collection = "reminders";
    internal const string StopsCollection = "reminderstops";
    internal const string UserKey = "userKey";
    internal const string Status = "status";

    public Reminder? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Read(db => db.GetCollection(Collection).FindById(id) is { } document ? ToReminder(document) : null);
    }

    public Reminder Save(Reminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return Write(db => SaveWithin(db.GetCollection(Collection), reminder));
    }

    public IReadOnlyList<Reminder> SaveAll(IReadOnlyList<Reminder> reminders)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        return WriteInChunks(reminders, SaveWithin);
    }

    private static Reminder SaveWithin(ILiteCollection<BsonDocument> reminders, Reminder reminder)
    {
        var existing = reminders.FindById(reminder.Id);
        if (existing is not null && ToReminder(existing) is { Status: ReminderStatus.Queued or ReminderStatus.Dropped } closed)
        {
            return closed;
        }

        return Put(reminders, reminder, isNew: existing is null);
    }

    public IReadOnlyList<Reminder> AddForNewSignUps(IReadOnlyList<Reminder> reminders)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        return [.. WriteInChunks(reminders, (collection, reminder) =>
        {
            var existing = collection.FindById(reminder.Id);
            return existing is null || ToReminder(existing).GivesWayToNewSignUp ? Put(collection, reminder, isNew: existing is null) : null;
        }).OfType<Reminder>()];
    }

    /// <summary>
    /// Runs <paramref name="save"/> on each reminder, in writes of <see cref="RemindersPerWrite"/>, each letting the turns'
    /// writes go first: one write for a whole room's reminders would hold the database's gate, and every turn's state write
    /// behind it, for hundreds of milliseconds, and writes taken back to back without giving way did for seconds (17,000
    /// reminders in a row under 200 conversations: 1.9 s).
    /// </summary>
    private List<T> WriteInChunks<T>(IReadOnlyList<Reminder> reminders, Func<ILiteCollection<BsonDocument>, Reminder, T> save)
    {
        var results = new List<T>(reminders.Count);
        foreach (var chunk in reminders.Chunk(RemindersPerWrite))
        {
            results.AddRange(WriteGivingWay(db =>
            {
                var collection = db.GetCollection(Collection);
                return chunk.Select(reminder => save(collection, reminder)).ToList();
            }));
        }

        return results;
    }

    /// <summary>Insert or Update, not Upsert: the caller's lookup already tells which, and Upsert would look the id up again.</summary>
    private static Reminder Put(ILiteCollection<BsonDocument> reminders, Reminder reminder, bool isNew)
    {
        if (isNew)
        {
            reminders.Insert(ToDocument(reminder));
        }
        else
        {
            reminders.Update(ToDocument(reminder));
        }

        return reminder;
    }

    public IReadOnlyList<Reminder> All() => Read(db => db.GetCollection(Collection).FindAll().Select(ToReminder).ToList());

    public IReadOnlyList<Reminder> Pending() =>
        Read(db => db.GetCollection(Collection).Find(Queries.Equal(Status, nameof(ReminderStatus.Pending))).Select(ToReminder).ToList());

    public IReadOnlyList<Reminder> ForUser(string userKey)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        return Read(db => db.GetCollection(Collection).Find(OfUser(userKey)).Select(ToReminder).ToList());
    }

    public bool Close(string id, ReminderStatus status, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Write(db => CloseWithin(db.GetCollection(Collection), id, status, at));
    }

    public void CloseAll(IReadOnlyList<string> ids, ReminderStatus status, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var chunk in ids.Chunk(RemindersPerWrite))
        {
            WriteGivingWay(db =>
            {
                var reminders = db.GetCollection(Collection);
                return chunk.Count(id => CloseWithin(reminders, id, status, at));
            });
        }
    }

    private static bool CloseWithin(ILiteCollection<BsonDocument> reminders, string id, ReminderStatus status, DateTimeOffset at)
    {
        if (reminders.FindById(id) is not { } document || document[Status].AsString != nameof(ReminderStatus.Pending))
        {
            return false;
        }

        document[Status] = status.ToString();
        document["closedAt"] = at.UtcDateTime;
        return reminders.Update(document);
    }

    public bool IsStopped(string userKey)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        return Read(db => db.GetCollection(StopsCollection).FindById(userKey) is not null);
    }

    public IReadOnlySet<string> StoppedUsers() =>
        Read(db => db.GetCollection(StopsCollection).FindAll().Select(d => d["_id"].AsString).ToHashSet(StringComparer.Ordinal));

    public void SetStopped(string userKey, bool stopped, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        Write(db =>
        {
            var stops = db.GetCollection(StopsCollection);
            return stopped
                ? stops.Upsert(new BsonDocument { ["_id"] = userKey, ["at"] = at.UtcDateTime })
                : stops.Delete(userKey);
        });
    }

    /// <summary>RGPD erasure: the person's reminders and their "stop rappels"; called inside the sign-ups' own transaction.</summary>
    internal static int DeleteFor(LiteDatabase db, string userKey) =>
        db.GetCollection(Collection).DeleteMany(OfUser(userKey)) + (db.GetCollection(StopsCollection).Delete(userKey) ? 1 : 0);

    /// <summary>
    /// A person's reminders, found through the <c>_id</c> index (schema 9: no index on the user key for every new reminder
    /// to update): every id begins with the person's user key (<see cref="Reminder.IdFor"/>). The user key is compared in
    /// full too, since another one may begin with it, or it may hold LIKE's wildcards.
    /// </summary>
    private static BsonExpression OfUser(string userKey) =>
        BsonExpression.Create($"$._id LIKE @0 AND $.{UserKey} = @1", userKey + "|%", userKey);

    private static BsonDocument ToDocument(Reminder reminder) => new()
    {
        ["_id"] = reminder.Id,
        [UserKey] = reminder.UserKey,
        ["targetKind"] = reminder.Target.Kind.ToString(),
        ["targetId"] = reminder.Target.Id,
        ["leadSeconds"] = reminder.Lead is { } lead ? (long)lead.TotalSeconds : BsonValue.Null,
        ["origin"] = reminder.Origin.ToString(),
        [Status] = reminder.Status.ToString(),
        ["createdAt"] = reminder.CreatedAt.UtcDateTime,
        ["closedAt"] = reminder.ClosedAt is { } closedAt ? closedAt.UtcDateTime : BsonValue.Null,
        ["note"] = reminder.Note is null ? BsonValue.Null : reminder.Note,
    };

    private static Reminder ToReminder(BsonDocument document) => new(
        document["_id"].AsString,
        document[UserKey].AsString,
        new ReminderTarget(Enum.Parse<ReminderTargetKind>(document["targetKind"].AsString), document["targetId"].AsString),
        document["leadSeconds"].IsNull ? null : TimeSpan.FromSeconds(document["leadSeconds"].AsInt64),
        Enum.Parse<ReminderOrigin>(document["origin"].AsString),
        Enum.Parse<ReminderStatus>(document[Status].AsString),
        ToInstant(document["createdAt"]),
        document["closedAt"].IsNull ? null : ToInstant(document["closedAt"]),
        document["note"].IsNull ? null : document["note"].AsString);

    /// <summary>LiteDB hands dates back in local time unless told otherwise; the instant is what matters.</summary>
    private static DateTimeOffset ToInstant(BsonValue value) => new(value.AsDateTime.ToUniversalTime(), TimeSpan.Zero);

    private T Read<T>(Func<LiteDatabase, T> work) => database.Read(work);

    private T Write<T>(Func<LiteDatabase, T> work) => database.Write(work, durable: true);

    private T WriteGivingWay<T>(Func<LiteDatabase, T> work) => database.Write(work, durable: true, givingWay: true);
}
