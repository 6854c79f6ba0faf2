using EventBot.Dialogs;
using Microsoft.Bot.Builder;
using EventBot.Storage;

namespace EventBot.Host.Tests.Support;

/// <summary>
/// Answers with known texts and counts the user's messages in ConversationState, so that a test can see
/// the routing and the state the host saves between turns.
/// </summary>
public sealed class ScriptedConversation(ConversationState conversationState) : IConversation
{
    public const string Welcome = "Bienvenue !";

    private readonly IStatePropertyAccessor<MessageCount> _count = conversationState.CreateProperty<MessageCount>("count");

    public sealed class MessageCount
    {
        public int Value { get; set; }
    }

    public async Task OnMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var count = await _count.GetAsync(turnContext, () => new MessageCount(), cancellationToken);
        count.Value++;
        await turnContext.SendActivityAsync($"Message n°{count.Value} : {turnContext.Activity.Text}", cancellationToken: cancellationToken);
    }

    public Task OnWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Welcome, cancellationToken: cancellationToken);
}

/// <summary>A conversation with a bug.</summary>
public sealed class ThrowingConversation : IConversation
{
    public const string Secret = "NullReferenceException in SignUpDialog, line 42";

    public Task OnMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Secret);

    public Task OnWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Secret);
}

/// <summary>Says how many turns the database counts as in flight while it answers.</summary>
public sealed class TurnCountingConversation(EventBotDatabase database) : IConversation
{
    public Task OnMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync($"Tours en cours : {database.TurnsInFlight.Count}", cancellationToken: cancellationToken);

    public Task OnWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
}
