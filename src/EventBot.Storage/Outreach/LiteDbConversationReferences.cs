using System.Collections.Concurrent;
using EventBot.Domain.Outreach;
using EventBot.Domain.SignUps;
using LiteDB;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EventBot.Storage.Outreach;

/// <summary>A person's last conversation with the bot, and whether the channel still accepts messages for it.</summary>
public sealed record StoredReference(ConversationReference Reference, bool Reachable);

/// <summary>
/// The full conversation reference of each person the bot talks to, in the <c>conversationrefs</c> collection, keyed
/// by the user key <c>"{channelId}:{from.id}"</c>: what proactive messages need (service URL, conversation with its
/// tenant and type, user, bot, locale), kept on disk so that announcements reach people after a restart.
/// </summary>
public sealed class LiteDbConversationReferences : IReachablePeople, IRider
{
    public const string Collection = "conversationrefs";

    private const string ReferenceField = "reference";
    private const string ReachableField = "reachable";
    private const string UpdatedAtField = "updatedAt";
    private const string ProblemField = "problem";

    /// <summary>
    /// Bounds <see cref="kept"/> (about 1.5 KB a person): past it the memory starts again, and each person costs one more
    /// write. More than the people who write in the same few minutes at an event of this size.
    /// </summary>
    internal const int MaxKept = 1_000;

    /// <summary>The reference last written or found written for each person, reachable: the next turns of a person need no read.</summary>
    private readonly ConcurrentDictionary<string, ConversationReference> kept = new(StringComparer.Ordinal);

    /// <summary>References added to <see cref="kept"/> since it was last emptied (a person written again counts again).</summary>
    private int keptCount;

    /// <summary>How many references are kept in memory now.</summary>
    internal int KeptCount => kept.Count;

    private readonly EventBotDatabase database;

    /// <summary>
    /// References to write, by user key. They ride along with the next write of anyone (the state at the end of the
    /// person's turn, most often) rather than each paying a commit: one commit less per person new to the bot.
    /// <see cref="WritePending"/>, at the end of that turn, writes what is still here.
    /// </summary>
    private readonly ConcurrentDictionary<string, BsonDocument> pending = new(StringComparer.Ordinal);

    /// <summary>What the transaction under way wrote of <see cref="pending"/> (one transaction at a time, under the gate).</summary>
    private readonly List<KeyValuePair<string, BsonDocument>> riding = [];

    public LiteDbConversationReferences(EventBotDatabase database)
    {
        this.database = database;
        database.AddRider(this);
    }

    /// <summary>
    /// Keeps the reference (a new one makes the person reachable again), to be written with the next write of anyone or
    /// by <see cref="WritePending"/>; nothing when it is the one kept.
    /// </summary>
    public void Save(string userKey, ConversationReference reference, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        ArgumentNullException.ThrowIfNull(reference);
        if (kept.TryGetValue(userKey, out var known) && SameReference(known, reference))
        {
            return;
        }

        // Written without reading first: most people seen for the first time are new, and the read cost as much as the
        // write. Not durable: a reference lost in a crash comes back at the person's next message.
        pending[userKey] = new BsonDocument
        {
            ["_id"] = userKey,
            [ReferenceField] = JsonConvert.SerializeObject(reference, Formatting.None),
            [ReachableField] = true,
            [UpdatedAtField] = now.UtcDateTime,
        };

        // Counted apart: ConcurrentDictionary.Count takes every lock of the dictionary, at every new person.
        if (Interlocked.Increment(ref keptCount) > MaxKept)
        {
            kept.Clear();
            Interlocked.Exchange(ref keptCount, 1);
        }

        kept[userKey] = reference;
    }

    /// <summary>
    /// Whether two references say the same in every field the JSON kept on disk holds. Compared field by field rather than
    /// serialised at each turn, which cost about a twentieth of a turn.
    /// </summary>
    internal static bool SameReference(ConversationReference a, ConversationReference b) =>
        a.ChannelId == b.ChannelId && a.ServiceUrl == b.ServiceUrl && a.Locale == b.Locale && a.ActivityId == b.ActivityId
        && SameConversation(a.Conversation, b.Conversation) && SameAccount(a.User, b.User) && SameAccount(a.Bot, b.Bot);

    private static bool SameConversation(ConversationAccount? a, ConversationAccount? b) =>
        ReferenceEquals(a, b)
        || (a is not null && b is not null && a.Id == b.Id && a.TenantId == b.TenantId && a.ConversationType == b.ConversationType
            && a.IsGroup == b.IsGroup && a.Name == b.Name && a.AadObjectId == b.AadObjectId && a.Role == b.Role
            && JToken.DeepEquals(a.Properties, b.Properties));

    private static bool SameAccount(ChannelAccount? a, ChannelAccount? b) =>
        ReferenceEquals(a, b)
        || (a is not null && b is not null && a.Id == b.Id && a.Name == b.Name && a.AadObjectId == b.AadObjectId && a.Role == b.Role
            && JToken.DeepEquals(a.Properties, b.Properties));

    /// <summary>Writes the person's reference if it is still waiting for a write to ride along with.</summary>
    public void WritePending(string userKey)
    {
        if (!pending.ContainsKey(userKey))
        {
            return;
        }

        try
        {
            database.Write(_ => true, durable: false);
        }
        catch (StorageUnavailableException)
        {
            // Not kept then (nor waiting for ever while the file cannot be written): the person's next message tries again.
            pending.TryRemove(userKey, out _);
            kept.TryRemove(userKey, out _);
            throw;
        }
    }

    void IRider.WriteAlong(LiteDatabase db)
    {
        foreach (var entry in pending)
        {
            References(db).Upsert(entry.Value);
            riding.Add(entry);
        }
    }

    void IRider.Ended(bool committed)
    {
        if (committed)
        {
            // Only if unchanged: a newer reference saved meanwhile waits for the next write.
            foreach (var written in riding)
            {
                pending.TryRemove(written);
            }
        }

        riding.Clear();
    }

    public StoredReference? Find(string userKey) =>
        (pending.TryGetValue(userKey, out var waiting) ? waiting : database.Read(db => References(db).FindById(userKey))) is { } document
            ? new StoredReference(JsonConvert.DeserializeObject<ConversationReference>(document[ReferenceField].AsString)!, document[ReachableField].AsBoolean)
            : null;

    /// <summary>The channel refused a message for this person (403, 404): nothing more is sent until they write again.</summary>
    public void MarkUnreachable(string userKey, string problem, DateTimeOffset now)
    {
        kept.TryRemove(userKey, out _);
        database.Write(db =>
        {
            var references = References(db);
            if (references.FindById(userKey) is not { } document)
            {
                return false;
            }

            document[ReachableField] = false;
            document[ProblemField] = problem;
            document[UpdatedAtField] = now.UtcDateTime;
            return references.Update(document);
        }, durable: true);
    }

    public bool Delete(string userKey) => database.Write(db => DeleteWithin(db, userKey), durable: true);

    /// <summary>RGPD erasure, inside the caller's transaction: the person is written to first again only once they write.</summary>
    internal bool DeleteWithin(LiteDatabase db, string userKey)
    {
        kept.TryRemove(userKey, out _);
        return References(db).Delete(userKey);
    }

    public IReadOnlyList<string> UserKeys()
    {
        if (!pending.IsEmpty)
        {
            database.Write(_ => true, durable: false);
        }

        return database.Read(db => References(db).Find(Query.EQ(ReachableField, true)).Select(document => document["_id"].AsString).ToList());
    }

    private static ILiteCollection<BsonDocument> References(LiteDatabase db) => db.GetCollection(Collection);
}
