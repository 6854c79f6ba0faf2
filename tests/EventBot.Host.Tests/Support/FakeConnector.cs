using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EventBot.Host.Tests.Support;

/// <summary>
/// A channel's Connector service on 127.0.0.1 and a free port: records the replies the bot POSTs to
/// <c>/v3/conversations/{conversationId}/activities/{activityId}</c>.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, JsonElement Activity)> _received = new();
    private readonly SemaphoreSlim _arrivals = new(0);

    private FakeConnector(WebApplication app) => _app = app;

    public string ServiceUrl => _app.Urls.Single() + "/";

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new FakeConnector(builder.Build());
        connector._app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", async (HttpRequest request) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            connector._received.Enqueue((request.Path.Value!, activity));
            connector._arrivals.Release();
            return Results.Json(new { id = $"reply-{connector._received.Count}" });
        });
        await connector._app.StartAsync();
        return connector;
    }

    /// <summary>Waits for the next reply the bot sends.</summary>
    public async Task<(string Path, JsonElement Activity)> NextAsync()
    {
        Assert.True(await _arrivals.WaitAsync(TimeSpan.FromSeconds(10)), "The bot sent no reply to the connector.");
        Assert.True(_received.TryDequeue(out var reply));
        return reply;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _arrivals.Dispose();
    }
}
