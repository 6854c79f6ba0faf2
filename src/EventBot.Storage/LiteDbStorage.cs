using System.Globalization;
using LiteDB;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace EventBot.Storage;

/// <summary>
/// Bot Framework <see cref="IStorage"/> over the LiteDB collection <c>botstate</c>: one document per key
/// (<c>_id</c>) holding the value as JSON and its ETag. Each call runs in one LiteDB transaction.
/// </summary>
/// <remarks>
/// ETags follow the SDK's storages: a value implementing <see cref="IStoreItem"/> whose ETag is neither empty
/// nor <c>"*"</c> must match the stored one; any other value overwrites. Every write gives a new ETag.
/// </remarks>
public sealed class LiteDbStorage(EventBotDatabase database) : IStorage
{
    /// <summary>Also read by the sign-up service, which erases a person's state (RGPD).</summary>
    internal const string Collection = "botstate";

    /// <summary>
    /// Same settings as the SDK's MemoryStorage so that ConversationState and UserState get their own types back.
    /// Type names are trusted because only this process writes the collection.
    /// </summary>
    private static readonly JsonSerializerSettings SerializerSettings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        NullValueHandling = NullValueHandling.Include,
    };

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();

        var items = new Dictionary<string, object>(keys.Length);

        // No explicit transaction: a turn reads one key, and LiteDB's own read-only one is lighter.
        var collection = database.Database.GetCollection(Collection);
        foreach (var key in keys.Distinct())
        {
            var document = collection.FindById(key);
            if (document is not null && Deserialize(document) is { } value)
            {
                items[key] = value;
            }
        }

        return Task.FromResult<IDictionary<string, object>>(items);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();

        var newETags = new List<(IStoreItem Item, string ETag)>();

        // Serialised before the gate is taken: the gate holds every other writer.
        var values = changes.Select(change => (change.Key, change.Value, Json: JsonConvert.SerializeObject(change.Value, SerializerSettings))).ToList();

        // LiteDB reads see a snapshot, so two transactions could both pass the ETag check: checks and writes
        // of this process are serialised by the database's gate.
        database.EnsureRoomToWrite();
        using (database.WriteGate.Enter())
        {
            InTransaction(collection =>
            {
                foreach (var (key, value, json) in values)
                {
                    if (value is IStoreItem item && item.ETag is { Length: > 0 } expected && expected != "*")
                    {
                        var current = collection.FindById(key)?["eTag"].AsString;
                        if (current is not null && current != expected)
                        {
                            throw new InvalidOperationException(
                                $"Etag conflict on key '{key}': the item carries '{expected}', storage holds '{current}'.");
                        }
                    }

                    var eTag = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
                    collection.Upsert(new BsonDocument
                    {
                        ["_id"] = key,
                        ["eTag"] = eTag,
                        ["json"] = json,
                    });
                    if (value is IStoreItem written)
                    {
                        newETags.Add((written, eTag));
                    }
                }
            });
        }

        // Only once committed, so that a failed write leaves the caller's items as they were.
        foreach (var (item, eTag) in newETags)
        {
            item.ETag = eTag;
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();

        database.EnsureRoomToWrite();
        using (database.WriteGate.Enter())
        {
            InTransaction(collection =>
            {
                foreach (var key in keys)
                {
                    collection.Delete(key);
                }
            });
        }

        return Task.CompletedTask;
    }

    private static object? Deserialize(BsonDocument document)
    {
        var value = JsonConvert.DeserializeObject<object>(document["json"].AsString, SerializerSettings);
        if (value is IStoreItem item)
        {
            item.ETag = document["eTag"].AsString;
        }

        return value;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction. It stays synchronous on purpose: LiteDB binds a
    /// transaction to the calling thread.
    /// </summary>
    private void InTransaction(Action<ILiteCollection<BsonDocument>> work)
    {
        var db = database.Database;
        db.BeginTrans();
        try
        {
            database.RideAlong(db);
            work(db.GetCollection(Collection));
            db.Commit();
            database.RideEnded(committed: true);
        }
        catch
        {
            db.Rollback();
            database.RideEnded(committed: false);
            throw;
        }

        database.CheckpointIfOthersWait();
    }
}
