using System.Net;
using System.Net.Http.Json;
using EventBot.Host.Tests.Support;

namespace EventBot.Host.Tests.Controllers;

/// <summary>Sign-ups and pending questions survive a restart of the process on the same database file.</summary>
public sealed class SignUpOverHttpTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly string _conversationId = $"restart-{Guid.NewGuid():N}";

    public void Dispose() => _folder.Dispose();

    private EventBotFactory Host()
    {
        var factory = new EventBotFactory();
        factory.Settings["ConnectionStrings:EventBot"] = _folder.ConnectionString();
        return factory;
    }

    private async Task<string> AskAsync(HttpClient client, string text)
    {
        var activity = Activities.MessageOnTheEve(text, _conversationId, Activities.UserId);
        var response = await client.PostAsync("/api/messages", JsonContent.Create(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("\n", await Activities.ReplyTextsAsync(response));
    }

    [Fact]
    public async Task A_sign_up_begun_before_a_restart_is_finished_after_it_and_found_after_another()
    {
        using (var before = Host())
        {
            var client = before.CreateClient();
            Assert.Contains("prénom et votre nom", await AskAsync(client, "je veux m'inscrire au parcours Emergence"));
            Assert.Contains("adresse e-mail", await AskAsync(client, "Nora Haddad"));
        }

        using (var after = Host())
        {
            var client = after.CreateClient();
            Assert.Contains("organisation", await AskAsync(client, "nora.haddad@exemple.fr"));
            await AskAsync(client, "Maison de quartier");
            await AskAsync(client, "citoyenne");
            Assert.Contains("Récapitulatif", await AskAsync(client, "oui"));
            Assert.Contains("C'est confirmé", await AskAsync(client, "oui"));
        }

        using var again = Host();
        var answer = await AskAsync(again.CreateClient(), "quelle est mon inscription ?");
        Assert.Contains("Nora Haddad", answer);
        Assert.Contains("Emergence", answer);
    }
}
