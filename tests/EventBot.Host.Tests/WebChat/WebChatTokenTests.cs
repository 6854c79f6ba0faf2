using System.Net;
using System.Text.Json;
using EventBot.Host.Tests.Support;
using EventBot.WebChat;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Host.Tests.WebChat;

/// <summary>
/// What the page asks the bot: the mode, and in production mode a Direct Line token obtained from Azure with the
/// secret, which must never reach the browser. Azure's Direct Line is faked by the named HttpClient's handler.
/// </summary>
public sealed class WebChatTokenTests
{
    private const string Secret = "SECRET-direct-line-0123456789";

    private sealed class FakeDirectLine(HttpStatusCode status = HttpStatusCode.OK) : HttpMessageHandler
    {
        public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request, request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken)));
            return new HttpResponseMessage(status)
            {
                Content = new StringContent(
                    status == HttpStatusCode.OK
                        ? """{"conversationId":"azure-conv-1","token":"azure-token-abc","expires_in":1800}"""
                        : """{"error":{"code":"BadArgument","message":"no"}}""",
                    System.Text.Encoding.UTF8,
                    "application/json"),
            };
        }
    }

    private static EventBotFactory Production(FakeDirectLine fake, string? secret)
    {
        var factory = new EventBotFactory
        {
            ReplaceServices = services => services.AddHttpClient(WebChatEndpoints.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => fake),
        };
        factory.Settings["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001";
        factory.Settings["MicrosoftAppPassword"] = "app-password";
        factory.Settings["EventBot:WebChat:DirectLineSecret"] = secret;
        return factory;
    }

    [Fact]
    public async Task Config_says_local_mode_and_the_embedded_direct_line()
    {
        using var factory = new EventBotFactory();
        using var response = await factory.CreateClient().GetAsync("/api/webchat/config");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("local", json.RootElement.GetProperty("mode").GetString());
        Assert.Equal("/v3/directline", json.RootElement.GetProperty("directLine").GetString());
    }

    [Fact]
    public async Task Config_says_azure_mode_with_an_app_id_and_never_the_secret()
    {
        using var factory = Production(new FakeDirectLine(), Secret);
        using var response = await factory.CreateClient().GetAsync("/api/webchat/config");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"mode\":\"azure\"", body);
        Assert.Contains("https://directline.botframework.com/v3/directline", body);
        Assert.DoesNotContain(Secret, body);
    }

    [Fact]
    public async Task Token_in_production_mode_comes_from_direct_line_with_the_secret_and_never_returns_it()
    {
        var fake = new FakeDirectLine();
        using var factory = Production(fake, Secret);
        using var response = await factory.CreateClient().PostAsync("/api/webchat/token", null);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("azure-conv-1", json.RootElement.GetProperty("conversationId").GetString());
        Assert.Equal("azure-token-abc", json.RootElement.GetProperty("token").GetString());
        Assert.Equal(1800, json.RootElement.GetProperty("expires_in").GetInt32());
        Assert.DoesNotContain(Secret, body);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());

        var (request, requestBody) = Assert.Single(fake.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://directline.botframework.com/v3/directline/tokens/generate", request.RequestUri!.ToString());
        Assert.Equal("Bearer", request.Headers.Authorization!.Scheme);
        Assert.Equal(Secret, request.Headers.Authorization.Parameter);
        Assert.StartsWith("dl_", JsonDocument.Parse(requestBody).RootElement.GetProperty("user").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Token_without_a_configured_secret_is_a_clear_503_in_french()
    {
        var fake = new FakeDirectLine();
        using var factory = Production(fake, secret: null);
        using var response = await factory.CreateClient().PostAsync("/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("secret Direct Line manquant", json.RootElement.GetProperty("error").GetString());
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task Token_when_direct_line_refuses_is_a_502_without_the_secret()
    {
        using var factory = Production(new FakeDirectLine(HttpStatusCode.Forbidden), Secret);
        using var response = await factory.CreateClient().PostAsync("/api/webchat/token", null);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("ne répond pas", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
        Assert.DoesNotContain(Secret, body);
    }

    [Fact]
    public async Task Token_in_local_mode_is_404()
    {
        var fake = new FakeDirectLine();
        using var factory = new EventBotFactory
        {
            ReplaceServices = services => services.AddHttpClient(WebChatEndpoints.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => fake),
        };
        factory.Settings["EventBot:WebChat:DirectLineSecret"] = Secret;
        using var response = await factory.CreateClient().PostAsync("/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync());
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task The_page_and_the_bundle_are_served()
    {
        using var factory = new EventBotFactory();
        var client = factory.CreateClient();

        var page = await client.GetStringAsync("/");
        Assert.Contains("<html lang=\"fr\">", page);
        Assert.Contains("<title>EventBot — MEL toi du territoire</title>", page);
        Assert.Contains("lib/webchat.js", page);
        Assert.DoesNotContain("cdn.botframework.com", page);

        using var bundle = await client.GetAsync("/lib/webchat.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000, "lib/webchat.js is the prebuilt Web Chat bundle");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/package.json")).StatusCode);
    }
}
