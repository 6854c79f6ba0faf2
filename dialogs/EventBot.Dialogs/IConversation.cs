using Microsoft.Bot.Builder;

namespace EventBot.Dialogs;

/// <summary>
/// The conversation as the host sees it: the host's ActivityHandler calls it for each turn and saves the
/// state afterwards. An interface so that the host's tests can put a failing conversation in its place.
/// </summary>
public interface IConversation
{
    /// <summary>A message from the user.</summary>
    Task OnMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken);

    /// <summary>The bot was added to a conversation: greet the user.</summary>
    Task OnWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
