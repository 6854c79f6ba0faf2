using System.Net;
using System.Text.Json;
using EventBot.Bots;
using EventBot.Host.Tests.Support;

namespace EventBot.Host.Tests.Teams;

/// <summary>
/// The real bot over HTTP with the activities Microsoft Teams sends: @mentions in channels and group chats,
/// personal chats, installation in a team, Adaptive Card submits.
/// </summary>
public sealed class TeamsActivityTests : IDisposable
{
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string BotName = "EventBot";
    private static readonly string BotId = $"28:{Guid.NewGuid()}";
    private static readonly object Tenant = new { id = TenantId };

    private readonly EventBotFactory _factory = new();
    private readonly string _teamId = $"19:{Guid.NewGuid():N}@thread.tacv2";

    public TeamsActivityTests() =>
        // Wednesday morning of the Pop-Up: "aujourd'hui" and the like do not depend on the machine's clock.
        _factory.Settings["EventBot:Clock:Now"] = "2019-10-16T09:00:00+02:00";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_channel_message_that_mentions_the_bot_is_answered_without_the_mention()
    {
        var replies = await PostAsync(Mentioning(
            "<at>EventBot</at> programme de mercredi",
            Channel(_teamId, $"{_teamId};messageid=1571212345678"),
            new { tenant = Tenant, team = new { id = _teamId, name = "Organisation MEL toi" }, channel = new { id = _teamId } }));

        var text = Texts(replies);
        Assert.Contains("mercredi 16 octobre 2019", text);
        Assert.DoesNotContain("<at>", text);
        Assert.DoesNotContain(BotName + " programme", text);
        AssertPlain(replies);
    }

    [Fact]
    public async Task A_group_chat_message_that_mentions_the_bot_after_the_question_is_answered()
    {
        var conversation = new
        {
            id = $"19:{Guid.NewGuid():N}@thread.v2",
            conversationType = "groupChat",
            isGroup = true,
            tenantId = TenantId,
        };

        // Teams writes the space before a mention as an HTML space.
        var replies = await PostAsync(Mentioning("où est l'accueil ?&nbsp;<at>EventBot</at>", conversation, new { tenant = Tenant }));

        var text = Texts(replies);
        Assert.Contains("La Chaufferie", text);
        Assert.DoesNotContain("<at>", text);
        AssertPlain(replies);
    }

    [Fact]
    public async Task Another_persons_mention_keeps_their_name_without_the_tags()
    {
        var activity = Message(
            "<at>EventBot</at> <at>Camille Martin</at> voudrait les parcours du Pop-Up",
            Channel(_teamId, _teamId),
            new { tenant = Tenant, team = new { id = _teamId }, channel = new { id = _teamId } });
        activity["entities"] = new object[]
        {
            new { type = "mention", mentioned = new { id = BotId, name = BotName }, text = "<at>EventBot</at>" },
            new { type = "mention", mentioned = new { id = "29:camille", name = "Camille Martin" }, text = "<at>Camille Martin</at>" },
        };

        var text = Texts(await PostAsync(activity));

        Assert.Contains("Emergence", text);
        Assert.DoesNotContain("<at>", text);
    }

    [Fact]
    public async Task A_personal_chat_message_without_mention_is_answered()
    {
        var replies = await PostAsync(Message("les parcours", Personal(), new { tenant = Tenant }));

        var text = Texts(replies);
        Assert.All(["Industrie de demain", "Emergence", "Lieu totem"], parcours => Assert.Contains(parcours, text));
        AssertPlain(replies);
    }

    [Fact]
    public async Task An_adaptive_card_submit_without_text_is_answered_from_its_query()
    {
        var activity = Message(text: null, Personal(), new { tenant = Tenant });
        activity["value"] = new
        {
            query = "Les parcours du Pop-Up",
            msteams = new { type = "imBack", value = "Les parcours du Pop-Up" },
        };

        var replies = await PostAsync(activity);

        var text = Texts(replies);
        Assert.All(["Industrie de demain", "Innovation et économie", "Coopérations"], parcours => Assert.Contains(parcours, text));
        AssertPlain(replies);
    }

    [Fact]
    public async Task The_bot_added_to_a_team_says_one_welcome_in_the_channel_with_how_to_mention_it()
    {
        var replies = await PostAsync(MembersAdded(
            Channel(_teamId, _teamId),
            new { eventType = "teamMemberAdded", tenant = Tenant, team = new { id = _teamId, name = "Organisation MEL toi" } },
            BotId));

        var welcome = Assert.Single(replies);
        var text = welcome.GetProperty("text").GetString()!;
        Assert.Contains("Bonjour, je suis EventBot", text);
        Assert.Contains("@EventBot programme de mercredi", text);
        Assert.Equal(_teamId, welcome.GetProperty("conversation").GetProperty("id").GetString());
        AssertPlain(replies);
    }

