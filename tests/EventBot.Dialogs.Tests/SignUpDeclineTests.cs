namespace EventBot.Dialogs.Tests;

/// <summary>"Je préfère ne pas m'inscrire": no sign-up starts, and one under way stops without keeping anything.</summary>
public class SignUpDeclineTests
{
    [Fact]
    public async Task Declining_starts_no_sign_up()
    {
        var bot = new BotHarness();

        var reply = await bot.ReplyToAsync("dora", "je préfère pas m'inscrire");

        Assert.Contains("pas d'inscription", reply);
        Assert.DoesNotContain("À quel parcours", reply);
    }

    [Fact]
    public async Task Declining_in_the_middle_of_a_sign_up_stops_it_and_keeps_nothing()
    {
        var bot = new BotHarness();
        Assert.Contains("organisation", await bot.ReplyToAsync("dora", "inscris Dora Lefebvre, dora@exemple.fr, au parcours Emergence"));

        Assert.Contains("pas d'inscription", await bot.ReplyToAsync("dora", "finalement je ne veux pas m'inscrire"));

        // The next message is a question of its own, not the organisation the sign-up was waiting for.
        Assert.DoesNotContain("Récapitulatif", await bot.ReplyToAsync("dora", "Mairie de Roubaix"));
        Assert.Contains("Je ne trouve pas d'inscription", await bot.ReplyToAsync("dora", "quelle est mon inscription ?"));
    }
}
