using System.Net;
using System.Net.Http.Json;
using EventBot.Adapters;
using EventBot.Domain.SignUps;
using EventBot.Host.Tests.Support;

namespace EventBot.Host.Tests.Storage;

/// <summary>
/// The disk fills up under a running bot. Sign-ups say in French they are unavailable, questions are still answered
/// (no apology), a conversation under way goes on, confirmed sign-ups stay, and once there is space again sign-ups
/// work without a restart. (A folder that cannot be written at start is in BadDatabaseHostTests.)
/// </summary>
public sealed class DiskFaultHostTests
{
    private static async Task<string> AskAsync(HttpClient client, string person, string text)
    {
        var response = await client.PostAsync("/api/messages", JsonContent.Create(Activities.MessageOnTheEve(text, $"conversation-{person}", person)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = string.Join("\n", await Activities.ReplyTextsAsync(response));
        Assert.DoesNotContain(EventBotAdapter.Apology, answer);
        return answer;
    }

    /// <summary>The whole sign-up of <paramref name="person"/>; returns the last answer.</summary>
    private static async Task<string> SignUpAsync(HttpClient client, string person)
    {
        Assert.Contains("prénom et votre nom", await AskAsync(client, person, "je veux m'inscrire au parcours Emergence"));
        Assert.Contains("adresse e-mail", await AskAsync(client, person, "Nora Haddad"));
        Assert.Contains("organisation", await AskAsync(client, person, $"{person}@exemple.fr"));
        await AskAsync(client, person, "Maison de quartier");
        await AskAsync(client, person, "citoyenne");
        Assert.Contains("Récapitulatif", await AskAsync(client, person, "oui"));
        return await AskAsync(client, person, "oui");
    }

    private static async Task AssertQuestionsAreAnsweredAsync(HttpClient client, string person) =>
        Assert.Contains("Plateau radio", await AskAsync(client, person, "c koi le parcours emergence"), StringComparison.OrdinalIgnoreCase);

    [Fact(Timeout = 180_000)]
    public async Task A_full_disk_refuses_sign_ups_in_french_answers_questions_and_recovers_once_space_is_freed()
    {
        using var disk = new DiskFaults.TinyDisk("4m");
        using var factory = new EventBotFactory();
        factory.Settings["ConnectionStrings:EventBot"] = $"Filename={Path.Combine(disk.Path, "eventbot.db")};Connection=direct";
        var client = factory.CreateClient();
        Assert.Contains("C'est confirmé", await SignUpAsync(client, "avant"));

        disk.Fill();

        await AssertQuestionsAreAnsweredAsync(client, "pendant");
        Assert.Contains(StorageUnavailableException.DefaultMessage, await SignUpAsync(client, "pendant"));
        await AssertQuestionsAreAnsweredAsync(client, "pendant");
        Assert.Contains("Nora Haddad", await AskAsync(client, "avant", "quelle est mon inscription ?"));

        disk.Free();

        Assert.Contains("C'est confirmé", await SignUpAsync(client, "pendant"));
        Assert.Contains("Nora Haddad", await AskAsync(client, "avant", "quelle est mon inscription ?"));
        Assert.Single(factory.Logs.Lines, line => line.Contains("kept in memory until the file can be written again", StringComparison.Ordinal));
    }
}
