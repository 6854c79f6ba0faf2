namespace EventBot.Dialogs.Ressource;

/// <summary>What the resources dialog says: documents, fiches expérience, links.</summary>
internal static class RessourceTexts
{
    public const string ListTitle = "Ressources à télécharger";
    public const string FichesTitle = "Fiches expérience";
    public const string LinksTitle = "Liens utiles";
    public const string Download = "Télécharger";
    public const string Open = "Ouvrir";
    public const string Size = "Poids";
    public const string Parcours = "Parcours";
    public const string NoResourceForParcours = "Les documents ne proposent pas de ressource à télécharger pour ce parcours.";
    public const string NoLink = "Je n'ai pas de lien pour ce document : les documents n'en donnent pas.";

    public static string List(int count) => $"Voici les {count} documents à télécharger :";
    public static string Fiches(int count) => $"Les documents présentent {count} fiches expérience :";
    public static string Links(int count) => $"Voici les {count} liens utiles donnés par les documents :";
    public static string OfParcours(string parcours) => $"Ressources du parcours {parcours} :";
    public static string Line(string title, string? size, string? url) =>
        title + (size is null ? "" : $" ({size})") + (url is null ? "" : $" : {url}");
}
