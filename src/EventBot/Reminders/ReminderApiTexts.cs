namespace EventBot.Reminders;

/// <summary>The French answers of the organisers' reminder endpoint when a request is refused.</summary>
public static class ReminderApiTexts
{
    public const string MissingTarget =
        "Indiquez de quoi faire le rappel dans « target » : l'identifiant ou le titre d'un atelier, d'un parcours ou d'un événement.";

    public const string BadLead = "« leadMinutes » doit être un nombre de minutes entre 1 et 2880 (deux jours).";

    public static string NoteTooLong(int max) => $"La note « note » est trop longue : {max} caractères au plus.";

    public static string UnknownTarget(string typed) =>
        $"Je ne trouve ni atelier, ni parcours, ni événement « {typed} » dans le programme.";

    public static string Over(string title) => $"« {title} » est terminé : un rappel ne servirait plus à rien.";
}
