using System.Text.RegularExpressions;
using EventBot.Language.Text;

namespace EventBot.Language.Organisers;

/// <summary>
/// Recognises the organisers' chat commands, beside the intent classifier (they are not intents of the blind
/// held-out set). Whether the sender is an organiser is the conversation's business: anyone's "combien
/// d'inscrits ?" is recognised, so that a participant gets a polite refusal rather than a wrong answer.
/// </summary>
public static partial class OrganiserCommandRecognizer
{
    private static readonly string[][] CountPhrases =
        [.. new[]
        {
            // Not "combien de participants": that asks what the sources say (160 at the Pop-Up).
            "combien d'inscrits", "combien d inscrits", "combien d'inscriptions", "combien de personnes inscrites", "combien sont inscrits",
            "nombre d'inscrits", "nombre d'inscriptions", "combien de gens inscrits", "combien y a t il d'inscrits", "combien il y a d'inscrits",
        }.Select(p => FrenchNormaliser.Normalise(p).Tokens.ToArray())];

    private static readonly string[] Everyone = ["tous", "toutes", "tout le monde", "tous les inscrits", "tous les participants", "everyone"];

    public static OrganiserCommand Recognize(string text) => Recognize(text, FrenchNormaliser.Normalise(text));

    public static OrganiserCommand Recognize(string text, NormalisedText message)
    {
        if (Announcement().Match(text) is { Success: true } match)
        {
            var audience = match.Groups["who"].Value.Trim();
            var announced = match.Groups["text"].Success ? match.Groups["text"].Value.Trim() : "";
            var foldedAudience = FrenchNormaliser.Normalise(audience).Text;
            var toEveryone = foldedAudience.Length == 0 || Everyone.Contains(foldedAudience);
            return new OrganiserCommand(OrganiserCommandKind.Announce, toEveryone ? null : audience, announced.Length == 0 ? null : announced);
        }

        return CountPhrases.Any(p => TokenPhrases.Contains(message.Tokens, p)) ? new OrganiserCommand(OrganiserCommandKind.Count) : OrganiserCommand.None;
    }

    /// <summary>
    /// "annonce aux inscrits Emergence : …", "annonce à tous : …", "annoncer au parcours X: …", "fais une annonce à tous : …",
    /// "envoie un message aux inscrits d'Emergence : …" (a message only to the inscrits, to all or to a parcours: "envoyez un
    /// message à l'IREV" is no announcement); the colon separates the text.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:je\s+(?:veux|voudrais)\s+)?(?:(?:fais|faire|faites|envoie|envoyer|envoyez|passe|passer|publie|publier)\s+une\s+annonce|(?:envoie|envoyer|envoyez)\s+un\s+message(?=\s+(?:aux?|à|a|pour)\s+(?:les\s+)?(?:inscrits|tous|toutes|tout|participants|parcours)\b))|annoncez|annoncer|annonce)\b\s*(?:(?:aux?|à|a|pour)\s+)?(?<who>[^:]*?)\s*(?::\s*(?<text>.*))?$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Announcement();
}
