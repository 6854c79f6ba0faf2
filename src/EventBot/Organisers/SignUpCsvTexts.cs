namespace EventBot.Organisers;

/// <summary>The French column names and values of the sign-up list's CSV file.</summary>
internal static class SignUpCsvTexts
{
    public const string FileName = "inscriptions-popup-dev-eco.csv";

    public const string Parcours = "Parcours";
    public const string Status = "Statut";
    public const string WaitingPosition = "Position en liste d'attente";
    public const string FirstName = "Prénom";
    public const string LastName = "Nom";
    public const string Email = "E-mail";
    public const string Organisation = "Organisation";
    public const string Profile = "Profil";
    public const string SignedUpAt = "Date d'inscription";

    public const string Confirmed = "inscrit";
    public const string Waiting = "liste d'attente";

    /// <summary>Day and time as a French spreadsheet reads them, in the event's time zone.</summary>
    public const string DateFormat = "dd/MM/yyyy HH:mm";
}
