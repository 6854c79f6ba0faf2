using EventBot.Dialogs.Organisateurs;
using EventBot.Domain.Outreach;

namespace EventBot.Organisers;

/// <summary>The organisers' chat command sends through the same <see cref="AnnouncementService"/> as their API.</summary>
public sealed class ChatAnnouncements(AnnouncementService announcements) : IChatAnnouncements
{
    public ChatAnnouncementCheck Check(string text, string? parcoursId)
    {
        var check = announcements.Check(new AnnouncementRequest(text, parcoursId));
        return new ChatAnnouncementCheck(check.Plan?.RecipientKeys.Count ?? 0, check.Errors);
    }

    public int Send(string text, string? parcoursId) =>
        announcements.Create(new AnnouncementRequest(text, parcoursId)).Announcement?.RecipientCount ?? 0;
}
