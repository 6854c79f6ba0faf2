using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Main;

/// <summary>What the main router says: welcome, help, small talk, honest "I don't know" answers.</summary>
internal static class MainTexts
{
    public const string WelcomeTitle = "Bienvenue !";
    public const string WelcomeSubtitle = "Par quoi voulez-vous commencer ?";
    public const string Welcome =
        "Bonjour, je suis EventBot, l'assistant de la semaine MEL toi du territoire (du 14 au 18 octobre 2019) " +
        "et du Pop-Up dév éco. Je peux vous renseigner sur le programme de chaque jour, les six parcours, " +
        "les ateliers et leurs intervenants, les lieux et les ressources à télécharger. Que souhaitez-vous savoir ?";
    public const string Greeting = "Bonjour ! Que souhaitez-vous savoir sur la semaine MEL toi du territoire ou le Pop-Up dév éco ?";
    public const string Thanks = "Avec plaisir ! N'hésitez pas si vous avez une autre question.";
    public const string Goodbye = "Au revoir, et bonne semaine MEL toi du territoire !";
    public const string Help =
        "Je suis l'assistant (un programme, pas une personne) de la semaine « MEL toi du territoire » de la MEL et de l'IREV, " +
        "du 14 au 18 octobre 2019, et de son Pop-Up dév éco. Voici ce que je peux faire :\n" +
        "• le programme d'un jour (« programme de mercredi », « et aujourd'hui ? », « et après ? »)\n" +
        "• les six parcours du Pop-Up dév éco et le conseil d'un parcours selon votre profil\n" +
        "• les ateliers, visites, tables rondes et plateaux radio, et leurs intervenants\n" +
        "• les lieux (Plaine Images, La Chaufferie, Plateau Fertile)\n" +
        "• les ressources à télécharger et les fiches expérience\n" +
        "• les autres événements de la semaine (World Forum, circuits courts, soirée de clôture…), le PAQTE, les organisateurs\n" +
        "• l'inscription à un parcours (« je veux m'inscrire »), votre inscription et vos données\n" +
        "Tapez « annuler » pour abandonner une question en cours.";
    public const string Cancelled = "D'accord, j'abandonne cette question. Que voulez-vous savoir ?";
    public const string NothingToCancel = "Il n'y a rien en cours à annuler. Que voulez-vous savoir ?";
    public const string Empty = "Je n'ai reçu qu'un message vide. Posez-moi votre question par écrit, par exemple « programme de mercredi ».";
    public const string TooLong = "Votre message est très long : je n'en ai lu que le début.";
    public const string NotUnderstood =
        "Je n'ai pas bien compris votre demande. Vous pouvez par exemple me demander « programme de mercredi », « les parcours du Pop-Up » ou « où est l'accueil ? ».";
    public const string CanHelpWith = "Je peux en revanche vous renseigner sur le programme, les parcours, les intervenants, les lieux et les ressources.";
    public const string Unknown =
        "Je n'ai pas cette information : les documents de l'événement dont je dispose n'en parlent pas. " + CanHelpWith;
    public const string OutOfScope =
        "Je suis l'assistant de la semaine MEL toi du territoire et du Pop-Up dév éco : je ne peux pas répondre à cette question. " + CanHelpWith;

    public static readonly IReadOnlyList<string> Suggestions =
        [AskWeek, AskParcours, "Où est l'accueil ?", "Ressources à télécharger"];

    /// <summary>The clarifying question when a message could mean several things of one kind.</summary>
    public static string Which(EntityKind kind) => kind switch
    {
        EntityKind.Session => "Plusieurs séances correspondent. Laquelle ?",
        EntityKind.Parcours => "Plusieurs parcours correspondent. Lequel ?",
        EntityKind.Speaker => "Plusieurs intervenants correspondent. Lequel ?",
        EntityKind.Place => "Plusieurs lieux correspondent. Lequel ?",
        EntityKind.WeekEvent => "Plusieurs événements de la semaine correspondent. Lequel ?",
        EntityKind.Resource => "Plusieurs documents correspondent. Lequel ?",
        EntityKind.Link => "Plusieurs liens correspondent. Lequel ?",
        _ => "Plusieurs réponses sont possibles. Laquelle vous intéresse ?",
    };

