namespace EventBot.Organisers;

/// <summary>What the organisers' event data API answers, in French.</summary>
internal static class EventDataTexts
{
    public const string Refused = "Données refusées : rien n'a été modifié.";
    public const string TooLarge = "La requête est trop grande.";
    public const string NotAnObject = "Le corps de la requête doit être un objet JSON.";
    public const string NoPrevious = "Il n'y a pas de version précédente à restaurer.";
    public const string Unavailable = "La base de données est indisponible : la modification ne peut pas être enregistrée, rien n'a été modifié.";

    public static string NotFound(string noneSuch, string id) => $"{noneSuch} n'a l'identifiant « {id} ».";

    public static string UnknownField(string field, IEnumerable<string> allowed) =>
        $"Le champ « {field} » ne peut pas être modifié ici ; champs possibles : {string.Join(", ", allowed)}.";

    public const string EmptyEdit = "Aucun champ à modifier.";
}
