namespace EventBot.Dialogs.Intervenant;

/// <summary>What the speakers dialog says.</summary>
internal static class IntervenantTexts
{
    public const string AskWhich = "Les intervenants de quel parcours voulez-vous connaître ?";
    public const string Title = "Intervenants";
    public const string NoSpeakers = "Les documents ne nomment pas d'intervenant pour cela.";
    public const string NotFound = "Je ne trouve pas cette personne parmi les intervenants cités dans les documents.";

    public const string Status = "Statut";

    /// <summary>Words of a "who" question that name no organisation.</summary>
    public static readonly HashSet<string> QuestionWords =
        ["qui", "vient", "viennent", "intervient", "interviennent", "intervenant", "intervenants", "parle", "anime", "est", "sont", "les", "des"];
    public static string SpeaksIn(string person) => $"{person} intervient :";
    public static string In(string what) => $"Qui intervient — {what} :";
    public static string With(string partners) => $"proposé avec {partners}.";
    public static string FromOrganisation(string organisation) => $"Intervenants de {organisation} :";
    public static string Parcours(string name) => $"dans le parcours {name}";
}
