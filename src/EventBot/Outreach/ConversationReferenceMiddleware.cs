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
        var remembered = Remember(turnContext);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            // Most turns wrote their state, and the reference with it; a turn that wrote nothing writes it now.
            if (remembered is not null)
            {
                WritePending(remembered, turnContext.Activity.ChannelId);
            }
        }
    }

    private void WritePending(string userKey, string channelId)
    {
        try
        {
            references.WritePending(userKey);
        }
        catch (StorageUnavailableException error)
        {
            logger.LogWarning(error.InnerException, "The conversation reference of a {ChannelId} user could not be kept.", channelId);
        }
    }

    /// <summary>The user key whose reference was kept, or null.</summary>
    private string? Remember(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        if (!IsFromPerson(activity) || IsSharedConversation(activity))
        {
            return null;
        }

        var reference = activity.GetConversationReference();

        // A proactive message starts its own thread rather than answering this old message.
        reference.ActivityId = null;
        var userKey = SignUpDialog.UserKey(turnContext);
        references.Save(userKey, reference, clock.GetUtcNow());
        return userKey;
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
