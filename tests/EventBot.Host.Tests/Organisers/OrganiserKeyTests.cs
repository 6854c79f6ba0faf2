using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EventBot.Domain.SignUps;
using EventBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Host.Tests.Organisers;

/// <summary>The organisers' API answers only to a configured key, and never writes a key in the logs.</summary>
public sealed class OrganiserKeyTests : IDisposable
{
    private const string Key = "clé-organisateur-7f3a9c";
    private const string OtherKey = "seconde-clé-b81d";

    private readonly EventBotFactory _factory = new();

    public OrganiserKeyTests()
    {
        _factory.Settings["EventBot:Organisers:Keys:0"] = Key;
        _factory.Settings["EventBot:Organisers:Keys:1"] = OtherKey;
        _factory.Settings["Logging:LogLevel:Default"] = "Trace";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Without_a_key_the_answer_is_401_with_a_bearer_challenge()
    {
        var response = await _factory.CreateClient().GetAsync("/api/organisers/signups");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("Clé d'organisateur manquante", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("mauvaise-clé")]
    [InlineData("clé-organisateur-7f3a9")]
    [InlineData("clé-organisateur-7f3a9c0")]
    [InlineData("CLÉ-ORGANISATEUR-7F3A9C")]
    public async Task A_wrong_key_is_403(string wrongKey)
    {
        var response = await Get(wrongKey);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("pas reconnue", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_configured_keys_every_key_is_refused()
    {
        using var factory = new EventBotFactory();

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/organisers/signups")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "n'importe-quoi");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/organisers/signups")).StatusCode);
    }

    [Theory]
    [InlineData(Key)]
    [InlineData(OtherKey)]
    public async Task Each_configured_key_opens_the_sign_up_list(string key)
    {
        var response = await Get(key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(6, list.GetProperty("parcours").GetArrayLength());
    }

    [Fact]
    public async Task Keys_right_or_wrong_never_reach_the_logs()
    {
        await Get(Key);
        await Get("clé-essayée-par-un-intrus");
        await _factory.CreateClient().GetAsync("/api/organisers/signups");

        Assert.NotEmpty(_factory.Logs.Lines);
        Assert.DoesNotContain(Key, _factory.Logs.Text);
        Assert.DoesNotContain(OtherKey, _factory.Logs.Text);
        Assert.DoesNotContain("clé-essayée-par-un-intrus", _factory.Logs.Text);
    }

    [Fact]
    public async Task The_sign_up_list_gives_counts_people_and_waiting_lists_per_parcours()
    {
        using var factory = new EventBotFactory();
        factory.Settings["EventBot:Organisers:Keys:0"] = Key;
        factory.Settings["EventBot:SignUps:Capacities:emergence"] = "1";
        var signUps = factory.Services.GetRequiredService<ISignUpService>();
        var now = DateTimeOffset.UtcNow;
        signUps.SignUp("emergence", new Participant("Awa", "Diallo", "awa@example.org", "Asso", Profile.Entrepreneur), "test:awa", now);
        signUps.JoinWaitingList("emergence", new Participant("Marc", "Leroy", "marc@example.org", "Ville", Profile.Elu), "test:marc", now);
        signUps.SignUp("attractivite", new Participant("Inès", "Benali", "ines@example.org", "CCI", Profile.Autre), "test:ines", now);

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/organisers/signups");

        Assert.Equal(2, list.GetProperty("confirmed").GetInt32());
        Assert.Equal(1, list.GetProperty("waiting").GetInt32());
        var emergence = list.GetProperty("parcours").EnumerateArray().Single(p => p.GetProperty("parcoursId").GetString() == "emergence");
        Assert.Equal(1, emergence.GetProperty("confirmed").GetInt32());
        Assert.Equal(0, emergence.GetProperty("placesLeft").GetInt32());
        Assert.Equal("awa@example.org", emergence.GetProperty("people")[0].GetProperty("email").GetString());
        Assert.Equal("Leroy", emergence.GetProperty("waitingList")[0].GetProperty("lastName").GetString());
    }

    private Task<HttpResponseMessage> Get(string key)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client.GetAsync("/api/organisers/signups");
    }
}
