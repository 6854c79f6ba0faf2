using EventBot.Dialogs.Organisateurs;
using EventBot.Domain.SignUps;

namespace EventBot.Dialogs.Tests;

/// <summary>The organisers the dialog tests know, by channel user id.</summary>
public sealed class ListedOrganisers(IReadOnlyCollection<string> ids) : IOrganisers
{
    public bool IsOrganiser(string? channelUserId) => channelUserId is not null && ids.Contains(channelUserId);
}

/// <summary>
/// Announcements as the dialogs see them, kept in a list so that tests check what was sent: to the confirmed people
/// of the parcours, or to everyone signed up (the host reaches more people, through the outreach service).
/// </summary>
public sealed class RecordingAnnouncements(ISignUpService signUps) : IChatAnnouncements
{
    public List<(string Text, string? ParcoursId, int Recipients)> Sent { get; } = [];

    /// <summary>Longer texts are refused, as the host's announcement service refuses them.</summary>
    public const int MaxLength = 2000;

    public ChatAnnouncementCheck Check(string text, string? parcoursId) =>
        text.Length > MaxLength ? new ChatAnnouncementCheck(0, ["Le texte de l'annonce est trop long."]) : new ChatAnnouncementCheck(Recipients(parcoursId), []);

    private int Recipients(string? parcoursId) =>
        signUps.All().Count(s => s.Status == SignUpStatus.Confirmed && (parcoursId is null || s.ParcoursId == parcoursId));

    public int Send(string text, string? parcoursId)
    {
        var count = Recipients(parcoursId);
        Sent.Add((text, parcoursId, count));
        return count;
    }
}
