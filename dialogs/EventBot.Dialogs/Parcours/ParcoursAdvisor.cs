using EventBot.Domain.Model;
using EventBot.Domain.SignUps;
using EventBot.Language.SignUps;
using EventBot.Language.Text;

namespace EventBot.Dialogs.Parcours;

/// <summary>
/// Advises a parcours from what a person says of themselves or of their interests ("je suis
/// conseiller citoyen", "je m'intéresse au textile"): each parcours is scored by the words it shares
/// with its audience, themes, summary and session titles, compared on their first five letters so that
/// "entrepreneur" meets "entreprendre". Advises only when one parcours clearly leads, and never on the
/// words every parcours shares.
/// </summary>
public sealed class ParcoursAdvisor
{
    /// <summary>The parcours advised, and the audience the sources name for it when they do.</summary>
    public sealed record Advice(Domain.Model.Parcours Parcours, string? Reason);

    private const int StemLength = 5;

    /// <summary>Words that ask for a parcours but say nothing of the person.</summary>
    private static readonly HashSet<string> AskingWords =
    [
        "parcours", "choisir", "choix", "conseil", "conseille", "conseiller", "conseillez", "recommande", "recommandez",
        "lequel", "laquelle", "moi", "suis", "interesse", "interesser", "adapte", "correspond", "faire", "veux",
        "voudrais", "aller", "participer", "quoi", "quel", "lesquels", "meilleur", "mieux", "profil", "mon", "pop", "up",
    ];

    /// <summary>Words by which a person asks for advice or speaks of themselves; without one, nothing is advised.</summary>
    private static readonly string[] AdviceCues =
        ["je suis", "pour moi", "conseil", "choisir", "recommand", "interesse", "lequel", "quel parcours", "profil", "en tant que", "je travaille", "je suis un", "je suis une"];

    /// <summary>Whether the person asks for advice or speaks of themselves.</summary>
    public static bool AdviceAsked(Question question) =>
        AdviceCues.Any(cue => question.Understanding.Normalised.Contains(cue, StringComparison.Ordinal));

    public Advice? Advise(Question question, EventData data)
    {
        if (!AdviceAsked(question))
        {
            return null;
        }

        var said = question.Understanding.Normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !FrenchStopWords.Contains(w) && !AskingWords.Contains(w))
            .Select(Stem).ToHashSet();
        // "conseiller citoyen": "conseiller" is also an asking word, so keep it when "citoyen" is there.
        if (question.Understanding.Normalised.Contains("conseiller citoyen", StringComparison.Ordinal) ||
            question.Understanding.Normalised.Contains("conseillers citoyens", StringComparison.Ordinal))
        {
            said.Add(Stem("conseiller"));
        }

        // "Habitante", "citoyen": the profile the sign-up knows, matched with the audience the sources name.
        if (ParticipantDetailsReader.ProfileIn(question.Understanding.Text) == Profile.Citoyen)
        {
            said.Add(Stem("citoyen"));
        }

        if (said.Count == 0)
        {
            return null;
        }

        var common = data.Parcours.SelectMany(p => Words(p).Distinct()).GroupBy(w => w)
            .Where(g => g.Count() > data.Parcours.Count / 2).Select(g => g.Key).ToHashSet();
        var scored = data.Parcours
            .Select(p => (Parcours: p, Score: Score(p, said, common)))
            .OrderByDescending(x => x.Score)
            .ToList();
        if (scored[0].Score < 1 || scored[0].Score <= scored[1].Score)
        {
            return null;
        }

        var best = scored[0].Parcours;
        return new Advice(best, best.Audience);
    }

    private static double Score(Domain.Model.Parcours parcours, HashSet<string> said, HashSet<string> common)
    {
        var audience = Tokens(parcours.Audience ?? "").ToHashSet();
        var rest = Words(parcours).ToHashSet();
        // The audience the sources name weighs most: it is who the parcours is for.
        return said.Where(w => !common.Contains(w)).Sum(w => audience.Contains(w) ? 2.0 : rest.Contains(w) ? 1.0 : 0.0);
    }

    private static IEnumerable<string> Words(Domain.Model.Parcours p) =>
        Tokens(string.Join(' ', new[] { p.Name, p.Audience ?? "", p.Summary }.Concat(p.Themes).Concat(p.Sessions.Select(s => s.Title))));

    private static IEnumerable<string> Tokens(string text) =>
        FrenchNormaliser.Normalise(text).Tokens.Where(w => w.Length >= 4 && !FrenchStopWords.Contains(w)).Select(Stem);

    private static string Stem(string word) => word.Length > StemLength ? word[..StemLength] : word;
}
