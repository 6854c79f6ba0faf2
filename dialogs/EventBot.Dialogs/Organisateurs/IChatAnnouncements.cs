namespace EventBot.Dialogs.Organisateurs;

/// <summary>Announcements sent from the chat; the host sends them through the organisers' announcement service.</summary>
public interface IChatAnnouncements
{
    /// <summary>
    /// Who the announcement would reach now (the confirmed people of the parcours, or everyone the bot can write to
    /// when <paramref name="parcoursId"/> is null), or why it cannot be sent (French, fit to show).
    /// </summary>
    ChatAnnouncementCheck Check(string text, string? parcoursId);

    /// <summary>Queues the announcement for those people; returns how many it was queued for.</summary>
    int Send(string text, string? parcoursId);
}

/// <param name="Recipients">How many people it would reach.</param>
/// <param name="Errors">Why it cannot be sent; empty when it can.</param>
public sealed record ChatAnnouncementCheck(int Recipients, IReadOnlyList<string> Errors);
