using System.Net;
using System.Net.Http.Json;
using EventBot.Host.Tests.DirectLine;
using EventBot.Host.Tests.Support;

namespace EventBot.Host.Tests.Security;

/// <summary>
/// Every log line of the host, at Trace level, during whole sign-up conversations over HTTP (sign up, look,
/// ask what is kept, delete), and through the embedded Direct Line: no name, e-mail or organisation the person gave appears.
/// </summary>
public sealed class PersonalDataLogTests : IDisposable
{
    private const string FirstName = "Ysaline";
    private const string LastName = "Quintavalle";
    private const string Email = "ysaline.quintavalle@exemple.fr";
    private const string Organisation = "Association Zéphyrine";

    private readonly EventBotFactory _factory = new();
    private readonly string _conversationId = $"pii-{Guid.NewGuid():N}";

    public PersonalDataLogTests()
    {
        _factory.Settings["Logging:LogLevel:Default"] = "Trace";
        _factory.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
    }

    public void Dispose() => _factory.Dispose();

    private async Task<string> AskAsync(HttpClient client, string text)
    {
        var activity = Activities.MessageOnTheEve(text, _conversationId, "personne-7", userName: $"{FirstName} {LastName}");
        var response = await client.PostAsync("/api/messages", JsonContent.Create(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("\n", await Activities.ReplyTextsAsync(response));
    }

    [Fact]
    public async Task A_whole_sign_up_leaves_no_name_e_mail_or_organisation_in_the_logs()
    {
        var client = _factory.CreateClient();

        Assert.Contains("prénom et votre nom", await AskAsync(client, "je veux m'inscrire au parcours Emergence"));
        Assert.Contains("adresse e-mail", await AskAsync(client, $"{FirstName} {LastName}"));
        Assert.Contains("organisation", await AskAsync(client, Email));
        await AskAsync(client, Organisation);
        await AskAsync(client, "citoyenne");
        Assert.Contains("Récapitulatif", await AskAsync(client, "oui"));
        Assert.Contains("C'est confirmé", await AskAsync(client, "oui"));
        Assert.Contains(LastName, await AskAsync(client, "quelle est mon inscription ?"));
        Assert.Contains(Email, await AskAsync(client, "quelles données avez-vous sur moi ?"));
        await AskAsync(client, "supprimez mes données");
        await AskAsync(client, "oui");

        AssertNoPersonalData(_factory.Logs);
    }

    [Fact]
    public async Task A_whole_sign_up_through_the_web_chat_s_direct_line_leaves_none_either()
    {
        using var host = new DirectLineTestHost(new()
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        });
        var conversation = await host.StartAsync(new { user = new { id = "dl_personne-7", name = $"{FirstName} {LastName}" } });

        foreach (var text in new[] { "je veux m'inscrire au parcours Emergence", $"{FirstName} {LastName}", Email, Organisation, "citoyenne", "oui" })
        {
            await host.PostAsync(conversation, DirectLineTestHost.Message(text));
        }

        var confirmation = await host.PostAsync(conversation, DirectLineTestHost.Message("oui"));
        Assert.Contains("C'est confirmé", DirectLineTestHost.RepliesTo(confirmation, (await host.GetActivitiesAsync(conversation)).Activities));
        AssertNoPersonalData(host.Factory.Logs);
    }

    private static void AssertNoPersonalData(CapturedLogs captured)
    {
        Assert.True(captured.Lines.Count > 20, "Trace logging captured too little to prove anything.");
        foreach (var personal in new[] { FirstName, LastName, Email, "quintavalle", "Zéphyrine", "Zephyrine" })
        {
            Assert.False(
                captured.Text.Contains(personal, StringComparison.OrdinalIgnoreCase),
                $"« {personal} » is in the logs:\n{string.Join("\n", captured.Lines.Where(line => line.Contains(personal, StringComparison.OrdinalIgnoreCase)))}");
        }
    }
}
