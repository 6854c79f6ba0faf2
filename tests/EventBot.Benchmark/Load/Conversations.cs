namespace EventBot.Benchmark.Load;

/// <summary>One message of a scripted conversation, and a fragment its replies must contain (or null).</summary>
public sealed record Turn(string Category, string Text, string? Expected = null);

/// <summary>
/// The conversations a virtual user holds, in French as people write (typos, no accents, SMS forms): questions
/// of every kind the bot answers, questions the sources cannot answer, greetings, and complete sign-ups.
/// </summary>
public static class Conversations
{
    /// <summary>Questions by kind; each kind is answered by one dialog (or the main router for greetings).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Questions = new Dictionary<string, string[]>
    {
        ["salutation"] = ["bonjour", "salut", "merci beaucoup", "bonsoir, vous pouvez m'aider ?"],
        ["programme"] = ["Quel est le programme de la semaine ?", "lundi y a quoi", "jeudi 17 octobre y a koi", "Que se passe-t-il le vendredi 18 octobre ?", "programme de mercredi"],
        ["parcours"] = ["Quels sont les parcours du Pop-Up ?", "c koi le parcours emergence", "C'est quoi le parcours Industrie de demain ?", "Le parcours attractivité c'est pour qui ?", "je suis conseiller citoyen, quel parcours ?"],
        ["lieu"] = ["ou est l'accueil", "C'est quoi La Chaufferie ?", "Plateau Fertile kezako", "le pop up c'est où ?"],
        ["intervenant"] = ["Qui anime la visite du Plateau Fertile ?", "qui represente la BPI au pop up", "Qui est intervenu au lancement de la semaine ?", "Il y a des intervenants de Dunkerque ?"],
        ["ressource"] = ["je veux le programme du pop up en pdf", "la fiche experience fashion green hub svp", "le diaporama kpa-cités svp", "je peux avoir le programme de la semaine en pdf ?"],
        ["inconnu"] = ["y a du wifi ?", "À quelle heure commence le Pop-Up dév éco ?", "je peux me garer où pour le pop-up ?", "il fera beau mercredi ?", "c'est dans quelle salle la table ronde cooperations"],
    };

    private static readonly string[] FirstNames = ["Paul", "Marie", "Karim", "Sophie", "Thomas", "Nadia", "Julien", "Claire"];
    private static readonly string[] LastNames = ["Martin", "Dupont", "Benali", "Lefebvre", "Durand", "Moreau", "Petit", "Roux"];
    private static readonly string[] Parcours = ["Emergence", "Attractivité", "Lieu totem", "Industrie de demain", "Coopérations", "Innovation et économie"];

    /// <summary>A question-and-answer conversation of 4 to 6 messages: a greeting, then questions of random kinds.</summary>
    public static IReadOnlyList<Turn> QuestionsAndAnswers(Random random)
    {
        var turns = new List<Turn> { Pick(random, "salutation") };
        var kinds = Questions.Keys.Where(kind => kind != "salutation").ToArray();
        var count = random.Next(3, 6);
        for (var i = 0; i < count; i++)
        {
            turns.Add(Pick(random, kinds[random.Next(kinds.Length)]));
        }

        return turns;
    }

    /// <summary>
    /// A complete sign-up, as in the dialog tests: everything but the organisation, the profile and the consent in the
    /// first message, then the summary confirmed. <paramref name="person"/> makes the e-mail unique (one sign-up per person).
    /// </summary>
    public static IReadOnlyList<Turn> SignUp(Random random, string person)
    {
        var first = FirstNames[random.Next(FirstNames.Length)];
        var last = LastNames[random.Next(LastNames.Length)];
        var parcours = Parcours[random.Next(Parcours.Length)];
        var email = $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}.{person}@exemple.fr";
        return
        [
            new("inscription", $"inscris {first} {last}, {email}, au parcours {parcours}", "organisation"),
            new("inscription", "Mairie de Roubaix", "en tant que"),
            new("inscription", "élue", "Acceptez-vous"),
            new("inscription", "oui", "Récapitulatif"),
            new("inscription", "oui", "C'est confirmé"),
        ];
    }

    private static Turn Pick(Random random, string kind)
    {
        var texts = Questions[kind];
        return new Turn(kind, texts[random.Next(texts.Length)]);
    }
}
