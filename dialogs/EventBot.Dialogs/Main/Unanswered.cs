using EventBot.Domain.Insight;
using Microsoft.Bot.Builder;

namespace EventBot.Dialogs.Main;

/// <summary>
/// Marks the turn whose question the bot could not answer; <see cref="EventBotConversation"/> records the question at the
/// end of the turn, once, in <see cref="IUnansweredQuestions"/>.
/// </summary>
public static class Unanswered
{
    private const string Key = "EventBot.Unanswered";

    public static void Mark(ITurnContext turnContext, UnansweredReason reason) => turnContext.TurnState[Key] = reason;

    public static UnansweredReason? Of(ITurnContext turnContext) =>
        turnContext.TurnState.TryGetValue(Key, out var reason) ? (UnansweredReason)reason : null;
}
