using EventBot.Domain.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Dialogs.Tests;

/// <summary>What the reminder and organiser dialogs store and send, beyond what the transcripts read.</summary>
public class OrganiserAndReminderDialogTests
{
    private static readonly DateTimeOffset Monday = new(2019, 10, 14, 10, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public async Task An_announcement_is_sent_once_with_the_organisers_text_after_a_yes_only()
    {
        var bot = new BotHarness();
        await SignUpAsync(bot, "marie", "Marie Dupont, marie.dupont@exemple.fr", "Emergence");
        var sent = bot.Services.GetRequiredService<RecordingAnnouncements>().Sent;

        await bot.AskAsync("annonce aux inscrits Emergence : la salle a changé, rendez-vous en salle 2", Monday, BotHarness.Organiser);
        Assert.Empty(sent);
        await bot.AskAsync("non", Monday, BotHarness.Organiser);
        Assert.Empty(sent);

        await bot.AskAsync("annonce aux inscrits Emergence : la salle a changé, rendez-vous en salle 2", Monday, BotHarness.Organiser);
        await bot.AskAsync("annuler", Monday, BotHarness.Organiser);
        Assert.Empty(sent);

        await bot.AskAsync("annonce aux inscrits Emergence : la salle a changé, rendez-vous en salle 2", Monday, BotHarness.Organiser);
        await bot.AskAsync("oui", Monday, BotHarness.Organiser);
        Assert.Equal([("la salle a changé, rendez-vous en salle 2", (string?)"emergence", 1)], sent);

        await bot.AskAsync("oui", Monday, BotHarness.Organiser);
        Assert.Single(sent);
    }

    [Fact]
    public async Task A_participant_cannot_announce_nor_count()
    {
        var bot = new BotHarness();
        await SignUpAsync(bot, "marie", "Marie Dupont, marie.dupont@exemple.fr", "Emergence");

        var refused = BotHarness.TextOf(await bot.AskAsync("annonce à tous : fausse alerte", Monday, "marie"));
        var yes = await bot.AskAsync("oui", Monday, "marie");
        var counts = BotHarness.TextOf(await bot.AskAsync("combien d'inscrits ?", Monday, "marie"));

        Assert.Contains("réservée aux organisateurs", refused);
        Assert.DoesNotContain("Envoyer", BotHarness.TextOf(yes));
        Assert.Contains("réservée aux organisateurs", counts);
        Assert.DoesNotContain("Emergence", counts);
        Assert.Empty(bot.Services.GetRequiredService<RecordingAnnouncements>().Sent);
    }

    [Fact]
    public async Task An_announcement_the_service_refuses_is_explained_and_not_sent()
    {
        var bot = new BotHarness();
        await SignUpAsync(bot, "marie", "Marie Dupont, marie.dupont@exemple.fr", "Emergence");

        var reply = BotHarness.TextOf(await bot.AskAsync(
            "annonce à tous : " + new string('a', RecordingAnnouncements.MaxLength + 1), Monday, BotHarness.Organiser));

        Assert.Contains("trop long", reply);
        Assert.DoesNotContain("Envoyer", reply);
        Assert.Empty(bot.Services.GetRequiredService<RecordingAnnouncements>().Sent);
    }

    [Fact]
    public async Task Rappelle_moi_stores_the_reminder_with_its_lead_and_stop_rappels_is_kept()
    {
        var bot = new BotHarness();
        await SignUpAsync(bot, "user", "Marie Dupont, marie.dupont@exemple.fr", "Emergence");
        var store = bot.Services.GetRequiredService<IReminderStore>();
        var userKey = "test:user";

        await bot.AskAsync("rappelle-moi 30 minutes avant mon parcours", Monday);
        await bot.AskAsync("rappelle-moi la soirée de clôture", Monday);
        await bot.AskAsync("stop rappels", Monday);

        var reminders = store.ForUser(userKey).OrderBy(r => r.Target.Kind).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.Equal(new ReminderTarget(ReminderTargetKind.Parcours, "emergence"), reminders[0].Target);
        Assert.Equal(TimeSpan.FromMinutes(30), reminders[0].Lead);
        Assert.Equal(ReminderOrigin.Asked, reminders[0].Origin);
        Assert.Equal(new ReminderTarget(ReminderTargetKind.Event, "soiree-de-cloture"), reminders[1].Target);
        Assert.Null(reminders[1].Lead);
        Assert.All(reminders, r => Assert.Equal(ReminderStatus.Pending, r.Status));
        Assert.True(store.IsStopped(userKey));

        await bot.AskAsync("reprendre les rappels", Monday);
        Assert.False(store.IsStopped(userKey));
    }

    [Fact]
    public async Task Deleting_ones_data_deletes_ones_reminders()
    {
        var bot = new BotHarness();
        var store = bot.Services.GetRequiredService<IReminderStore>();
        await bot.AskAsync("rappelle-moi la soirée de clôture", Monday);
        await bot.AskAsync("stop rappels", Monday);
        Assert.Single(store.ForUser("test:user"));

        await bot.AskAsync("supprimez mes données", Monday);
        await bot.AskAsync("oui", Monday);

        Assert.Empty(store.ForUser("test:user"));
        Assert.False(store.IsStopped("test:user"));
    }

    private static async Task SignUpAsync(BotHarness bot, string userId, string person, string parcours)
    {
        await bot.AskAsync($"inscris {person}, au parcours {parcours}", Monday, userId);
        await bot.AskAsync("IREV", Monday, userId);
        await bot.AskAsync("élue", Monday, userId);
        await bot.AskAsync("oui", Monday, userId);
        var done = BotHarness.TextOf(await bot.AskAsync("oui", Monday, userId));
        Assert.Contains("C'est confirmé", done);
    }
}
