namespace EventBot.Dialogs.Evenements;

/// <summary>What EventBot says about the week's events, its organisers and the PAQTE.</summary>
internal static class EvenementTexts
{
    public const string OrganisersTitle = "Qui organise ?";
    public const string Partners = "Partenaires remerciés";
    public const string Link = "Voir la page";
    public const string Where = "Où";
    public const string When = "Quand";
    public const string By = "Organisé par";
    public const string HourUnknown = "Je n'ai pas l'heure : les documents ne la précisent pas.";
    public const string Themes = "Filières et thèmes";
    public const string ParticipantsLabel = "Participants";
    public const string Speakers = "Intervenants";
    public const string SeeProgramme = "Voir le programme de la semaine";

    public static string Organisers(string week, string organisers) => $"Organisateurs de la semaine {week} : {organisers}.";
    public static string PartnersLine(string partners) => $"Partenaires remerciés : {partners}.";
    public static string Participants(int count) => $"{count} participants.";
    public static string CoOrganiser(string week) => $"Co-organisateur de la semaine {week}.";
    public static string Carries(string events) => $"Organise ou porte : {events}.";
    public static string EventWhen(string dates) => $"Quand : {dates}.";
    public static string EventWhere(string place) => $"Où : {place}.";
    public static string EventBy(string organisers) => $"Organisé par : {organisers}.";
    public static string PaqteHeading(string name, string evt, string dates) => $"{name} — signé {dates} ({evt}) :";
    public static string Axes(int count) => $"Il propose aux entreprises de s'engager selon {count} axes :";
}
