using Microsoft.Bot.Builder;

namespace EventBot.Dialogs;

/// <summary>
/// The conversation for one turn: understands the message, runs the dialog stack kept in
/// ConversationState and answers. The host's ActivityHandler calls it and saves the state afterwards.
/// </summary>
public sealed class EventBotConversation(ConversationState conversationState) : IConversation
{
    /// <summary>A message from the user.</summary>
    public async Task OnMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        _ = conversationState;
        await turnContext.SendActivityAsync("Bonjour ! Je suis EventBot.", cancellationToken: cancellationToken);
    }

    /// <summary>The bot was added to a conversation: greet the user.</summary>
    public async Task OnWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await turnContext.SendActivityAsync("Bonjour ! Je suis EventBot.", cancellationToken: cancellationToken);
    }
}
