using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Host.Tests.DirectLine;

/// <summary>Token expiry on the host's clock, the in-memory caps, and the endpoints being off with an app id.</summary>
public sealed class DirectLineLimitsTests
{
    [Fact]
    public async Task A_token_expires_on_the_host_clock_and_a_refresh_before_then_extends_the_conversation()
    {
        var clock = new ManualClock(new DateTimeOffset(2019, 10, 15, 10, 0, 0, TimeSpan.FromHours(2)));
        using var host = new DirectLineTestHost(services: services => services.AddSingleton<TimeProvider>(clock));
        var conversation = await host.StartAsync();

        clock.Advance(TimeSpan.FromMinutes(20));
        using var refresh = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);
        var refreshed = conversation with { Token = (await DirectLineTestHost.ReadJsonAsync(refresh)).GetProperty("token").GetString()! };
        clock.Advance(TimeSpan.FromMinutes(11));

        using var expired = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token);
        using var expiredRefresh = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal("TokenExpired", (await DirectLineTestHost.ReadJsonAsync(expired)).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, expiredRefresh.StatusCode);
        Assert.Single((await host.GetActivitiesAsync(refreshed)).Activities);

        clock.Advance(TimeSpan.FromMinutes(20));
        using var expiredToo = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities", refreshed.Token);
        Assert.Equal(HttpStatusCode.Forbidden, expiredToo.StatusCode);
    }

    [Fact]
    public async Task Token_lifetime_is_configurable()
    {
        using var host = new DirectLineTestHost(new() { ["EventBot:DirectLine:TokenLifetime"] = "00:05:00" });

        var conversation = await host.StartAsync();

        Assert.Equal(300, conversation.ExpiresIn);
    }

    [Fact]
    public async Task Past_the_caps_the_oldest_conversation_and_the_oldest_activities_are_dropped()
    {
        using var host = new DirectLineTestHost(new()
        {
            ["EventBot:DirectLine:MaxConversations"] = "2",
            ["EventBot:DirectLine:MaxActivitiesPerConversation"] = "3",
        });
        var oldest = await host.StartAsync();
        var kept = await host.StartAsync();
        await host.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            await host.PostAsync(kept, DirectLineTestHost.Message("bonjour"));
        }

        using var dropped = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{oldest.Id}/activities", oldest.Token);
        Assert.Equal(HttpStatusCode.NotFound, dropped.StatusCode);
        var history = await host.GetActivitiesAsync(kept, "0");
        Assert.Equal(3, history.Activities.Count);
        Assert.Equal("7", history.Watermark);
        Assert.Equal($"{kept.Id}|0000005", history.Activities[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("POST", "/v3/directline/conversations")]
    [InlineData("POST", "/v3/directline/tokens/generate")]
    [InlineData("POST", "/v3/conversations/x/activities")]
    public async Task With_an_app_id_the_embedded_channel_is_off(string method, string path)
    {
        using var host = new DirectLineTestHost(new() { ["MicrosoftAppId"] = Guid.NewGuid().ToString() });

        using var response = await host.SendAsync(new HttpMethod(method), path, token: null, "{}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
