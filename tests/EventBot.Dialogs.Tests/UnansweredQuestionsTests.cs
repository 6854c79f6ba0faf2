using EventBot.Domain.Insight;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Dialogs.Tests;

/// <summary>What the bot could not answer is counted for the organisers, without personal data; answered questions are not.</summary>
public sealed class UnansweredQuestionsTests
{
    [Fact]
    public async Task Unknowable_questions_are_counted_and_answered_ones_are_not()
    {
        var bot = new BotHarness();

        await bot.AskAsync("Y a-t-il un parking ?");
        await bot.AskAsync("y a t il un parking");
        await bot.AskAsync("Y a-t-il un PARKING ?!");
        await bot.AskAsync("y a du wifi ?");
        await bot.AskAsync("quelle est la capitale du Pérou ?");
        await bot.AskAsync("y a-t-il un dress code pour la soirée de clôture ?");
        await bot.AskAsync("programme de mercredi");
        await bot.AskAsync("c koi le parcours emergence");
        await bot.AskAsync("où est l'accueil ?");

        var questions = bot.Services.GetRequiredService<IUnansweredQuestions>().MostAsked(10);

        Assert.Equal("Y a-t-il un PARKING ?!", questions[0].Text);
        Assert.Equal(3, questions[0].Count);
        Assert.Equal(UnansweredReason.Unknown, questions[0].Reason);
        Assert.True(questions[0].LastAskedAt >= questions[0].FirstAskedAt);
        Assert.Contains(questions, q => q.Text == "y a du wifi ?" && q.Count == 1);
        Assert.Contains(questions, q => q.Text == "quelle est la capitale du Pérou ?" && q.Reason == UnansweredReason.OutOfScope);
        Assert.Contains(questions, q => q.Text.Contains("dress code") && q.Reason == UnansweredReason.Partial);
        Assert.Equal(4, questions.Count);
        Assert.DoesNotContain(questions, q => q.Text.Contains("mercredi") || q.Text.Contains("emergence") || q.Text.Contains("accueil"));
    }

    [Fact]
    public async Task E_mails_phone_numbers_and_long_numbers_are_never_stored()
    {
        var bot = new BotHarness();

        await bot.AskAsync("quel est le code wifi ? écrivez à Jean.Dupont+popup@exemple.fr ou au 06 12 34 56 78, dossier 12345");

        var question = Assert.Single(bot.Services.GetRequiredService<IUnansweredQuestions>().MostAsked(10));
        Assert.Equal("quel est le code wifi ? écrivez à [e-mail] ou au [téléphone], dossier [numéro]", question.Text);
        var file = bot.Services.GetRequiredService<Storage.EventBotDatabase>();
        file.Database.Checkpoint();
        var raw = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(file.FilePath));
        Assert.Contains("dossier", raw);
        Assert.DoesNotContain("exemple.fr", raw);
        Assert.DoesNotContain("56 78", raw);
        Assert.DoesNotContain("12345", raw);
    }

    [Theory]
    [InlineData("mon mail: a.b@c.org", "mon mail: [e-mail]")]
    [InlineData("appelez le +33 6 12 34 56 78", "appelez le [téléphone]")]
    [InlineData("tel 06.12.34.56.78 svp", "tel [téléphone] svp")]
    [InlineData("code postal 59000", "code postal [numéro]")]
    [InlineData("le 16 octobre 2019 à 14h", "le 16 octobre 2019 à 14h")]
    public void The_redactor_masks_contacts_and_numbers_but_keeps_dates(string question, string kept)
    {
        Assert.Equal(kept, QuestionRedactor.Redact(question));
    }

    [Fact]
    public void A_long_question_is_cut_and_questions_differing_in_accents_case_or_punctuation_share_a_key()
    {
        Assert.Equal(QuestionRedactor.MaxLength, QuestionRedactor.Redact(new string('a', 450)).Length);
        Assert.Equal(QuestionRedactor.Key("Où est le vestiaire ?"), QuestionRedactor.Key("ou est   le VESTIAIRE"));
    }
}
