using EventBot.Domain.Outreach;
using EventBot.Domain.SignUps;
using LiteDB;
using SignUpDocuments = EventBot.Storage.SignUps.SignUpDocuments;

namespace EventBot.Storage.Outreach;

/// <summary>A message the dispatcher may send now.</summary>
public sealed record DueMessage(string Id, string RecipientKey, string Text, int Attempts);

/// <summary>
/// Proactive messages and their delivery status, in the <c>outbox</c> collection, one document per message keyed by its
/// id. Every change of status is durable: a message is marked <see cref="DeliveryStatus.Sending"/> in the file before it
/// is posted, so that after a crash it is reported <see cref="DeliveryStatus.Interrupted"/> rather than sent twice.
/// </summary>
public sealed class LiteDbOutbox(EventBotDatabase database) : IOutbox
{
    public const string Collection = "outbox";

    private const string RecipientKey = "recipientKey";
    private const string Text = "text";
    private const string DueAt = "dueAt";
    private const string ExpiresAt = "expiresAt";
    private const string BatchId = "batchId";
    private const string Status = "status";
    private const string Attempts = "attempts";
    private const string NextAttemptAt = "nextAttemptAt";
    private const string SentAt = "sentAt";
    private const string Error = "error";
    private const string Sequence = "seq";

    private static readonly string Queued = nameof(DeliveryStatus.Queued);
    private static readonly string Sending = nameof(DeliveryStatus.Sending);

    public void Enqueue(IEnumerable<OutgoingMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var list = messages.ToList();
        if (list.Count == 0)
        {
            return;
        }

        database.Write(db =>
        {
            var outbox = Messages(db);
            var sequence = NextSequence(outbox);
            foreach (var message in list)
            {
                InsertIfNew(outbox, message, sequence++);
            }

            return 0;
        }, durable: true);
    }

    public Delivery? Find(string messageId) =>
        database.Read(db => Messages(db).FindById(messageId)) is { } document ? ToDelivery(document) : null;

    public IReadOnlyList<Delivery> Batch(string batchId) =>
        database.Read(db => Messages(db).Find(Queries.Equal(BatchId, batchId)).OrderBy(d => d[Sequence].AsInt64).Select(ToDelivery).ToList());

    public bool Cancel(string messageId) =>
        Transition(messageId, Queued, document => document[Status] = nameof(DeliveryStatus.Cancelled));

    /// <summary>
    /// At start: what a previous run left in <see cref="DeliveryStatus.Sending"/> may have reached the person; it becomes
    /// <see cref="DeliveryStatus.Interrupted"/> and is not sent again. Returns how many.
    /// </summary>
    public int MarkInterrupted() => database.Write(db =>
    {
        var outbox = Messages(db);
        var interrupted = outbox.Find(Query.EQ(Status, Sending)).ToList();
        foreach (var document in interrupted)
        {
            document[Status] = nameof(DeliveryStatus.Interrupted);
            document[Error] = "Le bot s'est arrêté pendant l'envoi : message peut-être reçu, pas renvoyé.";
            outbox.Update(document);
        }

        return interrupted.Count;
    }, durable: true);

    /// <summary>Queued messages whose <see cref="OutgoingMessage.ExpiresAt"/> has passed become <see cref="DeliveryStatus.Expired"/>.</summary>
    public int ExpireOverdue(DateTimeOffset now)
    {
        // BSON orders null before every date: the range from DateTime.MinValue leaves out messages that never expire.
        var overdue = BsonExpression.Create($"$.{Status} = @0 AND $.{ExpiresAt} >= @1 AND $.{ExpiresAt} <= @2", Queued, DateTime.MinValue, now.UtcDateTime);
        if (!database.Read(db => Messages(db).Exists(overdue)))
        {
            return 0;
        }

        return database.Write(db =>
        {
            var outbox = Messages(db);
            var expired = outbox.Find(overdue).ToList();
            foreach (var document in expired)
            {
                document[Status] = nameof(DeliveryStatus.Expired);
                outbox.Update(document);
            }

            return expired.Count;
        }, durable: true);
    }

