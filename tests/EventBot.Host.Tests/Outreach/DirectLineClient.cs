using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EventBot.Host.Tests.DirectLine;

namespace EventBot.Host.Tests.Outreach;

/// <summary>Web Chat's side of the embedded Direct Line, on an <see cref="OutreachTestBed"/>.</summary>
public sealed class DirectLineClient(OutreachTestBed host)
{
    public sealed record Conversation(string Id, string Token);

    public async Task<Conversation> StartAsync()
    {
        using var response = await host.Client.PostAsync("/v3/directline/conversations", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await DirectLineTestHost.ReadJsonAsync(response);
        return new Conversation(json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!);
    }

    public async Task PostAsync(Conversation conversation, object activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        using var response = await host.Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The texts of every bot message in the conversation so far.</summary>
    public async Task<IReadOnlyList<string>> BotTextsAsync(Conversation conversation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await DirectLineTestHost.ReadJsonAsync(response);
        return [.. json.GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("type").GetString() == "message" && a.GetProperty("from").GetProperty("role").GetString() == "bot")
            .Select(a => a.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "")];
    }
}
