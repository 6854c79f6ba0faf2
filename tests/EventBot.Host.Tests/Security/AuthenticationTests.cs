using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using EventBot.Host.Tests.Support;

namespace EventBot.Host.Tests.Security;

/// <summary>
/// With an app id, <c>/api/messages</c> goes through the real ConfigurationBotFrameworkAuthentication: whatever the
/// Authorization header, a request without a valid channel token is refused (401, or 503 when no token can be
/// checked), never a 500 and never processed. No network is involved.
/// </summary>
public sealed class AuthenticationTests : IDisposable
{
    private readonly EventBotFactory _factory = new();

    public AuthenticationTests()
    {
        _factory.Settings["MicrosoftAppId"] = "5f0c6e0a-6a0b-4d7e-9b38-0d1c2a9e4b11";
        _factory.Settings["MicrosoftAppPassword"] = "mot-de-passe-de-test";
    }

    public void Dispose() => _factory.Dispose();

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A well-formed JWT that no channel signed, claiming to come from the Bot Framework for this app.</summary>
    private static readonly string ForgedJwt =
        Base64Url("""{"alg":"RS256","typ":"JWT","kid":"cle-inventee"}""") + "." +
        Base64Url("""{"iss":"https://api.botframework.com","aud":"5f0c6e0a-6a0b-4d7e-9b38-0d1c2a9e4b11","exp":4102444800,"nbf":0,"serviceurl":"http://127.0.0.1:9/"}""") +
        ".c2lnbmF0dXJlLWludmVudGVl";

    /// <summary>An unsigned token ("alg": "none"), the classic bypass attempt.</summary>
    private static readonly string UnsignedJwt =
        Base64Url("""{"alg":"none","typ":"JWT"}""") + "." +
        Base64Url("""{"iss":"https://api.botframework.com","aud":"5f0c6e0a-6a0b-4d7e-9b38-0d1c2a9e4b11","exp":4102444800}""") + ".";

    public static TheoryData<string, string?> MalformedHeaders => new()
    {
        { "no header", null },
        { "empty bearer", "Bearer " },
        { "garbage bearer", "Bearer n'importe-quoi" },
        { "three garbage parts", "Bearer aaa.bbb.ccc" },
        { "basic scheme", "Basic dXNlcjpwYXNz" },
        { "no scheme", "eyJhbGciOiJIUzI1NiJ9" },
        { "very long header", "Bearer " + new string('A', 8000) },
    };

    [Theory]
    [MemberData(nameof(MalformedHeaders))]
    public async Task Without_a_readable_channel_token_the_answer_is_401(string name, string? authorization)
    {
        Assert.NotEmpty(name);

        var response = await PostAsync(_factory, authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Bonjour", await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, string> WellFormedTokens => new()
    {
        { "forged token", $"Bearer {ForgedJwt}" },
        { "unsigned token", $"Bearer {UnsignedJwt}" },
    };

    /// <summary>
    /// A well-formed token needs the Bot Framework's signing keys, fetched from login.botframework.com. Every
    /// HTTP call of this host fails here, as without network: no token can be checked, so the bot is
    /// unavailable (503, said in French and logged), and the message never reaches the conversation.
    /// </summary>
    [Theory]
    [MemberData(nameof(WellFormedTokens))]
    public async Task A_well_formed_token_that_cannot_be_checked_is_503_and_not_processed(string name, string authorization)
    {
        Assert.NotEmpty(name);
        using var offline = new EventBotFactory
        {
            ReplaceServices = services => services.ConfigureHttpClientDefaults(client =>
                client.ConfigurePrimaryHttpMessageHandler(() => new UnreachableHandler())),
        };
        offline.Settings["MicrosoftAppId"] = _factory.Settings["MicrosoftAppId"];
        offline.Settings["MicrosoftAppPassword"] = _factory.Settings["MicrosoftAppPassword"];

        var response = await PostAsync(offline, authorization);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
        Assert.Contains("authentification du canal ne peut pas être vérifiée", await response.Content.ReadAsStringAsync());
        Assert.Contains(offline.Logs.Lines, line => line.Contains("signing keys are unreachable", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> PostAsync(EventBotFactory factory, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = Activities.AsContent(Activities.Message("Bonjour", "auth-test")),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await factory.CreateClient().SendAsync(request);
    }

    private sealed class UnreachableHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException($"{request.RequestUri?.Host} unreachable (test)");
    }

    [Fact]
    public async Task The_start_up_log_says_authentication_is_on_and_never_the_password()
    {
        _factory.Settings["Logging:LogLevel:Default"] = "Trace";
        await _factory.CreateClient().GetAsync("/health");

        Assert.Contains(_factory.Logs.Lines, line => line.Contains("Bot Framework authentication on", StringComparison.Ordinal));
        Assert.DoesNotContain(_factory.Logs.Lines, line => line.Contains("authentication off", StringComparison.Ordinal));
        Assert.DoesNotContain("mot-de-passe-de-test", _factory.Logs.Text);
    }

    [Fact]
    public async Task Local_mode_is_announced_as_a_warning_in_the_start_up_log()
    {
        using var local = new EventBotFactory();
        await local.CreateClient().GetAsync("/health");

        Assert.Contains(local.Logs.Lines, line =>
            line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("authentication off (local mode)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Local_mode_accepts_an_anonymous_request()
    {
        using var local = new EventBotFactory();

        var response = await local.CreateClient().PostAsync("/api/messages", Activities.AsContent(Activities.Message("Bonjour", "auth-local")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
