using System.Text.RegularExpressions;
using EventBot.Domain.SignUps;
using EventBot.Language.Entities;
using EventBot.Language.Text;

namespace EventBot.Language.SignUps;

/// <summary>What a message says of the person signing up; null where it says nothing.</summary>
public sealed record ParticipantDetails(string? FirstName, string? LastName, string? Email, string? Organisation, Profile? Profile);

/// <summary>
/// Reads a person's details in a sentence: "inscris Marie Dupont, marie.dupont@exemple.fr",
/// "je m'appelle Marie Dupont", "non, mon mail c'est …", "je travaille à la MEL", "je suis élue".
/// The e-mail comes from Microsoft.Recognizers.Text's Sequence recogniser; names and organisation
/// from the phrases that introduce them, kept as written.
/// </summary>
public static partial class ParticipantDetailsReader
{
    /// <summary>Profile words (normalised) → profile; several words may name one profile.</summary>
    private static readonly (string[] Words, Profile Profile)[] ProfileWords =
    [
        (["conseiller citoyen", "conseillere citoyenne", "conseillers citoyens", "citoyen", "citoyenne", "habitant", "habitante"], Profile.Citoyen),
        (["elu", "elue", "maire", "adjoint", "adjointe", "conseiller municipal", "conseillere municipale", "depute", "deputee"], Profile.Elu),
        (["acteur national", "actrice nationale", "acteurs nationaux"], Profile.ActeurNational),
        (["acteur local", "actrice locale", "acteurs locaux", "associatif", "associative"], Profile.ActeurLocal),
        (["universitaire", "chercheur", "chercheuse", "enseignant", "enseignante", "etudiant", "etudiante"], Profile.Universitaire),
        (["entrepreneur", "entrepreneuse", "chef d'entreprise", "createur d'entreprise", "creatrice d'entreprise", "independant", "independante"], Profile.Entrepreneur),
        (["autre", "aucun", "rien de tout ca"], Profile.Autre),
    ];

    public static ParticipantDetails Read(string text)
    {
        var email = EmailRecognizer.FindEmail(text);
        var withoutEmail = email is null ? text : text.Replace(email, " ", StringComparison.Ordinal);
        var (first, last) = Name(withoutEmail);
        return new ParticipantDetails(first, last, email, Organisation(withoutEmail), ProfileIn(withoutEmail));
    }

    /// <summary>A profile named in the text, if any.</summary>
    public static Profile? ProfileIn(string text)
    {
        var normalised = " " + FrenchNormaliser.Normalise(text).Text + " ";
        foreach (var (words, profile) in ProfileWords)
        {
            if (words.Any(w => normalised.Contains(" " + w + " ", StringComparison.Ordinal)))
            {
                return profile;
            }
        }

        return null;
    }

    /// <summary>"Marie Dupont" → (Marie, Dupont); "Jean-Pierre de La Tour" → (Jean-Pierre, de La Tour).</summary>
    public static (string? First, string? Last) SplitName(string name)
    {
        var words = Clean(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 => (null, null),
            1 => (words[0], null),
            _ => (words[0], string.Join(' ', words[1..])),
        };
    }

    /// <summary>Trims the punctuation around a value the person typed, keeping it otherwise as written.</summary>
    public static string Clean(string value) => value.Trim().Trim(',', '.', ';', ':', '!', '?', '"', '«', '»', ' ').Trim();

    private static (string? First, string? Last) Name(string text)
    {
        var match = NamePhrase().Match(text);
        if (!match.Success)
        {
            return (null, null);
        }

        var words = match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .TakeWhile(w => !NameStops.Contains(FrenchNormaliser.Fold(w)))
            .ToArray();
        return SplitName(string.Join(' ', words));
    }

    /// <summary>Words that end a name: what follows is something else ("Marie Dupont au parcours…").</summary>
    private static readonly HashSet<string> NameStops = ["au", "a", "pour", "de", "du", "dans", "et", "avec", "parcours", "email", "mail", "e-mail", "qui", "je"];

    private static string? Organisation(string text)
    {
        var match = OrganisationPhrase().Match(text);
        return match.Success ? Clean(match.Groups["org"].Value) : null;
    }

    // Names start with a capital after an introducing phrase; up to four words, hyphens and apostrophes allowed.
    [GeneratedRegex(@"(?i:je m'appelle|je m’appelle|mon nom(?: complet)? (?:est|c'est|c’est)|moi c'est|moi c’est|inscri(?:s|vez|re)(?:-moi)?|nom\s*:)\s+(?<name>\p{Lu}[\p{L}'’-]*(?:\s+(?:de |du |de la |van |le |la )?\p{Lu}[\p{L}'’-]*){0,3})")]
    private static partial Regex NamePhrase();

    [GeneratedRegex(@"(?:je travaille (?:à|a|au|chez|pour|dans)|je suis (?:à|chez)|mon organisation (?:est|c'est|c’est)|mon organisme (?:est|c'est|c’est)|mon employeur (?:est|c'est|c’est)|organisation\s*:|structure\s*:|de l'association|de l’association|pour l'association|pour l’association)\s+(?<org>[^,.;!?]{2,150})", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationPhrase();
}
