using Newtonsoft.Json.Linq;

namespace EventBot.Dialogs.Tests.Replies;

/// <summary>Every card the bot sends renders in Teams and Web Chat, and has a complete text beside it.</summary>
public class CardTests
{
    public static TheoryData<string> Questions() =>
    [
        "programme de la semaine", "programme de mercredi", "les parcours", "parcours emergence",
        "la visite du plateau fertile", "qui intervient dans le parcours coopérations", "la bibliographie",
        "les fiches expérience", "c'est quoi le world forum", "le paqte", "qui organise", "où est la plaine images",
    ];

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Cards_are_adaptive_1_5_with_text_beside_them(string question)
    {
        var bot = new BotHarness();
        var replies = await bot.AskAsync(question);
        var attachments = replies.SelectMany(r => r.Attachments ?? []).ToList();
        Assert.NotEmpty(attachments);
        foreach (var reply in replies.Where(r => r.Attachments?.Count > 0))
        {
            Assert.False(string.IsNullOrWhiteSpace(reply.Text));
            Assert.Equal("fr-FR", reply.Locale);
        }

        foreach (var attachment in attachments)
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
            var card = JObject.FromObject(attachment.Content);
            Assert.Equal("AdaptiveCard", (string?)card["type"]);
            Assert.True(Version.Parse((string)card["version"]!) <= new Version(1, 5));
            Assert.DoesNotContain("${", card.ToString());
            // Optional parts left empty are gone, not sent empty.
            Assert.DoesNotContain(card.Descendants().OfType<JValue>(), value => value.Value is null or "");
            Assert.All(card.SelectTokens("$..[?(@.type == 'TextBlock')]"), block => Assert.NotNull(block["text"]));
            Assert.All(card.SelectTokens("$..[?(@.type == 'FactSet')]"), facts => Assert.NotEmpty(facts["facts"]!));
            Assert.All(card.SelectTokens("$..[?(@.type == 'Container')]"), container => Assert.NotEmpty(container["items"]!));
            Assert.All(card.SelectTokens("$..[?(@.type == 'Action.Submit')]"), action =>
            {
                Assert.Equal(JTokenType.Object, action["data"]!.Type);
                Assert.Equal("imBack", (string?)action["data"]!["msteams"]!["type"]);
            });
        }
    }

    [Fact]
    public async Task A_card_button_asks_its_question()
    {
        var bot = new BotHarness();
        var replies = await bot.AskAsync("parcours emergence");
        var card = JObject.FromObject(replies.SelectMany(r => r.Attachments!).First().Content);
        var submit = card.SelectTokens("$..[?(@.type == 'Action.Submit')]").First(a => ((string?)a["title"])!.Contains("intervient"));

        // Web Chat sends the submit data as the activity's value, with no text.
        var click = new Microsoft.Bot.Schema.Activity { Type = "message", Value = submit["data"]!.DeepClone(), LocalTimestamp = BotHarness.PopUpMorning };
        var answer = BotHarness.TextOf(await bot.SendAsync(click));
        Assert.Contains("Ahmed BOUZOUAÏD", answer);
    }

    [Fact]
    public void Card_text_escapes_markdown_and_drops_control_characters() =>
        Assert.Equal("\\*gras\\* \\[lien\\](x) \\<b\\>", EventBot.Dialogs.Replies.CardText.Safe("*gras* [lien](x) <b>\u0007"));
}
