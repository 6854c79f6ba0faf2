namespace EventBot.Domain.Outreach;

/// <summary>A message from the organisers to a group of people, sent through the outbox as one batch.</summary>
/// <param name="Id">Also the batch id of its messages in the outbox.</param>
/// <param name="ParcoursId">Null: not limited to a parcours.</param>
/// <param name="Day">Null: not limited to a day.</param>
/// <param name="SendAt">When it is (or was) due; its creation time when sent at once.</param>
/// <param name="RecipientCount">How many people it was queued for.</param>
public sealed record Announcement(
    string Id,
    string Text,
    string? ParcoursId,
    DateOnly? Day,
    AnnouncementAudience Audience,
    DateTimeOffset CreatedAt,
    DateTimeOffset SendAt,
    int RecipientCount);

/// <summary>Who of a parcours (or of every parcours) an announcement is for.</summary>
public enum AnnouncementAudience
{
    /// <summary>Everyone the bot can write to; with a parcours or a day, its confirmed people and its waiting list.</summary>
    Everyone,

    /// <summary>People with a confirmed place.</summary>
    SignedUp,

    /// <summary>People on a waiting list.</summary>
    Waiting,
}

/// <summary>Where announcements are kept, so their delivery can be reported later.</summary>
public interface IAnnouncementStore
{
    void Add(Announcement announcement);

    Announcement? Find(string id);

    /// <summary>Newest first.</summary>
    IReadOnlyList<Announcement> All();
}
