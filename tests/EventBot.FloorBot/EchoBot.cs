using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace EventBot.FloorBot;

/// <summary>Reads the conversation's state, counts the turn in it (so it is written every turn), echoes the text.</summary>
public sealed class EchoBot(ConversationState conversationState) : ActivityHandler
{
    private readonly IStatePropertyAccessor<EchoState> _state = conversationState.CreateProperty<EchoState>("echo");

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(turnContext, () => new EchoState(), cancellationToken);
        state.Turns++;
        state.LastText = turnContext.Activity.Text;
        await turnContext.SendActivityAsync(MessageFactory.Text($"Écho {state.Turns} : {turnContext.Activity.Text}"), cancellationToken);
    }
}

/// <summary>The floor's conversation state.</summary>
public sealed class EchoState
{
    public int Turns { get; set; }
    public string? LastText { get; set; }
}
