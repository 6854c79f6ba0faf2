using EventBot.Domain.Insight;

namespace EventBot.Organisers;

/// <summary>What the unanswered questions' endpoint says, in French.</summary>
internal static class UnansweredTexts
{
    public const string Unavailable = "La base de données est indisponible : les questions sans réponse ne peuvent pas être lues.";

    public static string BadLimit(int max) => $"« limit » doit être un nombre entre 1 et {max}.";

    public static string Reason(UnansweredReason reason) => reason switch
    {
        UnansweredReason.Partial => "partiel",
        UnansweredReason.NotUnderstood => "incompris",
        UnansweredReason.OutOfScope => "hors sujet",
        _ => "inconnu",
    };
}
