namespace EventBot.Domain.Outreach;

/// <summary>The people the bot can write to first: those whose conversation it keeps and the channel has not refused.</summary>
public interface IReachablePeople
{
    /// <summary>Their user keys, <c>"{channelId}:{from.id}"</c>.</summary>
    IReadOnlyList<string> UserKeys();
}
