using System.Collections.Concurrent;
using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Host.Tests.DirectLine;

/// <summary>What the bot receives from the embedded Direct Line: the fields a real channel fills in.</summary>
public sealed class DirectLineChannelTests : IDisposable
{
    private const string ListeningAddress = "http://localhost:3978/";

    private readonly RecordingBot.Recorder _recorder = new();
    private readonly DirectLineTestHost _host;

    public DirectLineChannelTests() => _host = new DirectLineTestHost(services: services =>
    {
        services.AddSingleton(_recorder);
        services.AddTransient<IBot, RecordingBot>();
    });

    public void Dispose() => _host.Dispose();

    /// <summary>Records each activity and answers messages with one reply, so that the reply path is seen too.</summary>
    public sealed class RecordingBot(RecordingBot.Recorder recorder) : IBot
    {
        public sealed class Recorder
        {
            public ConcurrentQueue<Activity> Activities { get; } = new();
        }

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            recorder.Activities.Enqueue(turnContext.Activity);
            if (turnContext.Activity.Type == ActivityTypes.Message)
            {
                await turnContext.SendActivityAsync($"Reçu : {turnContext.Activity.Text}", cancellationToken: cancellationToken);
            }
        }
    }

    [Fact]
    public async Task A_user_activity_reaches_the_bot_as_from_a_real_channel()
    {
        var conversation = await _host.StartAsync(new { user = new { id = "camille", name = "Camille" } });

        var id = await _host.PostAsync(conversation, new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["id"] = "chosen-by-the-client",
            ["from"] = new { id = "someone-else", name = "Camille D." },
            ["recipient"] = new { id = "not-the-bot" },
            ["conversation"] = new { id = "another-conversation" },
            ["serviceUrl"] = "http://attacker.example/",
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "fr-FR",
            ["localTimestamp"] = "2019-10-15T10:00:00+02:00",
            ["value"] = new { query = "Les parcours du Pop-Up" },
            ["attachments"] = new[] { new { contentType = "image/png", contentUrl = "https://example.org/a.png", name = "a.png" } },
            ["channelData"] = new { clientActivityID = "c-1" },
        });

        var activity = Assert.Single(_recorder.Activities, received => received.Type == ActivityTypes.Message);
        Assert.Equal(id, activity.Id);
        Assert.Equal("directline", activity.ChannelId);
        Assert.Equal(("camille", "Camille D.", "user"), (activity.From.Id, activity.From.Name, activity.From.Role));
        Assert.Equal(("eventbot", "EventBot", "bot"), (activity.Recipient.Id, activity.Recipient.Name, activity.Recipient.Role));
        Assert.Equal(conversation.Id, activity.Conversation.Id);
        // The host's own listening address (appsettings' Urls; the test server reports it too), where the reply was sent.
        Assert.Equal(ListeningAddress, activity.ServiceUrl);
        Assert.Null(activity.DeliveryMode);
        Assert.NotNull(activity.Timestamp);
        Assert.Equal(new DateTimeOffset(2019, 10, 15, 10, 0, 0, TimeSpan.FromHours(2)), activity.LocalTimestamp);
        Assert.Equal(TimeSpan.FromHours(2), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("Les parcours du Pop-Up", ((Newtonsoft.Json.Linq.JObject)activity.Value)["query"]!.ToString());
        Assert.Equal("https://example.org/a.png", Assert.Single(activity.Attachments).ContentUrl);
        Assert.Equal("fr-FR", activity.Locale);

        // The reply went through the embedded connector (ReplyToActivity) and is stored after the user's activity.
        var activities = (await _host.GetActivitiesAsync(conversation)).Activities;
        Assert.Equal(id, activities[0].GetProperty("id").GetString());
        Assert.Equal("c-1", activities[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("Reçu : ", DirectLineTestHost.RepliesTo(id, activities));
        Assert.Equal($"{conversation.Id}|0000002", activities[1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Starting_tells_the_bot_once_that_the_bot_and_the_user_joined()
    {
        var conversation = await _host.StartAsync();
        using var resumed = await _host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);

        var update = Assert.Single(_recorder.Activities);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal(["eventbot", update.From.Id], update.MembersAdded.Select(member => member.Id));
        Assert.StartsWith("dl_", update.From.Id);
        Assert.Equal(ListeningAddress, update.ServiceUrl);
    }

    [Fact]
    public async Task Without_a_proposed_user_every_activity_is_from_the_generated_one()
    {
        var conversation = await _host.StartAsync();

        await _host.PostAsync(conversation, DirectLineTestHost.Message("un"));
        await _host.PostAsync(conversation, DirectLineTestHost.Message("deux"));

        var users = _recorder.Activities.Select(activity => activity.From.Id).Distinct();
        Assert.StartsWith("dl_", Assert.Single(users));
    }
}
