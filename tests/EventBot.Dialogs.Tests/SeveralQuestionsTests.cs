using EventBot.Language.Readings;

namespace EventBot.Dialogs.Tests;

/// <summary>A message that asks several questions gets an answer to each, a few at most, and the conversation goes on.</summary>
public class SeveralQuestionsTests
{
    [Fact]
    public async Task Each_question_of_a_message_gets_its_answer()
    {
        var bot = new BotHarness();
        var answer = BotHarness.TextOf(await bot.AskAsync("Qui représente Néo Eco ? et Victor Quemeneur, il vient d'où ?"));

        Assert.Contains("DEBOFFE", answer);
        Assert.Contains("SIA Habitat", answer);
    }

    [Fact]
    public async Task A_flood_of_questions_in_one_message_gets_a_few_replies_and_the_bot_goes_on()
    {
        var bot = new BotHarness();
        var replies = await bot.AskAsync(string.Concat(Enumerable.Repeat("qui est Benoit Frys ? ", 20)));

        Assert.InRange(replies.Count, 1, QuestionParts.MaxQuestions);
        Assert.All(replies, r => Assert.Contains("FRYS", r.Text));
        Assert.Contains("Attractivité", BotHarness.TextOf(await bot.AskAsync("c koi le parcours attractivite")));
    }
}
