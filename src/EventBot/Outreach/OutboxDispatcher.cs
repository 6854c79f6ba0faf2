using EventBot.Dialogs.Inscription;
using EventBot.Domain.Outreach;
using EventBot.Domain.SignUps;
using EventBot.Domain.Store;
using EventBot.Storage;
using EventBot.Storage.Outreach;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace EventBot.Outreach;

/// <summary>
/// Sends what the outbox holds when it is due, one message at a time, paced per tenant; retries what the channel asks
/// to retry, with backoff; marks a person unreachable when the channel refuses their conversation. Each message is
/// marked "sending" on disk before it is posted: after a crash, what was being posted is reported interrupted and not
/// sent again, and everything still queued is sent. It also queues the notice of a place freed on a waiting list.
/// </summary>
public sealed class OutboxDispatcher(
    EventBotDatabase database,
    LiteDbOutbox outbox,
    LiteDbConversationReferences references,
    ProactiveSender sender,
    SendPacer pacer,
    IEventDataProvider eventData,
    IOptionsMonitor<OutreachOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not before the host listens: the embedded Direct Line's connector, which web chats' messages go to, is one of its endpoints.
        await WhenStartedAsync(stoppingToken);
        if (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        if (!database.IsAvailable)
        {
            logger.LogError("No proactive message is sent: the database {File} cannot be opened.", database.FilePath);
            return;
        }

        var interrupted = outbox.MarkInterrupted();
        if (interrupted > 0)
        {
            logger.LogWarning("{Count} message(s) were being sent when the bot stopped: reported as interrupted, not sent again.", interrupted);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await DispatchDueAsync(stoppingToken))
                {
                    await Task.Delay(options.CurrentValue.PollInterval, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // A storage hiccup must not end proactive messages until the next restart.
                logger.LogError(error, "The outbox dispatcher failed a round; it tries again.");
                await Task.Delay(options.CurrentValue.PollInterval, clock, stoppingToken);
            }
        }
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        stoppingToken.Register(() => started.TrySetResult());
        return started.Task;
    }

    /// <summary>One round: promotion notices queued, overdue messages expired, due ones sent. False when nothing was due.</summary>
    public async Task<bool> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        outbox.QueuePromotionNotices(signUp => PromotionMessage(signUp, now));
        outbox.ExpireOverdue(now);
        var due = outbox.Due(now, options.CurrentValue.BatchSize);
        foreach (var message in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await SendAsync(message, cancellationToken);
        }

        return due.Count > 0;
    }

    private OutgoingMessage PromotionMessage(SignUp signUp, DateTimeOffset now) => new(
        $"promotion:{signUp.Id}:{(signUp.PromotedAt ?? now).UtcTicks}",
        signUp.UserKey,
        PromotionNotice.Text(eventData.Current, signUp),
        now);

    private async Task SendAsync(DueMessage message, CancellationToken cancellationToken)
    {
        switch (references.Find(message.RecipientKey))
        {
            case null:
                outbox.MarkFinal(message.Id, DeliveryStatus.Unreachable, "Aucune conversation avec cette personne.");
                return;
            case { Reachable: false }:
                outbox.MarkFinal(message.Id, DeliveryStatus.Unreachable, "La messagerie a déjà refusé un message pour cette conversation.");
                return;
            case { Reference: var reference }:
                await pacer.WaitTurnAsync(PacingKey(reference), cancellationToken);
                if (!outbox.MarkSending(message.Id))
                {
                    return;
                }

                var result = await sender.SendAsync(reference, message.Text, cancellationToken);
                Record(message, result);
                return;
        }
    }

    private void Record(DueMessage message, SendResult result)
    {
        var attempt = message.Attempts + 1;
        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                outbox.MarkSent(message.Id, clock.GetUtcNow());
                break;
            case SendOutcome.Retry when attempt < options.CurrentValue.MaxAttempts:
                var delay = RetryDelays.After(attempt, options.CurrentValue, Random.Shared.NextDouble(), result.RetryAfter);
                logger.LogInformation("Message {MessageId}: {Problem}, try {Attempt} again in {Delay}.", message.Id, result.Problem, attempt + 1, delay);
                outbox.MarkRetry(message.Id, clock.GetUtcNow() + delay, result.Problem ?? "");
                break;
            case SendOutcome.Retry or SendOutcome.Failed:
                logger.LogWarning("Message {MessageId} failed after {Attempts} tries: {Problem}.", message.Id, attempt, result.Problem);
                outbox.MarkFinal(message.Id, DeliveryStatus.Failed, result.Problem ?? "");
                break;
            case SendOutcome.Unreachable:
                logger.LogWarning("Message {MessageId}: the channel refuses the conversation ({Problem}); marked unreachable.", message.Id, result.Problem);
                // The person first, so that a report saying "unreachable" never shows them still reachable.
                references.MarkUnreachable(message.RecipientKey, result.Problem ?? "", clock.GetUtcNow());
                outbox.MarkFinal(message.Id, DeliveryStatus.Unreachable, result.Problem ?? "");
                break;
        }
    }

    /// <summary>Teams' limit is per app and tenant; elsewhere each channel is paced on its own.</summary>
    private static string PacingKey(ConversationReference reference) =>
        string.IsNullOrEmpty(reference.Conversation?.TenantId) ? reference.ChannelId : $"{reference.ChannelId}/{reference.Conversation.TenantId}";
}
