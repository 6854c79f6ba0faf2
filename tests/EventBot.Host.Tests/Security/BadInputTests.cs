using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventBot.Adapters;
using EventBot.Dialogs;
using EventBot.Host.Tests.DirectLine;
using EventBot.Host.Tests.Support;

namespace EventBot.Host.Tests.Security;

/// <summary>
/// Careless or hostile input on <c>/api/messages</c> and the embedded Direct Line (BotControllerTests and
/// DirectLineErrorTests hold the basic malformed bodies): what is malformed is a 4xx, what is merely odd gets a
/// French answer, nothing is a 5xx, and nothing the person typed comes back in a form a client would run or render.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly EventBotFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>Texts a person (or a script) may send; each must get an answer, and none may crash the turn.</summary>
    public static TheoryData<string, string> OddTexts => new()
    {
        { "20,000 characters", string.Concat(Enumerable.Repeat("parcours emergence ", 1100))[..20_000] },
        { "emoji only", "🎉🎉👍🏽👨‍👩‍👧" },
        { "NUL characters", "programme\0 de\0 mercredi\0" },
        { "terminal escapes and bells", "\u001b[31mprogramme\u0007 de mercredi\u001b[0m" },
        { "right-to-left override", "\u202Eidercrem ed emmargorp" },
        { "zero-width characters only", "\u200B\u200C\u200D\uFEFF" },
        { "lone surrogate", "programme \uD800 de mercredi" },
        { "whitespace only", " \t\r\n \u00A0 " },
        { "thousands of lines", string.Concat(Enumerable.Repeat("a\n", 5000)) },
        { "script tag", "<script>alert('x')</script>" },
        { "markdown link", "[cliquez ici](javascript:alert(1))" },
        { "adaptive card JSON", """{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.OpenUrl","title":"Gagner","url":"javascript:alert(1)"}]}""" },
        { "template expression", "${title} ${$root.body} {{user.name}}" },
    };

    /// <summary>Fragments that must never come back from the bot: markup a client could render, or raw control characters.</summary>
    private static readonly string[] Unsafe = ["<script", "javascript:", "Action.OpenUrl", "\0", "\u001b", "\u0007", "\u202E"];

    [Theory]
    [MemberData(nameof(OddTexts))]
    public async Task An_odd_message_gets_a_french_answer_and_nothing_unsafe_back(string name, string text)
    {
        Assert.NotEmpty(name);

        var response = await _factory.CreateClient().PostAsync(
            "/api/messages", Activities.AsContent(Activities.Message(text, $"odd-{Guid.NewGuid():N}")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await Activities.ReplyTextsAsync(response);
        Assert.NotEmpty(replies);
        Assert.All(replies, reply => Assert.False(string.IsNullOrWhiteSpace(reply)));
        Assert.DoesNotContain(EventBotAdapter.Apology, replies);
        if (text.Length > EventBotConversation.MaxReadLength)
        {
            Assert.Contains(replies, reply => reply.StartsWith("Votre message est très long", StringComparison.Ordinal));
        }

        AssertNothingUnsafe(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(OddTexts))]
    public async Task An_odd_message_through_the_direct_line_gets_a_french_answer_too(string name, string text)
    {
        Assert.NotEmpty(name);
        using var host = new DirectLineTestHost();
        var conversation = await host.StartAsync();

        var id = await host.PostAsync(conversation, DirectLineTestHost.Message(text));

        var activities = (await host.GetActivitiesAsync(conversation)).Activities;
        var answer = DirectLineTestHost.RepliesTo(id, activities);
        Assert.False(string.IsNullOrWhiteSpace(answer));
        Assert.DoesNotContain(EventBotAdapter.Apology, answer);
        AssertNothingUnsafe($"[{string.Join(",", activities.Where(IsFromBot).Select(activity => activity.GetRawText()))}]");
    }

    /// <summary>Activity types a channel may send that the bot has nothing to say to: accepted, never a 5xx.</summary>
    [Theory]
    [InlineData("foo")]
    [InlineData("messageReaction")]
    [InlineData("event")]
    [InlineData("typing")]
    [InlineData("endOfConversation")]
    [InlineData("installationUpdate")]
    [InlineData("deleteUserData")]
    [InlineData("messageUpdate")]
    [InlineData("invoke")]
    public async Task An_activity_type_the_bot_does_not_use_is_accepted_without_error(string type)
    {
        var activity = new Dictionary<string, object?>
        {
            ["type"] = type,
            ["name"] = "quelque.chose",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "test",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["deliveryMode"] = "expectReplies",
            ["conversation"] = new { id = "types" },
            ["from"] = new { id = Activities.UserId },
            ["recipient"] = new { id = Activities.BotId },
        };

        var response = await _factory.CreateClient().PostAsync("/api/messages", Activities.AsContent(activity));

        Assert.True((int)response.StatusCode < 500, $"{type}: {(int)response.StatusCode}");
        Assert.DoesNotContain(_factory.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal));
    }

    /// <summary>Bodies that are not an activity the bot can take: 4xx, never 5xx, and never an error logged.</summary>
    public static TheoryData<string, string> MalformedBodies => new()
    {
        { "type null", """{"type":null,"text":"x"}""" },
        { "type an object", """{"type":{"a":1},"text":"x"}""" },
        { "deeply nested", "{\"type\":\"message\",\"value\":" + new string('[', 5000) + new string(']', 5000) + "}" },
        { "no conversation", """{"type":"message","deliveryMode":"expectReplies","channelId":"test","serviceUrl":"http://127.0.0.1:9/","from":{"id":"u"},"recipient":{"id":"b"},"text":"bonjour"}""" },
        { "no from", """{"type":"message","deliveryMode":"expectReplies","channelId":"test","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"},"recipient":{"id":"b"},"text":"bonjour"}""" },
        { "no serviceUrl", """{"type":"message","channelId":"test","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"},"text":"bonjour"}""" },
        { "serviceUrl not a URL", """{"type":"message","channelId":"test","serviceUrl":"pas une adresse","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"},"text":"bonjour"}""" },
        { "no channelId", """{"type":"message","deliveryMode":"expectReplies","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"},"text":"bonjour"}""" },
        { "text an object", """{"type":"message","deliveryMode":"expectReplies","channelId":"test","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"},"text":{"a":1}}""" },
        { "attachments not a list", """{"type":"message","deliveryMode":"expectReplies","channelId":"test","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"},"attachments":"x"}""" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task A_body_the_bot_cannot_take_is_a_4xx_or_an_answer_never_a_5xx(string name, string body)
    {
        var response = await _factory.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True((int)response.StatusCode < 500, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.DoesNotContain(_factory.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invalid_utf8_is_a_400()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"type":"message","text":"X"}""");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        var response = await _factory.CreateClient().PostAsync("/api/messages", content);

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}");
    }

    private static bool IsFromBot(JsonElement activity) =>
        activity.TryGetProperty("from", out var from) && from.TryGetProperty("role", out var role) && role.GetString() == "bot";

    /// <summary>Checks the JSON the bot sent, decoded: its texts, its cards' texts and URLs.</summary>
    private static void AssertNothingUnsafe(string json)
    {
        var decoded = string.Join("\n", Strings(JsonNode.Parse(json)));
        foreach (var fragment in Unsafe)
        {
            Assert.False(decoded.Contains(fragment, StringComparison.OrdinalIgnoreCase), $"The bot sent back {JsonSerializer.Serialize(fragment)}:\n{decoded}");
        }
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(property => Strings(property.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
