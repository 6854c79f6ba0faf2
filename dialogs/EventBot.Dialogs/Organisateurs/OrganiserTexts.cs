namespace EventBot.Dialogs.Organisateurs;

/// <summary>What the bot says to organisers (and to others who try their commands).</summary>
public static class OrganiserTexts
{
    public const string Refused = "Désolé, cette commande est réservée aux organisateurs de l'événement. Je peux en revanche répondre à vos questions sur le programme.";

    public const string AskText = "Quel message voulez-vous envoyer ?";

    public const string Yes = "Oui";
    public const string No = "Non";

    public const string AnswerYesNo = "Répondez « oui » pour envoyer, « non » pour ne rien envoyer.";

    public const string NotSent = "Entendu, rien n'a été envoyé.";

    public static string UnknownParcours(string typed, IEnumerable<string> known) =>
        $"Je ne reconnais pas de parcours dans « {typed} ». Parcours : {string.Join(", ", known)}. " +
        "Écrivez par exemple « annonce aux inscrits Emergence : la salle a changé » ou « annonce à tous : … ».";

    public const string WaitingListByApi =
        "Depuis la conversation, je n'écris qu'aux inscrits d'un parcours ou à tous, pas à une liste d'attente : rien n'a été envoyé. " +
        "Pour une liste d'attente, passez par l'API des organisateurs (POST /api/organisers/announcements avec \"audience\": \"attente\").";

    public static string Audience(string? parcours) =>
        parcours is null ? "à toutes les personnes que je peux joindre" : $"aux inscrits du parcours {parcours}";

    public static string Nobody(string? parcours) =>
        parcours is null ? "Je n'ai encore personne à qui écrire : rien n'a été envoyé." : $"Personne n'est inscrit au parcours {parcours} : rien n'a été envoyé.";

    public static string Confirm(string text, string? parcours, int recipients) =>
        $"Envoyer ce message {Audience(parcours)} ({People(recipients)}) ?\n« {text} »";

    public static string Sent(int recipients) => $"C'est parti : le message est en cours d'envoi à {People(recipients)}.";

    public static string People(int count) => count == 1 ? "1 personne" : $"{count} personnes";

    public const string CountsHeading = "Inscriptions au Pop-Up dév éco :";

    public static string CountLine(string parcours, int confirmed, int waiting, int placesLeft) =>
        $"{parcours} : {confirmed} inscrit(s), {waiting} en liste d'attente, {placesLeft} place(s) libre(s)";

    public static string Totals(int confirmed, int waiting) => $"En tout : {confirmed} inscrit(s) et {waiting} en liste d'attente.";
}
