namespace EventBot.RateLimiting;

/// <summary>What a person or a client reads when a rate limit trips.</summary>
public static class RateLimitTexts
{
    /// <summary>The bot's message to a person who sends too many messages.</summary>
    public const string TooManyMessages =
        "Vous envoyez beaucoup de messages en peu de temps : je fais une courte pause. Réessayez dans une minute, je vous répondrai volontiers.";

    public const string Title = "Trop de requêtes";

    /// <summary>The HTTP APIs' 429 detail; {0} is the number of seconds to wait.</summary>
    public const string TooManyRequests =
        "Trop de requêtes en peu de temps depuis cette adresse ou avec cette clé. Merci de réessayer dans {0} secondes.";
}
