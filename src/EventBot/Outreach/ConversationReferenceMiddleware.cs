using EventBot.Dialogs.Inscription;
using EventBot.Domain.SignUps;
using EventBot.Storage.Outreach;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace EventBot.Outreach;

/// <summary>
/// Keeps the conversation reference of whoever writes to the bot, at every incoming turn, under the sign-ups' user key, so that announcements and
/// reminders can reach them later (and after a restart). Registered on the adapter: it sees every channel.
/// </summary>
/// <remarks>
/// A Teams channel or group chat is not kept: a message meant for one person would be posted there for everyone.
/// A storage failure is logged and the turn goes on: answering matters more than the reference.
/// </remarks>
public sealed class ConversationReferenceMiddleware(
    LiteDbConversationReferences references,
    TimeProvider clock,
    ILogger<ConversationReferenceMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        Remember(turnContext);
        await next(cancellationToken);
    }

    private void Remember(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        if (!IsFromPerson(activity) || IsSharedConversation(activity))
        {
            return;
        }

        var reference = activity.GetConversationReference();

        // A proactive message starts its own thread rather than answering this old message.
        reference.ActivityId = null;
        try
        {
            references.Save(SignUpDialog.UserKey(turnContext), reference, clock.GetUtcNow());
        }
        catch (StorageUnavailableException error)
        {
            logger.LogWarning(error.InnerException, "The conversation reference of a {ChannelId} user could not be kept.", activity.ChannelId);
        }
    }

    /// <summary>A person's activity with all a reply needs; not the bot's own proactive continuation.</summary>
    private static bool IsFromPerson(Activity activity) =>
        !string.IsNullOrEmpty(activity.From?.Id)
        && !string.IsNullOrEmpty(activity.ChannelId)
        && !string.IsNullOrEmpty(activity.ServiceUrl)
        && !string.IsNullOrEmpty(activity.Conversation?.Id)
        && activity.From.Id != activity.Recipient?.Id
        && !(activity.Type == ActivityTypes.Event && activity.Name == ActivityEventNames.ContinueConversation);

    private static bool IsSharedConversation(Activity activity) =>
        activity.ChannelId == Channels.Msteams && activity.Conversation?.ConversationType is "channel" or "groupChat";
}
