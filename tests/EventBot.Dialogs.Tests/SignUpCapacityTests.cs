namespace EventBot.Dialogs.Tests;

/// <summary>Several people through the real dialogs: a full parcours, its waiting list, a promotion.</summary>
public class SignUpCapacityTests
{
    private static async Task<string> SignUpAsync(BotHarness bot, string userId, string name, string parcours)
    {
        var email = $"{userId}@exemple.fr";
        await bot.SendAsync(BotHarness.From(userId, $"inscris {name}, {email}, au parcours {parcours}"));
        await bot.SendAsync(BotHarness.From(userId, "Association du quartier"));
        await bot.SendAsync(BotHarness.From(userId, "citoyen"));
        await bot.SendAsync(BotHarness.From(userId, "oui"));
        return await bot.ReplyToAsync(userId, "oui");
    }

    [Fact]
    public async Task A_full_parcours_offers_the_waiting_list_and_a_cancellation_promotes_the_first_waiting()
    {
        var bot = new BotHarness(capacities: new() { ["attractivite"] = 1 });

        Assert.Contains("C'est confirmé", await SignUpAsync(bot, "alice", "Alice Martin", "Attractivité"));

        var full = await SignUpAsync(bot, "bruno", "Bruno Petit", "Attractivité");
        Assert.Contains("est complet", full);
        Assert.Contains("liste d'attente", await bot.ReplyToAsync("bruno", "liste d'attente"));

        Assert.Contains("Voulez-vous vraiment annuler", await bot.ReplyToAsync("alice", "annule mon inscription"));
        Assert.Contains("est annulée", await bot.ReplyToAsync("alice", "oui"));

        // Bruno is told at his next message, once.
        var next = await bot.ReplyToAsync("bruno", "bonjour");
        Assert.Contains("une place s'est libérée", next);
        Assert.Contains("Attractivité", next);
        Assert.DoesNotContain("une place s'est libérée", await bot.ReplyToAsync("bruno", "merci"));
        Assert.Contains("inscrit(e) au parcours Attractivité", await bot.ReplyToAsync("bruno", "quelle est mon inscription ?"));
    }

    [Fact]
    public async Task Places_left_are_told_for_the_parcours_asked_about_or_for_all_and_yes_signs_up()
    {
        var bot = new BotHarness(capacities: new() { ["emergence"] = 1, ["attractivite"] = 3 });

        Assert.Contains("Il reste une place dans le parcours Emergence", await bot.ReplyToAsync("carla", "il reste des places dans Emergence ?"));
        await SignUpAsync(bot, "alice", "Alice Martin", "Emergence");
        Assert.Contains("Le parcours Emergence est complet", await bot.ReplyToAsync("carla", "c'est complet pour emergence ?"));

        var all = await bot.ReplyToAsync("carla", "combien de places reste-t-il ?");
        Assert.Contains("Emergence (complet)", all);
        Assert.Contains("Attractivité (3 places)", all);

        Assert.Contains("Il reste 3 places dans le parcours Attractivité", await bot.ReplyToAsync("carla", "encore de la place en attractivité ?"));
        // "Oui" starts the sign-up for that parcours: its summary names it.
        Assert.Contains("prénom", await bot.ReplyToAsync("carla", "oui"));
        var replies = new List<string>();
        foreach (var message in new[] { "Carla Durand", "carla.durand@exemple.fr", "Association du quartier", "citoyen", "oui" })
        {
            replies.Add(await bot.ReplyToAsync("carla", message));
        }

        Assert.True(replies[^1].Contains("Attractivité"), string.Join(" | ", replies));
    }

    [Fact]
    public async Task A_full_parcours_lets_the_person_choose_another()
    {
        var bot = new BotHarness(capacities: new() { ["emergence"] = 1 });
        await SignUpAsync(bot, "alice", "Alice Martin", "Emergence");

        Assert.Contains("est complet", await SignUpAsync(bot, "bruno", "Bruno Petit", "Emergence"));
        Assert.Contains("À quel parcours", await bot.ReplyToAsync("bruno", "un autre parcours"));
        Assert.Contains("Récapitulatif", await bot.ReplyToAsync("bruno", "coopérations"));
        Assert.Contains("C'est confirmé", await bot.ReplyToAsync("bruno", "oui"));
    }

    [Fact]
    public async Task What_people_type_is_kept_as_written_and_shown_safely_in_cards()
    {
        var bot = new BotHarness();
        await bot.SendAsync(BotHarness.From("eve", "inscris-moi au parcours Emergence"));
        await bot.SendAsync(BotHarness.From("eve", "Ève Lefèvre"));
        await bot.SendAsync(BotHarness.From("eve", "eve@exemple.fr"));
        await bot.SendAsync(BotHarness.From("eve", "*Asso* [lien](http://x) =SOMME(A1)"));
        await bot.SendAsync(BotHarness.From("eve", "autre"));
        var summary = await bot.SendAsync(BotHarness.From("eve", "oui"));

        // The text keeps the organisation verbatim; the card escapes what would format it.
        Assert.Contains("*Asso* [lien](http://x) =SOMME(A1)", BotHarness.TextOf(summary));
        var card = Newtonsoft.Json.JsonConvert.SerializeObject(summary.SelectMany(r => r.Attachments ?? []).Single().Content);
        Assert.Contains("\\\\*Asso\\\\*", card);
        Assert.Contains("\\\\[lien\\\\]", card);
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task Sign_ups_happen_in_a_personal_chat_only(string conversationType)
    {
        var bot = new BotHarness();
        // TestAdapter stamps its own conversation on every activity: the type is set there.
        bot.Adapter.Conversation.Conversation.ConversationType = conversationType;

        var answer = await bot.ReplyToAsync("zoe", "je veux m'inscrire");

        Assert.Contains("conversation personnelle", answer);
        Assert.DoesNotContain("prénom", answer);
    }
}
