using EventBot.Domain.Model;

namespace EventBot.Dialogs.Parcours;

/// <summary>What the parcours dialog says: the six parcours, one of them, its sessions, and choosing one.</summary>
internal static class ParcoursTexts
{
    public const string ListTitle = "Les parcours du Pop-Up dév éco";
    public const string AskWhich = "Lequel vous intéresse ? Je peux aussi vous conseiller : dites-moi qui vous êtes (élu, conseiller citoyen, entrepreneur…) ou ce qui vous intéresse.";
    public const string NoAdvice =
        "Les documents ne recommandent pas de parcours pour ce profil. Voici les six parcours du Pop-Up dév éco, le mercredi 16 octobre 2019 :";
    public const string ChooseQuestion = "Quel parcours voulez-vous découvrir ?";
    public const string ForWhom = "Pour qui";
    public const string Partners = "Avec";
    public const string When = "Quand";
    public const string Where = "Où";
    public const string Sessions = "Au programme";
    public const string Themes = "Thèmes";
    public const string Speakers = "Intervenants";
    public const string Questions = "Questions abordées";
    public const string Room = "Salle";
    public const string Time = "Horaire";
    public const string Unknown = "non précisé dans les documents";
    public const string WhoSpeaks = "Qui intervient ?";
    public const string Resources = "Ressources du parcours";
    public const string SignUp = "M'inscrire";
    public const string OtherParcours = "Les autres parcours";
    public const string SeeParcours = "Voir le parcours";
    public const string NoHoursNorRooms = "Les documents ne donnent ni les horaires ni les salles des séances.";

    public static string List(string eventTitle, int count, string date) =>
        $"Le {eventTitle} ({date}) propose {count} parcours :";

    public static string Heading(string name) => $"Parcours {name}";

    public static string ParcoursOf(string eventTitle, string date) => $"{eventTitle}, {date}";

    public static string Recommend(string name, string? reason) => reason is null
        ? $"Je vous conseille le parcours {name}. Voulez-vous vous y inscrire ?"
        : $"Je vous conseille le parcours {name} : {reason} Voulez-vous vous y inscrire ?";

    public static string SessionIn(string parcours) => $"Parcours {parcours}";

    public static string Kind(string kind) => kind switch
    {
        SessionKinds.Atelier => "Atelier",
        SessionKinds.AtelierConference => "Atelier / Conférence",
        SessionKinds.AtelierCoConstruction => "Atelier de co-construction",
        SessionKinds.Visite => "Visite",
        SessionKinds.Decouverte => "Découverte",
        SessionKinds.TableRonde => "Table ronde",
        SessionKinds.PlateauRadio => "Plateau radio",
        _ => kind,
    };
}
