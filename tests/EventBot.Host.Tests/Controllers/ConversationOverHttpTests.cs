using System.Net;
using System.Net.Http.Json;
using EventBot.Domain.Seeds;
using EventBot.Host.Tests.Support;

namespace EventBot.Host.Tests.Controllers;

/// <summary>The real bot answering over the standard protocol, as a channel or a judge calls it.</summary>
public sealed class ConversationOverHttpTests : IDisposable
{
    private readonly EventBotFactory _factory = new();
    private readonly string _conversationId = $"http-{Guid.NewGuid():N}";

    public void Dispose() => _factory.Dispose();

    private async Task<string> AskAsync(HttpClient client, string text, string? localTimestamp)
    {
        var activity = new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "test",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["from"] = new { id = Activities.UserId },
            ["recipient"] = new { id = Activities.BotId },
            ["conversation"] = new { id = _conversationId },
            ["deliveryMode"] = "expectReplies",
            ["text"] = text,
        };
        if (localTimestamp is not null)
        {
            activity["localTimestamp"] = localTimestamp;
        }

        var response = await client.PostAsync("/api/messages", JsonContent.Create(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("\n", await Activities.ReplyTextsAsync(response));
    }

    [Theory]
    [InlineData("programme jeudi", "2019-10-16T10:00:00+02:00", "jeudi 17 octobre 2019|World Forum")]
    [InlineData("et aujourd'hui ?", "2019-10-18T09:00:00+02:00", "vendredi 18 octobre 2019|circuits courts")]
    [InlineData("c koi le parcours emergence", "2019-10-16T10:00:00+02:00", "BPI France|Plateau radio")]
    [InlineData("ou est l'accueil", null, "La Chaufferie")]
    [InlineData("y a du wifi ?", null, "je n'ai pas cette information")]
    public async Task Questions_get_their_answers_with_expect_replies(string question, string? localTimestamp, string expected)
    {
        var answer = await AskAsync(_factory.CreateClient(), question, localTimestamp);

        Assert.All(expected.Split('|'), fragment => Assert.Contains(fragment, answer, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Without_local_timestamp_today_is_the_configured_demonstration_day()
    {
        _factory.Settings["EventBot:Clock:Now"] = "2019-10-14T10:00:00+02:00";

        var answer = await AskAsync(_factory.CreateClient(), "quoi de prévu aujourd'hui ?", localTimestamp: null);

        Assert.Contains("lundi 14 octobre 2019", answer);
    }

    [Fact]
    public async Task A_clarifying_question_is_answered_on_the_next_request()
    {
        var client = _factory.CreateClient();

        var question = await AskAsync(client, "qui anime le plateau radio emergence", null);
        Assert.Contains("2.", question);
        var answer = await AskAsync(client, "2", null);

        Assert.Contains("Agathe VANHAVERBEKE", answer);
    }

    [Fact]
    public void A_broken_seeds_file_stops_the_start_with_the_file_the_place_and_the_problem()
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.Path);
        var broken = Path.Combine(folder.Path, "event.json");
        File.WriteAllText(broken, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "event.json"))
            .Replace("\"title\": \"Pop-Up dév éco\"", "\"titel\": \"Pop-Up dév éco\"", StringComparison.Ordinal));
        using var factory = new EventBotFactory();
        factory.Settings["EventBot:SeedsPath"] = broken;

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var seedError = Assert.IsType<EventDataException>(error.GetBaseException() as EventDataException ?? error);
        Assert.Contains("event.json", seedError.Message);
        Assert.Contains("line", seedError.Message);
        Assert.Contains("titel", seedError.Message);
    }
}
