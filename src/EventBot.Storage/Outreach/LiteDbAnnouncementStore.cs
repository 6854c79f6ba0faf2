using EventBot.Domain.Outreach;
using LiteDB;

namespace EventBot.Storage.Outreach;

/// <summary>The organisers' announcements, in the <c>announcements</c> collection; their deliveries are in the outbox.</summary>
public sealed class LiteDbAnnouncementStore(EventBotDatabase database) : IAnnouncementStore
{
    public const string Collection = "announcements";

    public void Add(Announcement announcement)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        database.Write(db => db.GetCollection(Collection).Insert(new BsonDocument
        {
            ["_id"] = announcement.Id,
            ["text"] = announcement.Text,
            ["parcoursId"] = announcement.ParcoursId is { } parcoursId ? parcoursId : BsonValue.Null,
            ["day"] = announcement.Day is { } day ? day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : BsonValue.Null,
            ["audience"] = announcement.Audience.ToString(),
            ["createdAt"] = announcement.CreatedAt.UtcDateTime,
            ["sendAt"] = announcement.SendAt.UtcDateTime,
            ["recipientCount"] = announcement.RecipientCount,
        }), durable: true);
    }

    public Announcement? Find(string id) =>
        database.Read(db => db.GetCollection(Collection).FindById(id)) is { } document ? ToAnnouncement(document) : null;

    public IReadOnlyList<Announcement> All() =>
        database.Read(db => db.GetCollection(Collection).FindAll().Select(ToAnnouncement).OrderByDescending(a => a.CreatedAt).ToList());

    private static Announcement ToAnnouncement(BsonDocument document) => new(
        document["_id"].AsString,
        document["text"].AsString,
        document["parcoursId"].IsNull ? null : document["parcoursId"].AsString,
        document["day"].IsNull ? null : DateOnly.ParseExact(document["day"].AsString, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Enum.Parse<AnnouncementAudience>(document["audience"].AsString),
        ToUtc(document["createdAt"]),
        ToUtc(document["sendAt"]),
        document["recipientCount"].AsInt32);

    private static DateTimeOffset ToUtc(BsonValue value) =>
        new(DateTime.SpecifyKind(value.AsDateTime.ToUniversalTime(), DateTimeKind.Utc));
}
