namespace EventBot.Domain.Outreach;

/// <summary>
/// One message for one person, sent proactively (announcement, reminder, notice of a place freed).
/// <see cref="Id"/> makes it idempotent: queuing the same id twice sends it once.
/// </summary>
/// <param name="Id">Unique and stable, e.g. <c>announcement:{id}:{recipientKey}</c> or <c>reminder:{id}</c>.</param>
/// <param name="RecipientKey">The channel user, <c>"{channelId}:{from.id}"</c>, as for sign-ups.</param>
/// <param name="Text">The French text, plain.</param>
/// <param name="DueAt">Not sent before this time.</param>
/// <param name="ExpiresAt">Dropped, not sent, when still unsent at this time (a reminder for a session that is over).</param>
/// <param name="BatchId">The announcement (or other batch) it belongs to, for delivery reports; null for a single message.</param>
public sealed record OutgoingMessage(
    string Id,
    string RecipientKey,
    string Text,
    DateTimeOffset DueAt,
    DateTimeOffset? ExpiresAt = null,
    string? BatchId = null);

/// <summary>Where proactive messages are queued; a background dispatcher sends them through the bot's adapter.</summary>
public interface IOutbox
{
    /// <summary>Persists the messages (a message whose id is already queued or sent is ignored).</summary>
    void Enqueue(IEnumerable<OutgoingMessage> messages);
}
