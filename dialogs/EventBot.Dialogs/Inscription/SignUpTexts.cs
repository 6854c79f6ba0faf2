using EventBot.Domain.SignUps;

namespace EventBot.Dialogs.Inscription;

/// <summary>What the sign-up and personal-data dialogs say.</summary>
internal static class SignUpTexts
{
    public const string AskParcours = "À quel parcours du Pop-Up dév éco souhaitez-vous vous inscrire ?";
    public const string AskName = "Quels sont votre prénom et votre nom ?";
    public const string AskLastName = "Et votre nom de famille ?";
    public const string AskEmail = "Quelle est votre adresse e-mail ?";
    public const string AskOrganisation = "Pour quelle organisation venez-vous ? (répondez « aucune » si vous venez à titre personnel)";
    public const string AskProfile = "Vous venez plutôt en tant que :";
    public const string Consent =
        "Protection des données : votre nom, votre e-mail, votre organisation et votre profil servent uniquement " +
        "à organiser le Pop-Up dév éco (répartition dans les parcours, informations pratiques). Seuls les organisateurs " +
        "(IREV) les consultent ; ils sont conservés jusqu'à la fin de l'événement et effacés au plus tard trois mois après. " +
        "Vous pouvez à tout moment demander « quelles données avez-vous sur moi ? » ou « supprimez mes données ». " +
        "Acceptez-vous que ces données soient conservées pour l'événement ?";
    public const string SummaryQuestion = "Tout est correct ? Répondez « oui » pour confirmer, ou dites-moi ce qu'il faut corriger (par exemple « mon e-mail c'est … »).";
    public const string WhatToCorrect = "Que voulez-vous corriger ? Par exemple « mon nom c'est … », « mon e-mail c'est … », « plutôt le parcours Emergence ».";
    public const string InvalidEmail = "Cette adresse e-mail ne semble pas valide (exemple : prenom.nom@exemple.fr).";
    public const string InvalidName = "Je n'ai pas reconnu un nom.";
    public const string NotUnderstood = "Je n'ai pas compris votre réponse.";
    public const string GiveUp =
        "Je n'arrive pas à comprendre vos réponses : je mets l'inscription de côté, rien n'a été enregistré. " +
        "Vous pourrez reprendre quand vous voulez en disant « je veux m'inscrire ».";
    public const string ConsentRefused = "Sans votre accord, je ne peux pas enregistrer d'inscription. Rien n'a été enregistré.";
    public const string NoOrganisation = "aucune";
    public const string Yes = "Oui";
    public const string No = "Non";
    public const string WaitingListChoice = "Liste d'attente";
    public const string OtherParcoursChoice = "Un autre parcours";
    public const string KeepChoice = "Garder mon inscription";
    public const string ChangeChoice = "Changer de parcours";
    public const string Kept = "D'accord, votre inscription reste inchangée.";
    public const string NotFoundAskEmail =
        "Je ne trouve pas d'inscription faite depuis cette conversation. Avec quelle adresse e-mail vous êtes-vous inscrit(e) ?";
    public const string NotFound = "Je ne trouve aucune inscription à ce nom ou à cette adresse. Voulez-vous vous inscrire ?";
    public const string CancelQuestion = "Voulez-vous vraiment annuler votre inscription ?";
    public const string CancelKept = "D'accord, je n'annule rien.";
    public const string NoData = "Je n'ai aucune inscription ni donnée personnelle enregistrée pour vous.";
    public const string DeleteQuestion =
        "Voulez-vous vraiment supprimer toutes vos données (inscription, liste d'attente, historique de cette conversation) ? C'est définitif.";
    public const string DeleteKept = "D'accord, je ne supprime rien.";
    public const string Unavailable = "Les inscriptions sont momentanément indisponibles. Réessayez dans quelques minutes ; je peux toujours répondre à vos questions sur l'événement.";
    public const string SummaryTitle = "Votre inscription";
    public const string FirstName = "Prénom";
    public const string LastName = "Nom";
    public const string Email = "E-mail";
    public const string Organisation = "Organisation";
    public const string ProfileLabel = "Profil";
    public const string Parcours = "Parcours";
    public const string Status = "Statut";
    public const string TooLong = "C'est un peu long";

