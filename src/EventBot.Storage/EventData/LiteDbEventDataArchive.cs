using EventBot.Domain.Store;
using LiteDB;

namespace EventBot.Storage.EventData;

/// <summary>The organisers' live event data, one document in the <c>eventdata</c> collection, durable from each save.</summary>
public sealed class LiteDbEventDataArchive(EventBotDatabase database) : IEventDataArchive
{
    public const string Collection = "eventdata";

    private const string DocumentId = "live";
    private const string CurrentField = "current";
    private const string PreviousField = "previous";
    private const string SavedAtField = "savedAt";

    public SavedEventData? Load() =>
        database.Read(db => db.GetCollection(Collection).FindById(DocumentId)) is { } document
            ? new SavedEventData(
                document[CurrentField].AsString,
                document[PreviousField].IsNull ? null : document[PreviousField].AsString,
                new DateTimeOffset(document[SavedAtField].AsDateTime.ToUniversalTime(), TimeSpan.Zero))
            : null;

    public void Save(SavedEventData saved) =>
        database.Write(db => db.GetCollection(Collection).Upsert(new BsonDocument
        {
            ["_id"] = DocumentId,
            [CurrentField] = saved.CurrentJson,
            [PreviousField] = saved.PreviousJson is null ? BsonValue.Null : new BsonValue(saved.PreviousJson),
            [SavedAtField] = saved.SavedAt.UtcDateTime,
        }), durable: true);
}
