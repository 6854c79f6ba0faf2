namespace EventBot.Domain.Outreach;

/// <summary>The French texts of announcements: what participants read, and why an organiser's request is refused.</summary>
public static class AnnouncementTexts
{
    public static string Message(string text) => $"Message des organisateurs : {text}";

    public const string EmptyText = "Le texte de l'annonce est vide : écrivez le message à envoyer dans « text ».";

    public static string TooLong(int max) => $"Le texte de l'annonce est trop long : {max} caractères au plus.";

    public static string UnknownParcours(string parcours, IEnumerable<string> known) =>
        $"Je ne connais pas le parcours « {parcours} ». Parcours possibles : {string.Join(", ", known)}.";

    public const string BadDay = "La date « day » doit être un jour au format AAAA-MM-JJ, par exemple 2019-10-16.";

    public static string DayOutsideWeek(string start, string end) =>
        $"La date « day » doit être un jour de la semaine de l'événement, du {start} au {end}.";

    public static string NoParcoursThatDay(string day) => $"Aucun parcours n'a lieu le {day} : personne n'est inscrit ce jour-là.";

    public static string ParcoursNotThatDay(string parcours, string day) => $"Le parcours {parcours} n'a pas lieu le {day}.";

    public const string BadSendAt =
        "La date d'envoi « sendAt » doit être au format ISO 8601, par exemple 2019-10-16T09:00:00+02:00 (sans décalage : heure de Paris).";

    public const string BadAudience = "Le public « audience » doit être « inscrits », « attente » ou « tous ».";
}
