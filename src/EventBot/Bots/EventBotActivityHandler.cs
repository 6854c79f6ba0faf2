using EventBot.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace EventBot.Bots;

/// <summary>
/// Routes Bot Framework activities to the conversation and saves the conversation's and the user's state
/// once the turn succeeded (a failed turn keeps the previous state).
/// </summary>
public sealed class EventBotActivityHandler(
    IConversation conversation,
    ConversationState conversationState,
    UserState userState) : ActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);

        // force: false writes only what changed during the turn.
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        conversation.OnMessageAsync(turnContext, cancellationToken);

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded,
        ITurnContext<IConversationUpdateActivity> turnContext,
        CancellationToken cancellationToken)
    {
        // The bot is announced as a member too; greet once when people joined.
        if (membersAdded.Any(member => member.Id != turnContext.Activity.Recipient?.Id))
        {
            await conversation.OnWelcomeAsync(turnContext, cancellationToken);
        }
    }
}
