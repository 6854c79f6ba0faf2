using System.Net;
using System.Text.Json;

namespace EventBot.Host.Tests.DirectLine;

/// <summary>Bad requests get a 4xx in Direct Line's error shape, never a 5xx.</summary>
public sealed class DirectLineErrorTests : IDisposable
{
    private readonly DirectLineTestHost _host = new(new() { ["EventBot:DirectLine:MaxActivityBytes"] = "4096" });

    public void Dispose() => _host.Dispose();

    public enum TokenUsed
    {
        None,
        Wrong,
        OtherConversation,
        Own,
    }

    public sealed record Case(string Method, string Path, TokenUsed Token, string? Body, HttpStatusCode Expected)
    {
        public override string ToString() => $"{Method} {Path} ({Token})";
    }

    private static readonly string Oversized = JsonSerializer.Serialize(new { type = "message", text = new string('a', 5000) });

    /// <summary>{id} is the conversation started by the test.</summary>
    public static TheoryData<string, Case> Cases => new()
    {
        { "no token, read", new("GET", "/v3/directline/conversations/{id}/activities", TokenUsed.None, null, HttpStatusCode.Unauthorized) },
        { "no token, post", new("POST", "/v3/directline/conversations/{id}/activities", TokenUsed.None, """{"type":"message","text":"x"}""", HttpStatusCode.Unauthorized) },
        { "no token, reconnect", new("GET", "/v3/directline/conversations/{id}", TokenUsed.None, null, HttpStatusCode.Unauthorized) },
        { "no token, refresh", new("POST", "/v3/directline/tokens/refresh", TokenUsed.None, null, HttpStatusCode.Unauthorized) },
        { "no token, stream", new("GET", "/v3/directline/conversations/{id}/stream", TokenUsed.None, null, HttpStatusCode.Unauthorized) },
        { "wrong token, read", new("GET", "/v3/directline/conversations/{id}/activities", TokenUsed.Wrong, null, HttpStatusCode.Forbidden) },
        { "wrong token, post", new("POST", "/v3/directline/conversations/{id}/activities", TokenUsed.Wrong, """{"type":"message","text":"x"}""", HttpStatusCode.Forbidden) },
        { "wrong token, refresh", new("POST", "/v3/directline/tokens/refresh", TokenUsed.Wrong, null, HttpStatusCode.Forbidden) },
        { "wrong token, start", new("POST", "/v3/directline/conversations", TokenUsed.Wrong, null, HttpStatusCode.Forbidden) },
        { "other conversation's token, read", new("GET", "/v3/directline/conversations/{id}/activities", TokenUsed.OtherConversation, null, HttpStatusCode.Forbidden) },
        { "other conversation's token, post", new("POST", "/v3/directline/conversations/{id}/activities", TokenUsed.OtherConversation, """{"type":"message","text":"x"}""", HttpStatusCode.Forbidden) },
        { "other conversation's token, reconnect", new("GET", "/v3/directline/conversations/{id}", TokenUsed.OtherConversation, null, HttpStatusCode.Forbidden) },
        { "unknown conversation, read", new("GET", "/v3/directline/conversations/inconnue/activities", TokenUsed.Own, null, HttpStatusCode.NotFound) },
        { "unknown conversation, post", new("POST", "/v3/directline/conversations/inconnue/activities", TokenUsed.Own, """{"type":"message","text":"x"}""", HttpStatusCode.NotFound) },
        { "unknown conversation, reconnect", new("GET", "/v3/directline/conversations/inconnue", TokenUsed.Own, null, HttpStatusCode.NotFound) },
        { "malformed JSON", new("POST", "/v3/directline/conversations/{id}/activities", TokenUsed.Own, """{"type":"message","text":""", HttpStatusCode.BadRequest) },
        { "JSON not an object", new("POST", "/v3/directline/conversations/{id}/activities", TokenUsed.Own, """["message"]""", HttpStatusCode.BadRequest) },
        { "empty body", new("POST", "/v3/directline/conversations/{id}/activities", TokenUsed.Own, "", HttpStatusCode.BadRequest) },
        { "no type", new("POST", "/v3/directline/conversations/{id}/activities", TokenUsed.Own, """{"text":"x"}""", HttpStatusCode.BadRequest) },
        { "type the client may not send", new("POST", "/v3/directline/conversations/{id}/activities", TokenUsed.Own, """{"type":"conversationUpdate"}""", HttpStatusCode.BadRequest) },
        { "field of the wrong shape", new("POST", "/v3/directline/conversations/{id}/activities", TokenUsed.Own, """{"type":"message","from":"moi"}""", HttpStatusCode.BadRequest) },
        { "bad date", new("POST", "/v3/directline/conversations/{id}/activities", TokenUsed.Own, """{"type":"message","localTimestamp":"mardi"}""", HttpStatusCode.BadRequest) },
        { "oversized activity", new("POST", "/v3/directline/conversations/{id}/activities", TokenUsed.Own, Oversized, HttpStatusCode.RequestEntityTooLarge) },
        { "bad watermark", new("GET", "/v3/directline/conversations/{id}/activities?watermark=abc", TokenUsed.Own, null, HttpStatusCode.BadRequest) },
        { "stream without WebSocket", new("GET", "/v3/directline/conversations/{id}/stream?t={token}", TokenUsed.None, null, HttpStatusCode.BadRequest) },
        { "stream with a wrong token", new("GET", "/v3/directline/conversations/{id}/stream?t=faux", TokenUsed.None, null, HttpStatusCode.Forbidden) },
        { "malformed start body", new("POST", "/v3/directline/conversations", TokenUsed.None, "{user", HttpStatusCode.BadRequest) },
        { "bad proposed user", new("POST", "/v3/directline/conversations", TokenUsed.None, """{"user":{"id":""}}""", HttpStatusCode.BadRequest) },
        { "oversized start body", new("POST", "/v3/directline/conversations", TokenUsed.None, Oversized, HttpStatusCode.RequestEntityTooLarge) },
        { "connector: malformed reply", new("POST", "/v3/conversations/{id}/activities", TokenUsed.None, "not json", HttpStatusCode.BadRequest) },
        { "connector: oversized reply", new("POST", "/v3/conversations/{id}/activities/x", TokenUsed.None, Oversized, HttpStatusCode.RequestEntityTooLarge) },
        { "connector: unknown conversation", new("GET", "/v3/conversations/inconnue/members", TokenUsed.None, null, HttpStatusCode.NotFound) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_requests_are_refused_with_a_4xx(string name, Case test)
    {
        Assert.NotEmpty(name);
        var conversation = await _host.StartAsync();
        var other = await _host.StartAsync();
        var token = test.Token switch
        {
            TokenUsed.None => null,
            TokenUsed.Wrong => "pas-un-jeton",
            TokenUsed.OtherConversation => other.Token,
            _ => conversation.Token,
        };
        var path = test.Path.Replace("{id}", conversation.Id).Replace("{token}", Uri.EscapeDataString(conversation.Token));

        using var response = await _host.SendAsync(new HttpMethod(test.Method), path, token, test.Body);

        Assert.Equal(test.Expected, response.StatusCode);
        var error = (await DirectLineTestHost.ReadJsonAsync(response)).GetProperty("error");
        Assert.False(string.IsNullOrEmpty(error.GetProperty("code").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }
}
