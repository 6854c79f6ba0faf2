using EventBot.Storage;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace EventBot.Dialogs.Tests.Framework;

/// <summary>The dialog stack lives in ConversationState: a pending question survives a restart.</summary>
public class DialogStateTests
{
    [Fact]
    public async Task A_pending_choice_resumes_after_a_restart()
    {
        var storage = new MemoryStorage();
        var before = new BotHarness(storage);
        var asked = BotHarness.TextOf(await before.AskAsync("quel parcours choisir ?"));
        Assert.Contains("1. Industrie de demain", asked);

        // A new bot over the same storage, as after a process restart.
        var after = new BotHarness(storage);
        var answered = BotHarness.TextOf(await after.AskAsync("4"));
        Assert.Contains("Parcours Coopérations", answered);
    }

    [Fact]
    public async Task A_pending_choice_asked_again_after_a_restart_shows_its_card_again()
    {
        // The host's storage, so that the card goes through the state's serialisation as it does in production.
        var folder = Path.Combine(Path.GetTempPath(), "eventbot-dialog-tests", Guid.NewGuid().ToString("N"));
        using var database = new EventBotDatabase($"Filename={Path.Combine(folder, "eventbot.db")};Connection=direct", folder);
        var storage = new LiteDbStorage(database);
        var asked = await new BotHarness(storage).AskAsync("quels sont les parcours ?");
        var card = (JObject)asked.SelectMany(r => r.Attachments!).Single().Content;

        var again = await new BotHarness(storage).AskAsync("aide");
        var cardAgain = (JObject)again.SelectMany(r => r.Attachments ?? []).Single().Content;

        Assert.True(JToken.DeepEquals(card, cardAgain), $"{card}\n---\n{cardAgain}");
    }

    [Fact]
    public async Task Nonsense_to_a_choice_is_asked_again_then_dropped()
    {
        var bot = new BotHarness();
        await bot.AskAsync("quel parcours choisir ?");
        Assert.Contains("Je n'ai pas reconnu votre choix", BotHarness.TextOf(await bot.AskAsync("zzz")));
        Assert.Contains("Je n'ai pas reconnu votre choix", BotHarness.TextOf(await bot.AskAsync("blablabla")));
        Assert.Contains("je laisse cette question de côté", BotHarness.TextOf(await bot.AskAsync("pfff")));
        // The question is gone: a number is no longer read as a choice.
        Assert.DoesNotContain("Parcours Attractivité", BotHarness.TextOf(await bot.AskAsync("3")));
    }

    [Fact]
    public async Task A_new_question_while_a_choice_is_pending_is_answered()
    {
        var bot = new BotHarness();
        await bot.AskAsync("quel parcours choisir ?");
        var answer = BotHarness.TextOf(await bot.AskAsync("où est l'accueil ?"));
        Assert.Contains("La Chaufferie", answer);
        Assert.DoesNotContain("1. Industrie de demain", answer);
    }

    [Fact]
    public async Task An_empty_message_gets_a_french_answer()
    {
        var bot = new BotHarness();
        var replies = await bot.SendAsync(new Microsoft.Bot.Schema.Activity { Type = "message", Text = "" });
        Assert.Contains("message vide", BotHarness.TextOf(replies));
    }

    [Fact]
    public async Task A_very_long_message_is_read_up_to_a_limit()
    {
        var bot = new BotHarness();
        var text = "programme de jeudi " + new string('a', 20_000);
        var answer = BotHarness.TextOf(await bot.AskAsync(text));
        Assert.Contains("je n'en ai lu que le début", answer);
        Assert.Contains("jeudi 17 octobre 2019", answer);
    }

    [Fact]
    public async Task Deleting_one_s_data_also_deletes_the_conversation_state()
    {
        var storage = new MemoryStorage();
        var bot = new BotHarness(storage);
        await bot.AskAsync("programme de jeudi");
        var key = $"{bot.Adapter.Conversation.ChannelId}/conversations/{bot.Adapter.Conversation.Conversation.Id}";
        Assert.NotEmpty(await storage.ReadAsync([key], CancellationToken.None));

        await bot.AskAsync("supprimez mes données");
        await bot.AskAsync("oui");

        Assert.Empty(await storage.ReadAsync([key], CancellationToken.None));
    }
}
