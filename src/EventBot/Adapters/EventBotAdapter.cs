using EventBot.Outreach;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using EventBot.RateLimiting;
using EventBot.Storage;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace EventBot.Adapters;

/// <summary>
/// The Bot Framework adapter of the host. Its turns are counted for the database's checkpoints (<see cref="TurnsInFlight"/>).
/// A failed turn is logged in full and the user gets a short apology in French, never the exception. Messages over the
/// per-user rate limit stop at <see cref="UserMessageRateLimiter"/>; every other incoming turn first keeps the sender's
/// conversation reference, for proactive messages.
/// </summary>
public sealed class EventBotAdapter : CloudAdapter
{
    /// <summary>What the user reads when a turn fails.</summary>
    public const string Apology = "Désolé, quelque chose s'est mal passé de mon côté. Pouvez-vous reformuler votre question ?";

    public EventBotAdapter(
        BotFrameworkAuthentication authentication,
        EventBotDatabase database,
        UserMessageRateLimiter rateLimiter,
        ConversationReferenceMiddleware references,
        ILogger<EventBotAdapter> logger)
        : base(authentication, logger)
    {
        Use(database.TurnsInFlight);
        Use(rateLimiter);
        Use(references);
        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(
                exception,
                "Turn failed: {ActivityType} activity in conversation {ConversationId} on {ChannelId}.",
                turnContext.Activity.Type,
                turnContext.Activity.Conversation?.Id,
                turnContext.Activity.ChannelId);

            try
            {
                await turnContext.SendActivityAsync(Apology);
            }
            catch (Exception sendFailure)
            {
                // The channel itself may be what failed: the apology is a courtesy, not worth a second error.
                logger.LogError(sendFailure, "Could not send the apology after a failed turn.");
            }
        };
    }

    /// <summary>
    /// Runs the turn of an activity the controller has already read and checked, and writes its response as
    /// <see cref="CloudAdapter.ProcessAsync(HttpRequest, HttpResponse, IBot, CancellationToken)"/> does, which would
    /// read the body a second time.
    /// </summary>
    public async Task ProcessAsync(Activity activity, HttpRequest request, HttpResponse response, IBot bot, CancellationToken cancellationToken)
    {
        try
        {
            var invokeResponse = await ProcessActivityAsync(request.Headers.Authorization, activity, bot.OnTurnAsync, cancellationToken);
            await HttpHelper.WriteResponseAsync(response, invokeResponse);
        }
        catch (UnauthorizedAccessException)
        {
            response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }
}
