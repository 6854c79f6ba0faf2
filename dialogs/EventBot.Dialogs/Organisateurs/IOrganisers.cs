namespace EventBot.Dialogs.Organisateurs;

/// <summary>Who may use the organisers' chat commands; the host reads them from configuration.</summary>
public interface IOrganisers
{
    /// <summary>True when the channel user id (<c>from.id</c>) is an organiser's.</summary>
    bool IsOrganiser(string? channelUserId);
}
