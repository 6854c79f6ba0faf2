using EventBot.Domain.SignUps;
using EventBot.Language.SignUps;
using EventBot.Language.Text;

namespace EventBot.Language.Tests;

public class SignUpLanguageTests
{
    [Theory]
    [InlineData("je veux m'inscrire", SignUpAction.New)]
    [InlineData("Inscris-moi au parcours Emergence", SignUpAction.New)]
    [InlineData("inscris Marie Dupont, marie.dupont@exemple.fr, au parcours Attractivité", SignUpAction.New)]
    [InlineData("quelle est mon inscription ?", SignUpAction.View)]
    [InlineData("suis-je inscrite ?", SignUpAction.View)]
    [InlineData("change-moi de parcours", SignUpAction.Change)]
    [InlineData("je voudrais modifier mon inscription", SignUpAction.Change)]
    [InlineData("annule mon inscription", SignUpAction.Cancel)]
    [InlineData("désinscrivez-moi svp", SignUpAction.Cancel)]
    [InlineData("quelles données avez-vous sur moi ?", SignUpAction.ViewData)]
    [InlineData("RGPD", SignUpAction.ViewData)]
    [InlineData("supprimez mes données", SignUpAction.DeleteData)]
    [InlineData("droit à l'oubli", SignUpAction.DeleteData)]
    [InlineData("c'est quoi le parcours emergence ?", SignUpAction.None)]
    [InlineData("quelle est la date limite d'inscription ?", SignUpAction.None)]
    [InlineData("annuler", SignUpAction.None)]
    [InlineData("je suis inscrit ?", SignUpAction.View)]
    [InlineData("je suis bien inscrite ?", SignUpAction.View)]
    [InlineData("je suis inscrit à Emergence, à quelle heure ça commence ?", SignUpAction.None)]
    [InlineData("je ne pourrai pas venir finalement", SignUpAction.Cancel)]
    [InlineData("je préfère pas m'inscrire", SignUpAction.Decline)]
    [InlineData("finalement je ne veux pas m'inscrire", SignUpAction.Decline)]
    [InlineData("non merci, pas d'inscription pour moi", SignUpAction.Decline)]
    [InlineData("je ne peux pas m'inscrire, ça ne marche pas", SignUpAction.New)]
    [InlineData("il reste des places dans Emergence ?", SignUpAction.Availability)]
    [InlineData("reste-t-il de la place pour le parcours attractivité", SignUpAction.Availability)]
    [InlineData("combien de places pour industrie de demain ?", SignUpAction.Availability)]
    [InlineData("c'est complet pour coopérations ?", SignUpAction.Availability)]
    [InlineData("y a-t-il encore des places ? je voudrais m'inscrire", SignUpAction.Availability)]
    public void Recognises_what_is_asked_of_one_s_own_sign_up(string text, SignUpAction expected) =>
        Assert.Equal(expected, SignUpActionRecognizer.Recognize(FrenchNormaliser.Normalise(text)));

    public static TheoryData<string, string?, string?, string?, string?, Profile?> DetailCases => new()
    {
        { "inscris Marie Dupont, marie.dupont@exemple.fr, au parcours Attractivité", "Marie", "Dupont", "marie.dupont@exemple.fr", null, null },
        { "Je m'appelle Jean-Pierre Martin et je suis élu", "Jean-Pierre", "Martin", null, null, Profile.Elu },
        { "non, mon mail c'est jp.martin@ville.fr", null, null, "jp.martin@ville.fr", null, null },
        { "je travaille à la Maison de quartier Les Moulins", null, null, null, "la Maison de quartier Les Moulins", null },
        { "je suis conseillère citoyenne", null, null, null, null, Profile.Citoyen },
        { "moi c'est Awa Diallo, chercheuse", "Awa", "Diallo", null, null, Profile.Universitaire },
        { "bonjour", null, null, null, null, null },
    };

    [Theory]
    [MemberData(nameof(DetailCases))]
    public void Reads_the_person_s_details_in_a_sentence(string text, string? first, string? last, string? email, string? organisation, Profile? profile)
    {
        var details = ParticipantDetailsReader.Read(text);

        Assert.Equal(first, details.FirstName);
        Assert.Equal(last, details.LastName);
        Assert.Equal(email, details.Email);
        Assert.Equal(organisation, details.Organisation);
        Assert.Equal(profile, details.Profile);
    }

    [Theory]
    [InlineData("Marie Dupont", "Marie", "Dupont")]
    [InlineData("  Jean-Pierre de La Tour. ", "Jean-Pierre", "de La Tour")]
    [InlineData("Awa", "Awa", null)]
    public void Splits_a_name_into_first_and_last(string name, string? first, string? last) =>
        Assert.Equal((first, last), ParticipantDetailsReader.SplitName(name));
}
