using EventBot.Language.Organisers;
using EventBot.Language.Reminders;

namespace EventBot.Language.Tests;

public class ReminderLanguageTests
{
    [Theory]
    [InlineData("rappelle-moi la soirée de clôture", ReminderAction.Set)]
    [InlineData("Rappelez moi l'atelier sur l'économie informelle", ReminderAction.Set)]
    [InlineData("tu peux me le rappeler ?", ReminderAction.Set)]
    [InlineData("stop rappels", ReminderAction.Stop)]
    [InlineData("STOP RAPPEL", ReminderAction.Stop)]
    [InlineData("je ne veux plus de rappels", ReminderAction.Stop)]
    [InlineData("arrêtez les rappels svp", ReminderAction.Stop)]
    [InlineData("reprendre les rappels", ReminderAction.Resume)]
    [InlineData("réactivez les rappels", ReminderAction.Resume)]
    [InlineData("quels sont mes rappels ?", ReminderAction.List)]
    [InlineData("supprime le rappel de la soirée de clôture", ReminderAction.Remove)]
    [InlineData("annulez mon rappel pour l'atelier", ReminderAction.Remove)]
    [InlineData("plus besoin du rappel du world forum", ReminderAction.Remove)]
    [InlineData("c'est où la soirée de clôture ?", ReminderAction.None)]
    [InlineData("quel est le programme de mercredi", ReminderAction.None)]
    // "Rappeler" followed by a question or a fact asks to be told again, not to be reminded later.
    [InlineData("rappelez-moi le programme de mercredi", ReminderAction.None)]
    [InlineData("pouvez-vous me rappeler où est la Plaine Images ?", ReminderAction.None)]
    [InlineData("tu peux me rappeler le thème du parcours emergence ?", ReminderAction.None)]
    [InlineData("rappelle moi le nom de l'atelier sur les innovations sociales", ReminderAction.None)]
    [InlineData("rappelez-moi qui organise le pop-up", ReminderAction.None)]
    [InlineData("rappelle-moi ce que tu sais faire", ReminderAction.None)]
    [InlineData("rappelle-moi l'adresse de la Plaine Images", ReminderAction.None)]
    [InlineData("rappelez-moi à quelle heure commence le parcours", ReminderAction.None)]
    [InlineData("rappelle-moi l'atelier sur les innovations sociales", ReminderAction.Set)]
    [InlineData("rappelle-moi 30 minutes avant mon parcours", ReminderAction.Set)]
    [InlineData("peux-tu me rappeler à 8h ?", ReminderAction.Set)]
    [InlineData("rappel", ReminderAction.Set)]
    [InlineData("rappels", ReminderAction.List)]
    [InlineData("je voudrais être prévenu la veille de mon parcours", ReminderAction.Set)]
    [InlineData("arrête les notifications", ReminderAction.Stop)]
    [InlineData("je ne veux plus recevoir de messages", ReminderAction.Stop)]
    [InlineData("ne m'envoyez plus rien", ReminderAction.Stop)]
    [InlineData("désabonnez-moi", ReminderAction.Stop)]
    [InlineData("stop les messages", ReminderAction.Stop)]
    [InlineData("c'est quand mon rappel ?", ReminderAction.List)]
    [InlineData("je n'ai pas reçu de rappel", ReminderAction.List)]
    public void Reminder_requests_are_recognised(string text, ReminderAction expected) =>
        Assert.Equal(expected, ReminderRequestRecognizer.Recognize(text).Action);

    [Theory]
    [InlineData("rappelle-moi 30 minutes avant mon parcours", 30)]
    [InlineData("rappelle-moi 45 min avant", 45)]
    [InlineData("rappelle-moi 1h avant l'atelier", 60)]
    [InlineData("rappelle-moi 1 h 30 avant", 90)]
    [InlineData("rappelle-moi 2 heures avant la visite", 120)]
    [InlineData("rappelle-moi une heure avant mon parcours", 60)]
    [InlineData("rappelez-moi une demi-heure avant", 30)]
    [InlineData("rappelle-moi dix minutes avant", 10)]
    public void Lead_times_are_read(string text, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), ReminderRequestRecognizer.Recognize(text).Lead);

    [Theory]
    [InlineData("rappelle-moi l'atelier de 14h")]
    [InlineData("rappelle-moi la soirée de clôture")]
    [InlineData("rappelle-moi 300 heures avant")]
    public void No_lead_is_read_where_none_is_said(string text) =>
        Assert.Null(ReminderRequestRecognizer.Recognize(text).Lead);

    [Theory]
    [InlineData("rappelle-moi 30 minutes avant mon parcours", true)]
    [InlineData("rappelle-moi ma journée", true)]
    [InlineData("rappelle-moi le parcours Emergence", false)]
    public void My_parcours_is_recognised(string text, bool mine) =>
        Assert.Equal(mine, ReminderRequestRecognizer.Recognize(text).MyParcours);

    [Theory]
    [InlineData("annonce aux inscrits Emergence : la salle a changé", "inscrits Emergence", "la salle a changé")]
    [InlineData("Annonce à tous : rendez-vous à 9h : accueil", null, "rendez-vous à 9h : accueil")]
    [InlineData("annoncer au parcours Lieu totem: la visite est décalée", "parcours Lieu totem", "la visite est décalée")]
    [InlineData("annonce aux inscrits Emergence", "inscrits Emergence", null)]
    [InlineData("annonce à tout le monde :", null, null)]
    [InlineData("fais une annonce aux inscrits Emergence : le plateau commence", "inscrits Emergence", "le plateau commence")]
    [InlineData("envoie un message aux inscrits du parcours emergence : bonjour", "inscrits du parcours emergence", "bonjour")]
    [InlineData("je voudrais faire une annonce à tous : accueil à 9h", null, "accueil à 9h")]
    public void Announcements_are_split_into_audience_and_text(string text, string? audience, string? message)
    {
        var command = OrganiserCommandRecognizer.Recognize(text);

        Assert.Equal(OrganiserCommandKind.Announce, command.Kind);
        Assert.Equal(audience, command.Audience);
        Assert.Equal(message, command.Message);
    }

    [Theory]
    [InlineData("combien d'inscrits ?", OrganiserCommandKind.Count)]
    [InlineData("Combien d’inscriptions pour le moment", OrganiserCommandKind.Count)]
    [InlineData("combien de participants au Pop-Up ?", OrganiserCommandKind.None)]
    [InlineData("il y a des annonces ?", OrganiserCommandKind.None)]
    [InlineData("annonces du jour", OrganiserCommandKind.None)]
    [InlineData("envoyez un message à l'IREV", OrganiserCommandKind.None)]
    [InlineData("envoyez-moi un message la veille", OrganiserCommandKind.None)]
    public void Counts_are_recognised_and_questions_about_the_sources_are_not(string text, OrganiserCommandKind expected) =>
        Assert.Equal(expected, OrganiserCommandRecognizer.Recognize(text).Kind);
}
