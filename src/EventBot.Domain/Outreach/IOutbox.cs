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

    /// <summary>Where the message stands, or null for an id never queued.</summary>
    Delivery? Find(string messageId);

    /// <summary>Every message of a batch (an announcement), in the order they were queued.</summary>
    IReadOnlyList<Delivery> Batch(string batchId);

    /// <summary>Withdraws a message not sent yet (status <see cref="DeliveryStatus.Cancelled"/>); false when it is no longer queued.</summary>
    bool Cancel(string messageId);
}

/// <summary>Where one queued message stands, without its text.</summary>
public sealed record Delivery(
    string Id,
    string RecipientKey,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset DueAt,
    DateTimeOffset? SentAt,
    string? BatchId,
    string? Error);

public enum DeliveryStatus
{
    /// <summary>Waiting for its time, or for its next try after a refusal the channel asks to retry.</summary>
    Queued,

    /// <summary>Being posted to the channel now.</summary>
    Sending,

    /// <summary>The channel accepted it.</summary>
    Sent,

    /// <summary>The channel refused it for good, or every try failed.</summary>
    Failed,

    /// <summary>The bot has no conversation with the person (never talked, data deleted) or the channel answered 403/404.</summary>
    Unreachable,

    /// <summary>The bot stopped while posting it: it may or may not have arrived, and it is not sent again.</summary>
    Interrupted,

    /// <summary>Still unsent at its <see cref="OutgoingMessage.ExpiresAt"/>: dropped.</summary>
    Expired,

    /// <summary>Withdrawn before it was sent.</summary>
    Cancelled,
}
