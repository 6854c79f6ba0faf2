using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EventBot.Host.Tests.DirectLine;
using EventBot.Host.Tests.Support;
using EventBot.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventBot.Host.Tests.RateLimiting;

/// <summary>The rate limits through the real pipeline, set low so a test trips them in a few requests.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly List<IDisposable> _hosts = [];

    public void Dispose() => _hosts.ForEach(host => host.Dispose());

    private EventBotFactory Host(Dictionary<string, string?> settings)
    {
        var factory = new EventBotFactory();
        foreach (var (key, value) in settings)
        {
            factory.Settings[key] = value;
        }

        _hosts.Add(factory);
        return factory;
    }

    /// <summary>POST /api/messages from <paramref name="address"/>, as user <paramref name="userId"/>.</summary>
    private static Task<HttpContext> PostMessageAsync(EventBotFactory host, string text, string userId = Activities.UserId, string address = "192.0.2.10") =>
        host.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = "/api/messages";
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new
            {
                type = "message",
                id = Guid.NewGuid().ToString("N"),
                channelId = "test",
                serviceUrl = "http://127.0.0.1:9/",
                deliveryMode = "expectReplies",
                conversation = new { id = $"conversation-{userId}" },
                from = new { id = userId },
                recipient = new { id = Activities.BotId },
                text,
            }));
        });

    private static async Task<List<string>> RepliesAsync(HttpContext context)
    {
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        using var body = await JsonDocument.ParseAsync(context.Response.Body);
        return body.RootElement.GetProperty("activities").EnumerateArray()
            .Where(activity => activity.GetProperty("type").GetString() == "message")
            .Select(activity => activity.GetProperty("text").GetString()!)
            .ToList();
    }

    private static async Task<JsonElement> BodyAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Response.Body);
        return body.RootElement.Clone();
    }

    [Fact]
    public async Task A_user_over_the_limit_is_told_once_in_french_then_ignored_while_others_are_answered()
    {
        var host = Host(new() { ["EventBot:RateLimits:PerUser:Messages"] = "3" });

        for (var i = 0; i < 3; i++)
        {
            var answer = await RepliesAsync(await PostMessageAsync(host, "bonjour"));
            Assert.NotEmpty(answer);
            Assert.DoesNotContain(RateLimitTexts.TooManyMessages, answer);
        }

        Assert.Equal([RateLimitTexts.TooManyMessages], await RepliesAsync(await PostMessageAsync(host, "bonjour")));
        Assert.Empty(await RepliesAsync(await PostMessageAsync(host, "c koi le parcours emergence")));

        var someoneElse = await RepliesAsync(await PostMessageAsync(host, "c koi le parcours emergence", userId: "user-2"));
        Assert.Contains("Plateau radio", string.Join("\n", someoneElse), StringComparison.OrdinalIgnoreCase);
        Assert.Single(host.Logs.Lines, line => line.Contains("Rate limit PerUser:Messages refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_address_over_the_limit_gets_a_429_with_retry_after_and_a_french_problem_and_other_addresses_go_on()
    {
        var host = Host(new() { ["EventBot:RateLimits:PerIp:Messages"] = "2" });

        await RepliesAsync(await PostMessageAsync(host, "bonjour", userId: "a"));
        await RepliesAsync(await PostMessageAsync(host, "bonjour", userId: "b"));
        var refused = await PostMessageAsync(host, "bonjour", userId: "c");

        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Response.StatusCode);
        var retryAfter = int.Parse(refused.Response.Headers.RetryAfter.ToString());
        Assert.InRange(retryAfter, 1, 60);
        Assert.StartsWith("application/problem+json", refused.Response.ContentType);
        var problem = await BodyAsync(refused);
        Assert.Equal(RateLimitTexts.Title, problem.GetProperty("title").GetString());
        Assert.Contains($"réessayer dans {retryAfter} secondes", problem.GetProperty("detail").GetString());

        Assert.NotEmpty(await RepliesAsync(await PostMessageAsync(host, "bonjour", userId: "c", address: "198.51.100.7")));
        Assert.Equal(StatusCodes.Status429TooManyRequests, (await PostMessageAsync(host, "bonjour", userId: "d")).Response.StatusCode);
        Assert.Single(host.Logs.Lines, line => line.Contains("refused POST /api/messages (429)", StringComparison.Ordinal));
        Assert.DoesNotContain("192.0.2.10", host.Logs.Text);
    }

    [Fact]
    public async Task The_direct_line_answers_429_in_its_own_error_shape_past_the_address_limit()
    {
        using var host = new DirectLineTestHost(new() { ["EventBot:RateLimits:PerIp:DirectLine"] = "3" });
        var conversation = await host.StartAsync();
        await host.GetActivitiesAsync(conversation);
        await host.GetActivitiesAsync(conversation);

        using var refused = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var error = (await DirectLineTestHost.ReadJsonAsync(refused)).GetProperty("error");
        Assert.Equal("TooManyRequests", error.GetProperty("code").GetString());
        Assert.Contains("Trop de requêtes", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_web_chat_user_over_the_limit_reads_the_french_notice_in_the_conversation()
    {
        using var host = new DirectLineTestHost(new() { ["EventBot:RateLimits:PerUser:Messages"] = "2" });
        var conversation = await host.StartAsync();
        await host.PostAsync(conversation, DirectLineTestHost.Message("bonjour"));
        await host.PostAsync(conversation, DirectLineTestHost.Message("bonjour"));

        var third = await host.PostAsync(conversation, DirectLineTestHost.Message("bonjour"));

        var activities = (await host.GetActivitiesAsync(conversation)).Activities;
        Assert.Equal(RateLimitTexts.TooManyMessages, DirectLineTestHost.RepliesTo(third, activities));
    }

    [Fact]
    public async Task One_organiser_key_over_its_limit_is_429_while_another_key_is_served()
    {
        var host = Host(new()
        {
            ["EventBot:Organisers:Keys:0"] = "clé-une-3b7e",
            ["EventBot:Organisers:Keys:1"] = "clé-deux-9c1f",
            ["EventBot:RateLimits:PerUser:Organisers"] = "2",
        });
        var client = host.CreateClient();

        async Task<HttpResponseMessage> GetAsync(string key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/organisers/signups");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            return await client.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.OK, (await GetAsync("clé-une-3b7e")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("clé-une-3b7e")).StatusCode);
        var refused = await GetAsync("clé-une-3b7e");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("Trop de requêtes", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("clé-deux-9c1f")).StatusCode);
    }

    [Fact]
    public async Task Wrong_organiser_keys_count_against_the_address()
    {
        var host = Host(new() { ["EventBot:Organisers:Keys:0"] = "clé-une-3b7e", ["EventBot:RateLimits:PerIp:Organisers"] = "3" });
        var client = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/organisers/signups");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", $"essai-{attempt}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Disabled_no_limit_trips()
    {
        var host = Host(new()
        {
            ["EventBot:RateLimits:Enabled"] = "false",
            ["EventBot:RateLimits:PerUser:Messages"] = "1",
            ["EventBot:RateLimits:PerIp:Messages"] = "1",
        });

        for (var i = 0; i < 4; i++)
        {
            Assert.DoesNotContain(RateLimitTexts.TooManyMessages, await RepliesAsync(await PostMessageAsync(host, "bonjour")));
        }
    }

    [Fact]
    public void The_defaults_are_those_the_readme_explains()
    {
        var options = Host([]).Services.GetRequiredService<IOptions<RateLimitOptions>>().Value;

        Assert.True(options.Enabled);
        Assert.Equal(TimeSpan.FromMinutes(1), options.Window);
        Assert.Equal((1800, 3000, 120), (options.PerIp.Messages, options.PerIp.DirectLine, options.PerIp.Organisers));
        Assert.Equal((30, 60), (options.PerUser.Messages, options.PerUser.Organisers));
    }
}
