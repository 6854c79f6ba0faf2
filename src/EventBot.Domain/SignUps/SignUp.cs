namespace EventBot.Domain.SignUps;

/// <summary>
/// One person's place in a parcours, confirmed or on its waiting list. <see cref="UserKey"/> is the
/// channel user ("channelId:userId") that made it, so "quelle est mon inscription ?" finds it.
/// </summary>
public sealed record SignUp(
    string Id,
    string ParcoursId,
    Participant Participant,
    string UserKey,
    SignUpStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset ConsentAt,
    DateTimeOffset? PromotedAt = null,
    bool PromotionSeen = true);

public enum SignUpStatus
{
    Confirmed,
    Waiting,
}
