using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EventBot.Host.Tests.Support;

/// <summary>
/// A channel's Connector service on 127.0.0.1 and a free port: records what the bot POSTs to
/// <c>/v3/conversations/{conversationId}/activities[/{activityId}]</c> (replies and proactive messages), and answers
/// an error status on demand (429, 403, 404, 500…) or holds a post unanswered, as a channel that stalls.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, JsonElement Activity)> _received = new();
    private readonly SemaphoreSlim _arrivals = new(0);
    private readonly ConcurrentQueue<Post> _posts = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string? RetryAfter)>> _scripted = new();
    private (int Number, TaskCompletionSource<string> Held)? _hold;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>One POST as the connector saw it, with the status it answered and when (Stopwatch ticks).</summary>
    public sealed record Post(string ConversationId, string Path, JsonElement Activity, int Status, long Timestamp)
    {
        public string? Text => Activity.TryGetProperty("text", out var text) ? text.GetString() : null;
    }

    public string ServiceUrl => _app.Urls.Single() + "/";

    /// <summary>Every POST so far, failed ones included, in order of arrival.</summary>
    public IReadOnlyList<Post> Posts => [.. _posts];

    /// <summary>The POSTs the connector accepted (2xx).</summary>
    public IReadOnlyList<Post> Accepted => [.. _posts.Where(post => post.Status is >= 200 and < 300)];

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new FakeConnector(builder.Build());
        connector._app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", connector.ReceiveAsync);
        connector._app.MapPost("/v3/conversations/{conversationId}/activities", connector.ReceiveAsync);
        await connector._app.StartAsync();
        return connector;
    }

    /// <summary>The next posts to this conversation are answered with these statuses, in turn (Retry-After when given).</summary>
    public void Answer(string conversationId, int status, int times = 1, string? retryAfter = null)
    {
        var queue = _scripted.GetOrAdd(conversationId, _ => new ConcurrentQueue<(int, string?)>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue((status, retryAfter));
        }
    }

    /// <summary>
    /// The <paramref name="nth"/> post accepted from now on is recorded, then left unanswered until the bot gives up on
    /// it (its host stops): the message reached the channel, the bot never learnt it. The task gives its conversation.
    /// </summary>
    public Task<string> HoldAccepted(int nth)
    {
        var held = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _hold = (Accepted.Count + nth, held);
        return held.Task;
    }

    /// <summary>Waits for the next reply the bot sends.</summary>
    public async Task<(string Path, JsonElement Activity)> NextAsync()
    {
        Assert.True(await _arrivals.WaitAsync(TimeSpan.FromSeconds(10)), "The bot sent no reply to the connector.");
        Assert.True(_received.TryDequeue(out var reply));
        return reply;
    }

    /// <summary>Waits until <paramref name="condition"/> holds on the posts so far.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<Post>, bool> condition, string what, double seconds = 15)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition(Posts))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(seconds), $"The connector waited in vain for {what}; it got {Posts.Count} post(s).");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _arrivals.Dispose();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request, string conversationId)
    {
        var activity = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
        var status = 200;
        string? retryAfter = null;
        if (_scripted.TryGetValue(conversationId, out var script) && script.TryDequeue(out var scripted))
        {
            (status, retryAfter) = scripted;
        }

        _posts.Enqueue(new Post(conversationId, request.Path.Value!, activity, status, Stopwatch.GetTimestamp()));
        if (status != 200)
        {
            if (retryAfter is not null)
            {
                request.HttpContext.Response.Headers.RetryAfter = retryAfter;
            }

            return Results.Json(new { error = new { code = "Scripted", message = $"HTTP {status}" } }, statusCode: status);
        }

        _received.Enqueue((request.Path.Value!, activity));
        _arrivals.Release();
        if (_hold is { } hold && Accepted.Count == hold.Number)
        {
            hold.Held.TrySetResult(conversationId);
            await Task.Delay(Timeout.Infinite, request.HttpContext.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return Results.Json(new { id = $"reply-{_posts.Count}" });
    }
}
