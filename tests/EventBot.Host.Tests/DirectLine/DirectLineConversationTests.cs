using System.Net;
using System.Net.WebSockets;
using System.Text.Json;

namespace EventBot.Host.Tests.DirectLine;

/// <summary>The real bot, through the embedded Direct Line, as Web Chat talks to it (polling and WebSocket).</summary>
public sealed class DirectLineConversationTests : IDisposable
{
    private readonly DirectLineTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Bonjour_is_answered_in_French_and_a_second_read_from_the_watermark_is_empty()
    {
        var conversation = await _host.StartAsync();

        var id = await _host.PostAsync(conversation, DirectLineTestHost.Message("bonjour"));
        var first = await _host.GetActivitiesAsync(conversation);

        Assert.StartsWith(conversation.Id + "|", id);
        var echo = Assert.Single(first.Activities, activity => activity.GetProperty("id").GetString() == id);
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("bonjour", echo.GetProperty("text").GetString());
        Assert.Contains("Bonjour", DirectLineTestHost.RepliesTo(id, first.Activities));
        Assert.All(first.Activities, activity => Assert.False(activity.TryGetProperty("serviceUrl", out _)));

        var second = await _host.GetActivitiesAsync(conversation, first.Watermark);

        Assert.Empty(second.Activities);
        Assert.Equal(first.Watermark, second.Watermark);
    }