    /// <summary>Queued messages due by <paramref name="now"/>, earliest first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<DueMessage> Due(DateTimeOffset now, int limit) => database.Read(db =>
        Messages(db).Query()
            .Where(BsonExpression.Create($"$.{Status} = @0 AND $.{NextAttemptAt} <= @1", Queued, now.UtcDateTime))
            .OrderBy(NextAttemptAt)
            .Limit(limit)
            .ToEnumerable()
            .OrderBy(d => d[NextAttemptAt].AsDateTime).ThenBy(d => d[Sequence].AsInt64)
            .Select(d => new DueMessage(d["_id"].AsString, d[RecipientKey].AsString, d[Text].AsString, d[Attempts].AsInt32))
            .ToList());

    /// <summary>The durable mark before the POST: false when the message is no longer queued (cancelled meanwhile).</summary>
    public bool MarkSending(string messageId) => Transition(messageId, Queued, document =>
    {
        document[Status] = Sending;
        document[Attempts] = document[Attempts].AsInt32 + 1;
    });

    public void MarkSent(string messageId, DateTimeOffset now) => Transition(messageId, Sending, document =>
    {
        document[Status] = nameof(DeliveryStatus.Sent);
        document[SentAt] = now.UtcDateTime;
        document[Error] = BsonValue.Null;
    });

    /// <summary>The channel asked to try later: queued again for <paramref name="nextAttemptAt"/>.</summary>
    public void MarkRetry(string messageId, DateTimeOffset nextAttemptAt, string error) => Transition(messageId, Sending, document =>
    {
        document[Status] = Queued;
        document[NextAttemptAt] = nextAttemptAt.UtcDateTime;
        document[Error] = error;
    });

    /// <summary>A final status other than sent (failed, unreachable) for a message being sent or still queued.</summary>
    public void MarkFinal(string messageId, DeliveryStatus status, string error) =>
        database.Write(db =>
        {
            var outbox = Messages(db);
            if (outbox.FindById(messageId) is not { } document || (document[Status].AsString != Sending && document[Status].AsString != Queued))
            {
                return false;
            }

            document[Status] = status.ToString();
            document[Error] = error;
            return outbox.Update(document);
        }, durable: true);

    /// <summary>
    /// Queues a notice for each person promoted from a waiting list and not told yet, and marks them told, in one
    /// transaction: a notice is queued exactly once, whether the bot stops before or after (the conversation tells at the
    /// person's next message only what is still untold). Returns how many.
    /// </summary>
    public int QueuePromotionNotices(Func<SignUp, OutgoingMessage> notice)
    {
        // Asked every second: no query while nobody was promoted since the last time none was untold.
        if (!database.UntoldPromotions.MayBeUntold(out var generation))
        {
            return 0;
        }

        var unseen = Query.EQ(SignUpDocuments.PromotionSeen, false);
        if (!database.Read(db => db.GetCollection(SignUpDocuments.Collection).Exists(unseen)))
        {
            database.UntoldPromotions.AllTold(generation);
            return 0;
        }

        var queued = database.Write(db =>
        {
            var signUps = db.GetCollection(SignUpDocuments.Collection);
            var outbox = Messages(db);
            var promoted = signUps.Find(unseen).ToList();
            var sequence = NextSequence(outbox);
            foreach (var document in promoted)
            {
                InsertIfNew(outbox, notice(SignUpDocuments.ToSignUp(document)), sequence++);
                document[SignUpDocuments.PromotionSeen] = true;
                signUps.Update(document);
            }

            return promoted.Count;
        }, durable: true);
        database.UntoldPromotions.AllTold(generation);
        return queued;
    }

    /// <summary>
    /// RGPD erasure, inside the caller's transaction: the person's messages, whatever their status, go (their ids and
    /// recipient name the person); an announcement's report then counts only the others. Unindexed: the outbox of one
    /// event is small.
    /// </summary>
    internal static int DeleteFor(LiteDatabase db, string userKey) => Messages(db).DeleteMany(Queries.Equal(RecipientKey, userKey));

    private bool Transition(string messageId, string from, Action<BsonDocument> change) =>
        database.Write(db =>
        {
            var outbox = Messages(db);
            if (outbox.FindById(messageId) is not { } document || document[Status].AsString != from)
            {
                return false;
            }

            change(document);
            return outbox.Update(document);
        }, durable: true);

    private static void InsertIfNew(ILiteCollection<BsonDocument> outbox, OutgoingMessage message, long sequence)
    {
        if (outbox.FindById(message.Id) is not null)
        {
            return;
        }

        outbox.Insert(new BsonDocument
        {
            ["_id"] = message.Id,
            [RecipientKey] = message.RecipientKey,
            [Text] = message.Text,
            [DueAt] = message.DueAt.UtcDateTime,
            [ExpiresAt] = message.ExpiresAt is { } expiresAt ? expiresAt.UtcDateTime : BsonValue.Null,
            [BatchId] = message.BatchId is { } batchId ? batchId : BsonValue.Null,
            [Status] = Queued,
            [Attempts] = 0,
            [NextAttemptAt] = message.DueAt.UtcDateTime,
            [SentAt] = BsonValue.Null,
            [Error] = BsonValue.Null,
            [Sequence] = sequence,
        });
    }

    private static long NextSequence(ILiteCollection<BsonDocument> outbox) =>
        (outbox.Query().OrderByDescending(Sequence).Limit(1).FirstOrDefault()?[Sequence].AsInt64 ?? 0) + 1;

    private static Delivery ToDelivery(BsonDocument document) => new(
        document["_id"].AsString,
        document[RecipientKey].AsString,
        Enum.Parse<DeliveryStatus>(document[Status].AsString),
        document[Attempts].AsInt32,
        ToInstant(document[DueAt])!.Value,
        ToInstant(document[SentAt]),
        document[BatchId].IsNull ? null : document[BatchId].AsString,
        document[Error].IsNull ? null : document[Error].AsString);

    private static DateTimeOffset? ToInstant(BsonValue value) =>
        value.IsNull ? null : new DateTimeOffset(DateTime.SpecifyKind(value.AsDateTime.ToUniversalTime(), DateTimeKind.Utc));

    private static ILiteCollection<BsonDocument> Messages(LiteDatabase db) => db.GetCollection(Collection);
}
