namespace EventBot.Dialogs.Programme;

/// <summary>What the programme dialog says: the days of the week, today, what comes next, when things happen.</summary>
internal static class ProgrammeTexts
{
    public const string NoHours = "Je n'ai pas les horaires : les documents ne les donnent pas.";
    public const string WeekTitle = "Programme de la semaine";
    public const string DayPrefix = "Programme du";
    public const string Today = "Aujourd'hui";
    public const string Tomorrow = "Demain";
    public const string NoEventThatDay = "Aucun événement de la semaine n'est prévu ce jour-là.";
    public const string DayButton = "Programme de";
    public const string ParcoursButton = Main.MainTexts.AskParcours;
    public const string DownloadProgramme = "Télécharger le programme";
    public const string SeeEvent = "En savoir plus";

    public static string Week(string name, string dates, int days) => $"La semaine {name} se déroule {dates} ({days} jours).";

    public static string OutsideWeek(string day, string week) =>
        $"Le {day} ne fait pas partie de la semaine, qui se déroule {week}. Voici le programme de la semaine :";

    public static string TodayOutsideWeek(string today, string week, bool past) => past
        ? $"Nous sommes le {today} : la semaine s'est déroulée {week}. Voici son programme :"
        : $"Nous sommes le {today} : la semaine se déroulera {week}. Voici son programme :";

    public static string NowDuring(string time) =>
        $"Il est {time}. Les documents ne donnent pas les horaires des séances : je ne peux pas dire précisément ce qui se passe à cette heure-ci. Voici le programme de la journée :";

    public static string RestOfToday(string day) =>
        $"Les documents ne donnent pas les horaires : voici ce qui est prévu aujourd'hui, {day}, puis le lendemain sur demande :";

    public static string NextAfterWeek(string week) => $"Après la soirée de clôture, la semaine est terminée (elle s'est déroulée {week}).";

    public static string NextDay(string day) =>
        $"Les documents ne donnent pas les horaires de la journée ; la suite du programme, c'est le {day} :";

    public static string Tonight(string day) => $"Ce soir ({day}) :";

    public static string NoEveningToday(string closing) =>
        $"Aucun événement du soir n'est indiqué pour aujourd'hui. La soirée de clôture a lieu {closing}.";

    public static string When(string title, string dates) => $"{title} : {dates}.";

    public static string WhenHourUnknown => "Je n'ai pas l'heure : les documents ne la précisent pas.";

    public static string WhenAt(string time) => $"Heure indiquée : {time}.";

    public static string WhenFromTo(string start, string end) => $"Horaire indiqué : de {start} à {end}.";

    public static string EventDayLabel(int dayIndex, int dayCount) =>
        dayCount > 1 ? $" (jour {dayIndex} sur {dayCount})" : "";
}
