using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EventBot.Domain.Insight;
using EventBot.Domain.SignUps;
using EventBot.Host.Tests.Support;
using EventBot.Host.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Host.Tests.Organisers;

/// <summary>The unanswered questions' endpoint, and the organisers' page at <c>/organisateurs/</c> in headless Chromium.</summary>
public sealed class OrganiserPageTests : IDisposable
{
    // ASCII: Kestrel refuses other characters in a header, as a browser sends them.
    private const string Key = "cle-page-0c4e";

    private readonly EventBotFactory _factory = new();

    public OrganiserPageTests()
    {
        _factory.Settings["EventBot:Organisers:Keys:0"] = Key;
        _factory.Settings["EventBot:RateLimits:Enabled"] = "false";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Questions_asked_over_http_that_the_bot_cannot_answer_are_listed_most_asked_first()
    {
        foreach (var question in new[] { "y a-t-il un parking ?", "Y a t il un parking", "le wifi c'est quoi ? moi: ana@exemple.fr", "programme de mercredi" })
        {
            var response = await _factory.CreateClient().PostAsync(
                "/api/messages", Activities.AsContent(Activities.Message(question, $"page-{Guid.NewGuid():N}")));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var list = await Organiser().GetFromJsonAsync<JsonElement>("/api/organisers/unanswered");

        Assert.Equal(2, list.GetArrayLength());
        Assert.Equal(2, list[0].GetProperty("count").GetInt32());
        Assert.Contains("parking", list[0].GetProperty("text").GetString());
        Assert.Equal("inconnu", list[0].GetProperty("reason").GetString());
        Assert.Equal("le wifi c'est quoi ? moi: [e-mail]", list[1].GetProperty("text").GetString());
        Assert.Equal(1, (await Organiser().GetFromJsonAsync<JsonElement>("/api/organisers/unanswered?limit=1")).GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await Organiser().GetAsync("/api/organisers/unanswered?limit=0")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory.CreateClient().GetAsync("/api/organisers/unanswered")).StatusCode);
    }

    [Fact]
    public async Task The_page_and_its_script_are_served_without_a_key_and_in_french()
    {
        var client = _factory.CreateClient();

        var page = await client.GetAsync("/organisateurs/");
        var script = await client.GetAsync("/organisateurs/organisateurs.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"fr\">", html);
        Assert.Contains("Clé d'organisateur", html);
        Assert.DoesNotContain("https://", html);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("sessionStorage", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task In_a_browser_the_key_opens_the_counts_chart_the_announcements_and_the_unanswered_questions()
    {
        CdpBrowser.FindChromium();
        await using var host = await LiveHost.StartAsync(new() { ["EventBot:Organisers:Keys:0"] = Key });
        var signUps = host.Services.GetRequiredService<ISignUpService>();
        signUps.SignUp("emergence", new Participant("Awa", "Diallo", "awa@example.org", "Asso", Profile.Entrepreneur), "test:awa", DateTimeOffset.UtcNow);
        signUps.SignUp("emergence", new Participant("Paul", "Roux", "paul@example.org", "<b>Mairie</b>", Profile.Elu), "test:paul", DateTimeOffset.UtcNow);
        host.Services.GetRequiredService<IUnansweredQuestions>().Record("Où se garer près de la Plaine Images ?", UnansweredReason.Unknown, DateTimeOffset.UtcNow);
        await using var browser = await CdpBrowser.LaunchAsync();

        await browser.NavigateAsync(host.Address + "/organisateurs/");
        await browser.WaitUntilAsync("!document.getElementById('key-form').hidden", "the key form");
        await browser.EvaluateAsync("document.getElementById('key').focus()");
        await browser.InsertTextAsync("clé accentuée");
        await browser.PressEnterAsync();
        await browser.WaitForTextAsync("ni accents ni espaces");
        await browser.EvaluateAsync("document.getElementById('key').focus()");
        await browser.InsertTextAsync("mauvaise-cle");
        await browser.PressEnterAsync();
        await browser.WaitForTextAsync("n'est pas reconnue");
        await browser.EvaluateAsync("document.getElementById('key').focus()");
        await browser.InsertTextAsync(Key);
        await browser.PressEnterAsync();
        await browser.WaitUntilAsync("document.body.getAttribute('data-loaded') === 'true'", "the board loaded");
        await browser.ScreenshotAsync(Path.Combine(Path.GetTempPath(), "eventbot-organisers-page.png"));

        var text = await browser.TextAsync();
        Assert.Contains("2 inscrit(s) et 0 en liste d'attente au total.", text);
        Assert.Contains("Où se garer près de la Plaine Images ?", text);
        Assert.Contains("Aucune annonce pour l'instant.", text);
        Assert.Equal(6, (await browser.EvaluateAsync("document.querySelectorAll('#signups-chart g[data-parcours]').length")).GetInt32());
        Assert.StartsWith("2 inscrits", (await browser.EvaluateAsync(
            "document.querySelector('#signups-chart g[data-parcours=emergence] text.count').textContent")).GetString());
        Assert.True((await browser.EvaluateAsync(
            "+document.querySelector('#signups-chart g[data-parcours=emergence] rect.confirmed').getAttribute('width')")).GetDouble() > 0);
        Assert.Equal(Key, (await browser.EvaluateAsync("sessionStorage.getItem('eventbot-organiser-key')")).GetString());

        await browser.ReloadAsync();
        await browser.WaitUntilAsync("document.body.getAttribute('data-loaded') === 'true'", "the board loaded again from the tab's key");
    }

    private HttpClient Organiser()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }
}