    /// <summary>Before an answer that does not cover some words of the question.</summary>
    public static string NotSaid(string words) =>
        $"Je n'ai pas cette information précise (« {words} ») : les documents ne la donnent pas. Voici ce qu'ils disent :";

    /// <summary>After an answer, the data's sentence about a word of the question the answer left out.</summary>
    public static string RelatedFact(string sentence) => $"À ce sujet, les documents indiquent : {sentence}";

    public static string Suits(string eventTitle) => $"D'après ce que vous dites, « {eventTitle} » devrait vous intéresser :";

    public const string SuitSeveral = "D'après ce que vous dites, ces rendez-vous devraient vous intéresser :";

    public static string SuitsEvent(string title, string dates, string summary) => $"• « {title} » ({dates}) : {summary}";

    public static string SuitsParcours(string name, string where, string summary) => $"• le parcours {name} ({where}) : {summary}";

    public static string SignUpElsewhere(string eventTitle) =>
        $"Je prends les inscriptions aux parcours du Pop-Up dév éco seulement ; les documents ne disent pas comment s'inscrire à « {eventTitle} ». Voici ce qu'ils en disent :";

    public static string UnknownTopic(string topic) =>
        $"Je n'ai pas cette information ({topic}) : les documents de l'événement dont je dispose n'en parlent pas. " + CanHelpWith;

    /// <summary>Questions the buttons ask, written as a user would.</summary>
    public static string AskWhoSpeaks(string parcours) => $"Qui intervient dans le parcours {parcours} ?";
    public static string AskSignUp(string parcours) => $"Je veux m'inscrire au parcours {parcours}";
    public static string AskResources(string parcours) => $"Ressources du parcours {parcours}";
    public static string AskWhere(string place) => $"Où est {place} ?";
    public static string FicheTitle(string fiche) => $"Fiche expérience {fiche}";
    public const string AskParcours = "Les parcours du Pop-Up";
    public const string AskSignUpNow = "Je veux m'inscrire";
    public const string SignUpInPersonalChat =
        "Pour vous inscrire ou gérer votre inscription, écrivez-moi dans une conversation personnelle : vos coordonnées n'ont pas à être visibles de tout le groupe.";
    public const string AskWeek = "Programme de la semaine";

    /// <summary>Readable names for the details a question asks and the documents never give.</summary>
    public static string Detail(string word) => word switch
    {
        "telephone" or "tel" or "numero" => "numéro de téléphone",
        "mail" or "email" or "courriel" or "contact" or "contacter" or "joindre" or "linkedin" => "coordonnées",
        "dress" or "code" or "tenue" => "tenue vestimentaire",
        "garderie" or "enfants" or "enfant" => "accueil des enfants",
        "gagne" or "gagnant" or "gagnants" or "gagnante" or "vainqueur" or "vainqueurs" or "palmares" or "classement" => "lauréats",
        "resultat" or "resultats" => "résultats",
        "limite" or "deadline" => "date limite",
        "age" => "âge",
        "budget" or "cout" or "coute" or "financement" => "coût",
        "photos" or "replay" or "enregistrement" => "photos et enregistrements",
        "monde" or "gens" or "personnes" or "participants" or "inscrits" or "visiteurs" => "nombre de participants",
        "president" or "presidente" => "président(e)",
        "prefet" or "prefete" => "préfet(e)",
        "edition" => "prochaine édition",
        _ => word,
    };

    /// <summary>Readable names for the topics the sources never cover.</summary>
    public static string Topic(string topic) => topic switch
    {
        "parking" => "stationnement",
        "prix" => "tarifs",
        "wifi" => "Wi-Fi",
        "meteo" or "météo" => "météo",
        "repas" => "restauration",
        "transport" => "accès et transports",
        "accessibilite" or "accessibilité" => "accessibilité",
        _ => topic,
    };
}
