using System.Threading.RateLimiting;
using EventBot.Dialogs.Inscription;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace EventBot.RateLimiting;

/// <summary>
/// Bot Framework middleware on the adapter: at most <c>PerUser:Messages</c> messages per window from one channel
/// user. Here rather than in the HTTP pipeline because the user is only known once the activity is read (the
/// adapter reads it anyway), and because it covers every way in: <c>/api/messages</c> and the embedded Direct
/// Line alike. A message over the limit skips the turn (no understanding, no state written); the person is told
/// why in French once per window, then further messages are dropped silently, so that a script flooding the bot
/// does not get a reply for each message.
/// </summary>
public sealed class UserMessageRateLimiter : Microsoft.Bot.Builder.IMiddleware, IDisposable
{
    private readonly PartitionedRateLimiter<string>? _messages;
    private readonly PartitionedRateLimiter<string>? _notices;
    private readonly RateLimitLog _log;

    public UserMessageRateLimiter(IOptions<RateLimitOptions> options, RateLimitLog log)
    {
        _log = log;
        var settings = options.Value;
        if (!settings.Enabled || settings.PerUser.Messages <= 0)
        {
            return;
        }

        _messages = PartitionedRateLimiter.Create<string, string>(user =>
            RateLimitPartition.GetSlidingWindowLimiter(user, _ => RateLimitingExtensions.SlidingWindow(settings.PerUser.Messages, settings)));
        _notices = PartitionedRateLimiter.Create<string, string>(user =>
            RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = 1,
                Window = settings.Window,
                QueueLimit = 0,
            }));
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (_messages is null || _notices is null || activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.From?.Id))
        {
            await next(cancellationToken);
            return;
        }

        var user = SignUpDialog.UserKey(turnContext);
        using (var lease = _messages.AttemptAcquire(user))
        {
            if (lease.IsAcquired)
            {
                await next(cancellationToken);
                return;
            }
        }

        // The channel, not the user id: ids are personal data in some channels (Teams' AAD object ids).
        _log.Refused("PerUser:Messages", $"a message on channel {activity.ChannelId}");
        using var notice = _notices.AttemptAcquire(user);
        if (notice.IsAcquired)
        {
            await turnContext.SendActivityAsync(RateLimitTexts.TooManyMessages, cancellationToken: cancellationToken);
        }
    }

    public void Dispose()
    {
        _messages?.Dispose();
        _notices?.Dispose();
    }
}
