using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using EventBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Host.Tests.DirectLine;

/// <summary>
/// The real host on a test server, talked to as Web Chat does. The bot's connector client POSTs its replies to the
/// serviceUrl, which the host derives from the request (<c>http://localhost/</c> here); the test server listens on no
/// socket, so every HttpClient the host makes from IHttpClientFactory is given the test server's handler: the
/// replies reach the in-memory host through the same routing as in production, without a port to find.
/// </summary>
public sealed class DirectLineTestHost : IDisposable
{
    public DirectLineTestHost(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        EventBotFactory? factory = null;
        factory = new EventBotFactory
        {
            ReplaceServices = collection =>
            {
                collection.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(() => factory!.Server.CreateHandler()));
                services?.Invoke(collection);
            },
        };
        foreach (var (key, value) in settings ?? [])
        {
            factory.Settings[key] = value;
        }

        Factory = factory;
        Client = factory.CreateClient();
    }

    public EventBotFactory Factory { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }

    public sealed record Conversation(string Id, string Token, string StreamUrl, int ExpiresIn);

    public sealed record ActivitySet(List<JsonElement> Activities, string Watermark);

    public async Task<Conversation> StartAsync(object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await ReadJsonAsync(response);
        return new Conversation(
            json.GetProperty("conversationId").GetString()!,
            json.GetProperty("token").GetString()!,
            json.GetProperty("streamUrl").GetString()!,
            json.GetProperty("expires_in").GetInt32());
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return Client.SendAsync(request);
    }

    /// <summary>Posts an activity as Web Chat does and returns the id Direct Line gave it.</summary>
    public async Task<string> PostAsync(Conversation conversation, object activity)
    {
        using var response = await SendAsync(
            HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token, JsonSerializer.Serialize(activity));
        Assert.True(HttpStatusCode.OK == response.StatusCode, await response.Content.ReadAsStringAsync());
        return (await ReadJsonAsync(response)).GetProperty("id").GetString()!;
    }

    public static object Message(string? text, object? value = null, string? localTimestamp = null) => new Dictionary<string, object?>
    {
        ["type"] = "message",
        ["from"] = new { id = "r_webchat", name = "Camille" },
        ["locale"] = "fr-FR",
        ["text"] = text,
        ["value"] = value,
        ["localTimestamp"] = localTimestamp,
        ["channelData"] = new { clientActivityID = Guid.NewGuid().ToString("N") },
    }.Where(field => field.Value is not null).ToDictionary();

    public async Task<ActivitySet> GetActivitiesAsync(Conversation conversation, string? watermark = null)
    {
        var query = watermark is null ? "" : $"?watermark={watermark}";
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities{query}", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await ReadJsonAsync(response);
        return new ActivitySet(json.GetProperty("activities").EnumerateArray().ToList(), json.GetProperty("watermark").GetString()!);
    }

    /// <summary>The texts of the bot's messages that answer <paramref name="activityId"/>.</summary>
    public static string RepliesTo(string activityId, IEnumerable<JsonElement> activities) => string.Join("\n", activities
        .Where(activity => activity.GetProperty("type").GetString() == "message"
            && activity.GetProperty("from").GetProperty("role").GetString() == "bot"
            && activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == activityId)
        .Select(activity => activity.TryGetProperty("text", out var text) ? text.GetString() : ""));

    public async Task<WebSocket> ConnectStreamAsync(string streamUrl)
    {
        var client = Factory.Server.CreateWebSocketClient();
        return await client.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
    }

    /// <summary>The next frame of a stream, as <c>{activities, watermark}</c>.</summary>
    public static async Task<ActivitySet> ReceiveFrameAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, received.MessageType);
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        using var document = JsonDocument.Parse(message.ToArray());
        var json = document.RootElement.Clone();
        return new ActivitySet(json.GetProperty("activities").EnumerateArray().ToList(), json.GetProperty("watermark").GetString()!);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
