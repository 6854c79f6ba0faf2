using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EventBot.Benchmark.Processes;

/// <summary>
/// A fake Bot Connector on loopback: accepts every activity the bot posts to a conversation and records when it
/// arrived, to time an announcement and see its pace.
/// </summary>
public sealed class RecordingConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Conversation, long Timestamp)> _posts = new();

    private RecordingConnector(WebApplication app) => _app = app;

    public string ServiceUrl => _app.Urls.Single() + "/";

    /// <summary>Every post: its conversation and Stopwatch timestamp.</summary>
    public IReadOnlyList<(string Conversation, long Timestamp)> Posts => [.. _posts];

    public static async Task<RecordingConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new RecordingConnector(builder.Build());
        connector._app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", connector.Receive);
        connector._app.MapPost("/v3/conversations/{conversationId}/activities", connector.Receive);
        await connector._app.StartAsync();
        return connector;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private IResult Receive(string conversationId)
    {
        _posts.Enqueue((conversationId, Stopwatch.GetTimestamp()));
        return Results.Json(new { id = $"sent-{_posts.Count}" });
    }
}