    [Fact]
    public async Task The_welcome_is_there_before_the_user_says_anything()
    {
        var conversation = await _host.StartAsync();

        var activities = (await _host.GetActivitiesAsync(conversation)).Activities;

        var welcome = Assert.Single(activities);
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("role").GetString());
        Assert.Contains("Bonjour, je suis EventBot", welcome.GetProperty("text").GetString());
    }

    public static TheoryData<string, string?, string?, string> Questions => new()
    {
        { "typed question", "programme de mercredi", null, "mercredi 16 octobre 2019" },
        { "card button (value, no text)", null, """{"query":"Les parcours du Pop-Up"}""", "parcours" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Questions_get_their_answers(string kind, string? text, string? valueJson, string expected)
    {
        Assert.NotEmpty(kind);
        var conversation = await _host.StartAsync();
        object? value = valueJson is null ? null : JsonSerializer.Deserialize<JsonElement>(valueJson);

        var id = await _host.PostAsync(conversation, DirectLineTestHost.Message(text, value, localTimestamp: "2019-10-15T10:00:00+02:00"));

        var answer = DirectLineTestHost.RepliesTo(id, (await _host.GetActivitiesAsync(conversation)).Activities);
        Assert.Contains(expected, answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Désolé", answer);
    }

    [Fact]
    public async Task The_stream_sends_the_history_then_each_reply_as_it_comes()
    {
        var conversation = await _host.StartAsync();
        Assert.StartsWith("ws://localhost/v3/directline/conversations/" + conversation.Id + "/stream?t=", conversation.StreamUrl);
        using var socket = await _host.ConnectStreamAsync(conversation.StreamUrl);

        var welcome = await DirectLineTestHost.ReceiveFrameAsync(socket);
        Assert.Contains("Bonjour, je suis EventBot", Assert.Single(welcome.Activities).GetProperty("text").GetString());

        var id = await _host.PostAsync(conversation, DirectLineTestHost.Message("bonjour"));
        var received = new List<JsonElement>();
        while (DirectLineTestHost.RepliesTo(id, received).Length == 0)
        {
            var frame = await DirectLineTestHost.ReceiveFrameAsync(socket);
            Assert.True(long.Parse(frame.Watermark) > long.Parse(welcome.Watermark));
            received.AddRange(frame.Activities);
        }

        Assert.Equal(id, received[0].GetProperty("id").GetString());
        Assert.Contains("Bonjour", DirectLineTestHost.RepliesTo(id, received));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "fin", CancellationToken.None);
    }

    [Fact]
    public async Task Reconnecting_from_watermark_0_replays_the_history_by_polling_and_on_the_stream()
    {
        var conversation = await _host.StartAsync();
        var id = await _host.PostAsync(conversation, DirectLineTestHost.Message("programme de mercredi"));
        var history = (await _host.GetActivitiesAsync(conversation)).Activities.Select(activity => activity.GetProperty("id").GetString()).ToList();

        // A reloaded page: its token and conversation id from sessionStorage, a new Web Chat.
        using var response = await _host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}?watermark=0", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var resumed = await DirectLineTestHost.ReadJsonAsync(response);
        Assert.Equal(conversation.Id, resumed.GetProperty("conversationId").GetString());
        Assert.Equal(conversation.Token, resumed.GetProperty("token").GetString());
        Assert.InRange(resumed.GetProperty("expires_in").GetInt32(), 1, 1800);
        var streamUrl = resumed.GetProperty("streamUrl").GetString()!;
        Assert.Contains("watermark=0", streamUrl);

        var polled = await _host.GetActivitiesAsync(conversation, "0");
        using var socket = await _host.ConnectStreamAsync(streamUrl);
        var streamed = await DirectLineTestHost.ReceiveFrameAsync(socket);

        Assert.Equal(history, polled.Activities.Select(activity => activity.GetProperty("id").GetString()));
        Assert.Equal(history, streamed.Activities.Select(activity => activity.GetProperty("id").GetString()));
        Assert.Contains("mercredi 16 octobre 2019", DirectLineTestHost.RepliesTo(id, streamed.Activities));
        Assert.Equal(polled.Watermark, streamed.Watermark);
    }

    [Fact]
    public async Task Web_Chat_posting_to_start_with_its_token_gets_that_conversation()
    {
        using var generated = await _host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", token: null);
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var grant = await DirectLineTestHost.ReadJsonAsync(generated);
        var token = grant.GetProperty("token").GetString();

        using var started = await _host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var conversation = await DirectLineTestHost.ReadJsonAsync(started);
        Assert.Equal(grant.GetProperty("conversationId").GetString(), conversation.GetProperty("conversationId").GetString());
        var activities = await _host.GetActivitiesAsync(new(conversation.GetProperty("conversationId").GetString()!, token!, "", 0));
        Assert.Single(activities.Activities);
    }

    [Fact]
    public async Task A_refreshed_token_is_new_works_and_is_bound_to_the_same_conversation()
    {
        var conversation = await _host.StartAsync();

        using var response = await _host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refreshed = await DirectLineTestHost.ReadJsonAsync(response);
        var token = refreshed.GetProperty("token").GetString()!;
        Assert.NotEqual(conversation.Token, token);
        Assert.Equal(conversation.Id, refreshed.GetProperty("conversationId").GetString());
        Assert.Equal(1800, refreshed.GetProperty("expires_in").GetInt32());
        Assert.Equal(1800, conversation.ExpiresIn);
        var other = await _host.StartAsync();
        using var forbidden = await _host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{other.Id}/activities", token);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        await _host.PostAsync(conversation with { Token = token }, DirectLineTestHost.Message("bonjour"));
    }

    [Fact]
    public async Task A_proactive_message_sent_to_the_embedded_connector_reaches_the_client()
    {
        var conversation = await _host.StartAsync();

        // What ConnectorClient.Conversations.SendToConversationAsync sends.
        using var response = await _host.SendAsync(HttpMethod.Post, $"/v3/conversations/{conversation.Id}/activities", token: null,
            """{"type":"message","text":"Rappel : le Pop-Up ouvre à 9h.","from":{"id":"eventbot","name":"EventBot"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await DirectLineTestHost.ReadJsonAsync(response)).GetProperty("id").GetString();
        var last = (await _host.GetActivitiesAsync(conversation)).Activities[^1];
        Assert.Equal(id, last.GetProperty("id").GetString());
        Assert.Equal("Rappel : le Pop-Up ouvre à 9h.", last.GetProperty("text").GetString());
        Assert.Equal("bot", last.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(conversation.Id, last.GetProperty("conversation").GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_connector_answers_members_and_refuses_unknown_conversations()
    {
        var conversation = await _host.StartAsync(new { user = new { id = "camille", name = "Camille" } });

        using var members = await _host.SendAsync(HttpMethod.Get, $"/v3/conversations/{conversation.Id}/members", token: null);
        using var unknown = await _host.SendAsync(HttpMethod.Post, "/v3/conversations/inconnue/activities", token: null, """{"type":"typing"}""");

        Assert.Equal(HttpStatusCode.OK, members.StatusCode);
        var ids = (await DirectLineTestHost.ReadJsonAsync(members)).EnumerateArray().Select(member => member.GetProperty("id").GetString());
        Assert.Equal(["camille", "eventbot"], ids);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