    public static string TooLongFor(int max) => $"{TooLong} ({max} caractères au plus).";

    public static string Summary(string lines) => $"Récapitulatif de votre inscription :\n{lines}";

    public static string Confirmed(string name, string parcours, string when) =>
        $"C'est confirmé, {name} : vous êtes inscrit(e) au parcours {parcours} du Pop-Up dév éco, {when}. À bientôt !";

    public static string Waiting(string name, string parcours, int position) =>
        $"C'est noté, {name} : vous êtes sur la liste d'attente du parcours {parcours}, en position {position}. Je vous préviendrai si une place se libère.";

    public static string Full(string parcours) =>
        $"Le parcours {parcours} est complet. Voulez-vous être sur sa liste d'attente, ou choisir un autre parcours ?";

    public static string Already(string parcours, string status) =>
        $"Vous êtes déjà {status} au parcours {parcours}. Voulez-vous changer de parcours ?";

    public static string StatusText(SignUpStatus status) => status == SignUpStatus.Confirmed ? "inscrit(e)" : "sur la liste d'attente";

    public static string Current(string name, string parcours, string status, string when) =>
        $"{name}, vous êtes {status} au parcours {parcours} du Pop-Up dév éco, {when}.";

    public static string Changed(string parcours, string when) => $"C'est fait : vous êtes maintenant inscrit(e) au parcours {parcours}, {when}.";

    public static string Cancelled(string parcours) => $"Votre inscription au parcours {parcours} est annulée. Merci de nous avoir prévenus.";

    public static string Promoted(string parcours, string when) =>
        $"Bonne nouvelle : une place s'est libérée, vous êtes maintenant inscrit(e) au parcours {parcours}, {when}.";

    public static string Data(string lines) => $"Voici les données que j'ai enregistrées sur vous :\n{lines}";

    public static string Deleted(int count) => count == 0
        ? "C'est fait : il n'y avait pas d'inscription, et l'historique de cette conversation est effacé."
        : "C'est fait : votre inscription et l'historique de cette conversation sont effacés.";

    public static string PlacesLeft(string parcours, int places) => places == 0 ? $"{parcours} (complet)" : $"{parcours} ({places} places)";

    public static string PlacesLeftIn(string parcours, int places) => places switch
    {
        0 => $"Le parcours {parcours} est complet. Vous pouvez vous inscrire sur sa liste d'attente : voulez-vous le faire ?",
        1 => $"Il reste une place dans le parcours {parcours}. Voulez-vous vous y inscrire ?",
        _ => $"Il reste {places} places dans le parcours {parcours}. Voulez-vous vous y inscrire ?",
    };

    public const string Declined =
        "D'accord, pas d'inscription. Pour annuler une inscription déjà faite, dites « annule mon inscription ». " +
        "Je reste à votre disposition pour le programme, les parcours, les lieux ou les intervenants.";

    public const string PlacesLeftHeading = "Places restantes par parcours du Pop-Up dév éco :";

    public const string PlacesLeftInvitation = "Pour réserver la vôtre, dites « je m'inscris ».";

    public const string SignUpChoice = "Je m'inscris";

    public static string ProfileName(Profile profile) => profile switch
    {
        Profile.Elu => "Élu(e)",
        Profile.ActeurLocal => "Acteur local",
        Profile.ActeurNational => "Acteur national",
        Profile.Citoyen => "Citoyen(ne) ou conseiller(ère) citoyen(ne)",
        Profile.Universitaire => "Universitaire",
        Profile.Entrepreneur => "Entrepreneur(e)",
        _ => "Autre",
    };
}
