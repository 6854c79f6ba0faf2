using System.Net;
using EventBot.Adapters;
using EventBot.Options;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Rest;

namespace EventBot.Outreach;

public enum SendOutcome
{
    Sent,

    /// <summary>The channel asks to try later (429, 412, 502, 504) or could not be reached at all.</summary>
    Retry,

    /// <summary>The channel refuses messages for this conversation (403, 404).</summary>
    Unreachable,

    Failed,
}

/// <summary>What came of one post; <see cref="RetryAfter"/> is the channel's own Retry-After, when it gave one.</summary>
public sealed record SendResult(SendOutcome Outcome, string? Problem = null, TimeSpan? RetryAfter = null);

/// <summary>
/// Posts one message into a kept conversation with <c>ContinueConversationAsync</c>, through the adapter that sends
/// the replies (same authentication, same connector clients), and says how the channel answered.
/// </summary>
public sealed class ProactiveSender(EventBotAdapter adapter, IOptions<BotFrameworkOptions> botFramework)
{
    private static readonly HashSet<HttpStatusCode> RetryCodes =
        [HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout];

    public async Task<SendResult> SendAsync(ConversationReference reference, string text, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        var posted = false;

        // The adapter hands an exception of the callback to its OnTurnError, which would send the user an apology:
        // the callback keeps the exception to itself instead.
        await adapter.ContinueConversationAsync(
            botFramework.Value.MicrosoftAppId ?? "",
            reference,
            async (turnContext, token) =>
            {
                try
                {
                    await turnContext.SendActivityAsync(MessageFactory.Text(text), token);
                    posted = true;
                }
                catch (Exception error)
                {
                    failure = error;
                }
            },
            cancellationToken);

        return failure switch
        {
            null when posted => new SendResult(SendOutcome.Sent),

            // A middleware ended the turn before the callback: nothing was posted.
            null => new SendResult(SendOutcome.Failed, "Le message n'a pas été posté."),
            OperationCanceledException when cancellationToken.IsCancellationRequested => throw new OperationCanceledException(cancellationToken),
            _ => Classify(failure),
        };
    }

    private static SendResult Classify(Exception failure)
    {
        var response = failure switch
        {
            ErrorResponseException error => error.Response,
            HttpOperationException error => error.Response,
            _ => null,
        };

        if (response is not null)
        {
            var problem = $"HTTP {(int)response.StatusCode}";
            return response.StatusCode switch
            {
                var code when RetryCodes.Contains(code) => new SendResult(SendOutcome.Retry, problem, RetryAfter(response)),
                HttpStatusCode.Forbidden or HttpStatusCode.NotFound => new SendResult(SendOutcome.Unreachable, problem),
                _ => new SendResult(SendOutcome.Failed, problem),
            };
        }

        return failure switch
        {
            // Refused before anything was sent (connection refused, name not found): safe to try again.
            HttpRequestException { StatusCode: null } => new SendResult(SendOutcome.Retry, failure.Message),

            // A timeout may come after the channel took the message: not sent again.
            _ => new SendResult(SendOutcome.Failed, failure.GetType().Name),
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessageWrapper response) =>
        response.Headers is { } headers
        && headers.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault() is { } value
        && int.TryParse(value, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
