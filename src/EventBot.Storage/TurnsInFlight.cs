using Microsoft.Bot.Builder;

namespace EventBot.Storage;

/// <summary>
/// Counts the bot's turns under way: a Bot Framework middleware, the first the adapter runs. The database reads it to
/// choose when to checkpoint (<see cref="EventBotDatabase.CheckpointIfOthersWait"/>): a checkpoint holds every turn in
/// flight, so it is made early, and short, only when there are turns for it to hold.
/// </summary>
public sealed class TurnsInFlight : IMiddleware
{
    private int _count;

    /// <summary>The turns under way now, the caller's own included when it is a turn.</summary>
    public int Count => Volatile.Read(ref _count);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _count);
        }
    }
}
