namespace EventBot.Dialogs.Organisateurs;

/// <summary>Announcements sent from the chat; the host sends them through the organisers' announcement service.</summary>
public interface IChatAnnouncements
{
    /// <summary>How many people an announcement would reach now: the confirmed people of the parcours, or everyone (null).</summary>
    int Recipients(string? parcoursId);

    /// <summary>Queues the announcement for those people; returns how many it was queued for.</summary>
    int Send(string text, string? parcoursId);
}
