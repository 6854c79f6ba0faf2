using System.Net;
using System.Text.RegularExpressions;
using EventBot.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace EventBot.Bots;

/// <summary>
/// Routes Bot Framework activities to the conversation and saves the conversation's and the user's state
/// once the turn succeeded (a failed turn keeps the previous state). In Microsoft Teams, the bot's
/// @mention is taken out of the question, and a team or group chat is greeted once, when the bot is added.
/// </summary>
public sealed partial class EventBotActivityHandler(
    IConversation conversation,
    ConversationState conversationState,
    UserState userState) : ActivityHandler
{
    /// <summary>Added to the welcome in a Teams channel or group chat, where the bot only reads messages that mention it.</summary>
    public const string MentionHint =
        "Ici, je ne lis que les messages qui me mentionnent : écrivez @{0} suivi de votre question, par exemple « @{0} programme de mercredi ». " +
        "Pour vous inscrire à un parcours, écrivez-moi plutôt en conversation personnelle.";

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);

        // force: false writes only what changed during the turn.
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        RemoveMentions(((ITurnContext)turnContext).Activity);
        return conversation.OnMessageAsync(turnContext, cancellationToken);
    }

    /// <summary>
    /// Every membersAdded event, the bot's own included: the base handler skips an event that only adds the bot,
    /// which is how Teams says the bot was added to a team or a group chat.
    /// </summary>
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.MembersAdded is { Count: > 0 } membersAdded
            ? OnMembersAddedAsync(membersAdded, turnContext, cancellationToken)
            : Task.CompletedTask;

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded,
        ITurnContext<IConversationUpdateActivity> turnContext,
        CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botAdded = membersAdded.Any(member => member.Id == activity.Recipient?.Id);
        var peopleAdded = membersAdded.Any(member => member.Id != activity.Recipient?.Id);

        if (IsTeamsSharedConversation(activity))
        {
            // A team or group chat is greeted once, when the bot is added; not at every person who joins it later.
            if (botAdded)
            {
                var botName = string.IsNullOrWhiteSpace(activity.Recipient?.Name) ? "EventBot" : activity.Recipient.Name;
                turnContext.OnSendActivities(async (context, activities, next) =>
                {
                    foreach (var message in activities.Where(a => a.Type == ActivityTypes.Message))
                    {
                        message.Text = $"{message.Text}\n\n{string.Format(MentionHint, botName)}";
                    }

                    return await next();
                });
                await conversation.OnWelcomeAsync(turnContext, cancellationToken);
            }

            return;
        }

        // Elsewhere the bot is announced as a member too; greet once when people joined. A Teams personal chat
        // only ever holds the user and the bot: whichever of them is announced, it is the installation.
        if (peopleAdded || (botAdded && activity.ChannelId == Channels.Msteams))
        {
            await conversation.OnWelcomeAsync(turnContext, cancellationToken);
        }
    }

    /// <summary>A Teams channel (team) or group chat, where several people talk and the bot must be mentioned.</summary>
    private static bool IsTeamsSharedConversation(IActivity activity) =>
        activity.ChannelId == Channels.Msteams &&
        activity.Conversation?.ConversationType is "channel" or "groupChat";

    /// <summary>
    /// "&lt;at&gt;EventBot&lt;/at&gt; programme de mercredi" becomes "programme de mercredi": the bot's own mention is
    /// removed, another person's keeps their name without the tags, and Teams' HTML spaces become plain spaces.
    /// </summary>
    private static void RemoveMentions(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Text))
        {
            return;
        }

        if (activity.Recipient?.Id is not null && activity.GetMentions().Any(mention => mention.Mentioned?.Id == activity.Recipient.Id))
        {
            activity.RemoveRecipientMention();
        }

        if (activity.ChannelId == Channels.Msteams || activity.Text.Contains("<at>", StringComparison.OrdinalIgnoreCase))
        {
            var text = AtTag().Replace(activity.Text, "$1");
            activity.Text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ').Trim();
        }
    }

    [GeneratedRegex("<at>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();
}
