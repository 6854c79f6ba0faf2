using System.Net;
using System.Text;
using System.Text.Json;
using EventBot.Adapters;
using EventBot.Controllers;
using EventBot.Dialogs;
using EventBot.Host.Tests.Support;
using EventBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Host.Tests.Controllers;

/// <summary><c>POST /api/messages</c> through the real pipeline: adapter, handler, state in LiteDB.</summary>
public sealed class BotControllerTests : IDisposable
{
    private readonly string _conversationId = $"conversation-{Guid.NewGuid():N}";
    private readonly List<EventBotFactory> _factories = [];

    public void Dispose() => _factories.ForEach(factory => factory.Dispose());

    private HttpClient Client<TConversation>()
        where TConversation : class, IConversation =>
        Client(new EventBotFactory { ReplaceServices = services => services.AddTransient<IConversation, TConversation>() });

    private HttpClient Client(EventBotFactory? factory = null)
    {
        factory ??= new EventBotFactory();
        _factories.Add(factory);
        return factory.CreateClient();
    }

    [Fact]
    public async Task A_message_with_expect_replies_gets_the_conversation_s_reply_in_the_response()
    {
        var response = await Client().PostAsync("/api/messages", Activities.AsContent(Activities.Message("Bonjour", _conversationId)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(body.RootElement.GetProperty("activities").EnumerateArray());
        Assert.Equal("message", reply.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(reply.GetProperty("text").GetString()));
        Assert.Equal(Activities.UserId, reply.GetProperty("recipient").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Conversation_state_is_saved_between_turns()
    {
        var client = Client<ScriptedConversation>();

        await client.PostAsync("/api/messages", Activities.AsContent(Activities.Message("un", _conversationId)));
        var second = await client.PostAsync("/api/messages", Activities.AsContent(Activities.Message("deux", _conversationId)));

        Assert.Equal(["Message n°2 : deux"], await Activities.ReplyTextsAsync(second));
    }

    [Fact]
    public async Task The_database_counts_each_turn_while_it_runs_and_no_longer_once_answered()
    {
        var factory = new EventBotFactory { ReplaceServices = services => services.AddTransient<IConversation, TurnCountingConversation>() };
        var client = Client(factory);

        var response = await client.PostAsync("/api/messages", Activities.AsContent(Activities.Message("bonjour", _conversationId)));

        Assert.Equal(["Tours en cours : 1"], await Activities.ReplyTextsAsync(response));
        Assert.Equal(0, factory.Services.GetRequiredService<EventBotDatabase>().TurnsInFlight.Count);
    }

    public static TheoryData<string[], string[]> MembersAddedCases => new()
    {
        { [Activities.UserId, Activities.BotId], [ScriptedConversation.Welcome] },
        { [Activities.UserId], [ScriptedConversation.Welcome] },
        { [Activities.BotId], [] },
    };

    [Theory]
    [MemberData(nameof(MembersAddedCases))]
    public async Task People_joining_are_welcomed_once_and_the_bot_joining_alone_is_not(string[] memberIds, string[] expectedReplies)
    {
        var response = await Client<ScriptedConversation>().PostAsync(
            "/api/messages", Activities.AsContent(Activities.MembersAdded(_conversationId, memberIds)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedReplies, await Activities.ReplyTextsAsync(response));
    }

    [Theory]
    [InlineData("", "JSON valide")]
    [InlineData("{\"type\": \"message\"", "JSON valide")]
    [InlineData("bonjour", "JSON valide")]
    [InlineData("{\"type\": \"message\"} {\"type\": \"message\"}", "JSON valide")]
    [InlineData("[{\"type\": \"message\"}]", "objet JSON")]
    [InlineData("\"message\"", "objet JSON")]
    [InlineData("{\"text\": \"Bonjour\"}", "« type »")]
    [InlineData("{\"type\": \"\"}", "« type »")]
    [InlineData("{\"type\": 3}", "« type »")]
    [InlineData("{\"type\": \"message\", \"timestamp\": \"mercredi\"}", "forme attendue")]
    [InlineData("{\"type\": \"message\", \"from\": \"Camille\"}", "forme attendue")]
    public async Task A_malformed_activity_is_a_400_that_says_why_in_french(string body, string explanation)
    {
        var response = await Client().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Activité invalide", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains(explanation, problem.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_activity_over_the_size_limit_is_a_413(bool withContentLength)
    {
        var json = JsonSerializer.Serialize(Activities.Message(new string('a', BotController.MaxActivityBytes), _conversationId));
        HttpContent content = withContentLength
            ? new StringContent(json, Encoding.UTF8, "application/json")
            : new ChunkedContent(Encoding.UTF8.GetBytes(json));

        var response = await Client().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("256 Ko", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_failing_turn_answers_the_french_apology_and_nothing_of_the_error()
    {
        var response = await Client<ThrowingConversation>().PostAsync(
            "/api/messages", Activities.AsContent(Activities.Message("Je veux m'inscrire", _conversationId)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([EventBotAdapter.Apology], await Activities.ReplyTextsAsync(response));
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(ThrowingConversation.Secret, body);
        Assert.DoesNotContain("Exception", body);
    }

    [Fact]
    public async Task With_normal_delivery_the_reply_is_posted_to_the_channel_s_connector()
    {
        await using var connector = await FakeConnector.StartAsync();
        var message = Activities.Message("Bonjour", _conversationId, connector.ServiceUrl, deliveryMode: null);
        var activityId = JsonSerializer.SerializeToElement(message).GetProperty("id").GetString();

        var response = await Client<ScriptedConversation>().PostAsync("/api/messages", Activities.AsContent(message));

        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");
        var (path, reply) = await connector.NextAsync();
        Assert.Equal($"/v3/conversations/{_conversationId}/activities/{activityId}", path);
        Assert.Equal("Message n°1 : Bonjour", reply.GetProperty("text").GetString());
        Assert.Equal(activityId, reply.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task A_turn_whose_replies_cannot_be_delivered_does_not_fail_the_request()
    {
        // Port 9 on the loopback refuses connections: the reply fails, then the apology fails too.
        var message = Activities.Message("Bonjour", _conversationId, "http://127.0.0.1:9/", deliveryMode: null);

        var response = await Client<ScriptedConversation>().PostAsync("/api/messages", Activities.AsContent(message));

        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");
    }

    [Fact]
    public async Task With_an_app_id_configured_an_anonymous_request_is_refused()
    {
        var factory = new EventBotFactory();
        factory.Settings["MicrosoftAppId"] = Guid.NewGuid().ToString();
        factory.Settings["MicrosoftAppPassword"] = "secret";

        var response = await Client(factory).PostAsync("/api/messages", Activities.AsContent(Activities.Message("Bonjour", _conversationId)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>A body sent without Content-Length (chunked), as a client streaming its request would.</summary>
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