    [Fact]
    public async Task The_bot_added_to_a_group_chat_says_one_welcome()
    {
        var conversation = new { id = $"19:{Guid.NewGuid():N}@thread.v2", conversationType = "groupChat", isGroup = true, tenantId = TenantId };

        var replies = await PostAsync(MembersAdded(conversation, new { tenant = Tenant }, BotId));

        Assert.Contains("@EventBot", Assert.Single(replies).GetProperty("text").GetString());
    }

    [Fact]
    public async Task People_joining_a_team_that_has_the_bot_are_not_greeted_in_the_channel()
    {
        var replies = await PostAsync(MembersAdded(
            Channel(_teamId, _teamId),
            new { eventType = "teamMemberAdded", tenant = Tenant, team = new { id = _teamId } },
            "29:new-member-1", "29:new-member-2"));

        Assert.Empty(replies);
    }

    [Theory]
    [InlineData("29:the-user")]
    [InlineData("bot")]
    public async Task The_app_installed_for_a_person_greets_them_once_without_the_channel_hint(string added)
    {
        var replies = await PostAsync(MembersAdded(Personal(), new { tenant = Tenant }, added == "bot" ? BotId : added));

        var text = Assert.Single(replies).GetProperty("text").GetString()!;
        Assert.Contains("Bonjour, je suis EventBot", text);
        Assert.DoesNotContain("@EventBot", text);
    }

    [Fact]
    public void The_channel_hint_names_the_bot_as_teams_shows_it() =>
        Assert.Contains("@EventBot programme de mercredi", string.Format(EventBotActivityHandler.MentionHint, BotName));

    private static object Channel(string teamId, string conversationId) => new
    {
        id = conversationId,
        conversationType = "channel",
        isGroup = true,
        tenantId = TenantId,
        name = teamId == conversationId ? "Général" : null,
    };

    private static object Personal() => new
    {
        id = $"a:1{Guid.NewGuid():N}",
        conversationType = "personal",
        tenantId = TenantId,
    };

    private static Dictionary<string, object?> Message(string? text, object conversation, object channelData) => new()
    {
        ["type"] = "message",
        ["id"] = $"{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}{Random.Shared.Next(1000)}",
        ["channelId"] = "msteams",
        ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
        ["deliveryMode"] = "expectReplies",
        ["locale"] = "fr-FR",
        ["textFormat"] = "plain",
        ["from"] = new { id = "29:camille", aadObjectId = Guid.NewGuid(), name = "Camille Martin" },
        ["recipient"] = new { id = BotId, name = BotName },
        ["conversation"] = conversation,
        ["channelData"] = channelData,
        ["text"] = text,
    };

    private static Dictionary<string, object?> Mentioning(string text, object conversation, object channelData)
    {
        var activity = Message(text, conversation, channelData);
        activity["entities"] = new object[]
        {
            new { type = "mention", mentioned = new { id = BotId, name = BotName }, text = "<at>EventBot</at>" },
            new { type = "clientInfo", locale = "fr-FR", country = "FR", platform = "Web", timezone = "Europe/Paris" },
        };
        return activity;
    }

    private static Dictionary<string, object?> MembersAdded(object conversation, object channelData, params string[] memberIds)
    {
        var activity = Message(text: null, conversation, channelData);
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = memberIds.Select(id => new { id }).ToArray();
        return activity;
    }

    /// <summary>The message activities the bot returns for an expectReplies request.</summary>
    private async Task<List<JsonElement>> PostAsync(Dictionary<string, object?> activity)
    {
        var response = await _factory.CreateClient().PostAsync("/api/messages", Activities.AsContent(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("activities").EnumerateArray()
            .Where(reply => reply.GetProperty("type").GetString() == "message")
            .Select(reply => reply.Clone())
            .ToList();
    }

    private static string Texts(List<JsonElement> replies) =>
        string.Join("\n", replies.Select(reply => reply.GetProperty("text").GetString()));

    /// <summary>Teams would render Markdown: the bot's texts are plain, and say so.</summary>
    private static void AssertPlain(List<JsonElement> replies)
    {
        Assert.NotEmpty(replies);
        Assert.All(replies, reply =>
        {
            Assert.Equal("plain", reply.GetProperty("textFormat").GetString());
            Assert.DoesNotContain("**", reply.GetProperty("text").GetString());
        });
    }
}
