using System.Runtime.CompilerServices;
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
    internal static readonly HashSet<string> AskingWords =
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

        var vocabulary = Vocabularies.GetValue(data, Vocabulary.Of);
        var scored = vocabulary.Parcours
            .Select(p => (p.Parcours, Score: Score(p, said, vocabulary.Common)))
            .OrderByDescending(x => x.Score)
            .ToList();
        if (scored[0].Score < 1 || scored[0].Score <= scored[1].Score)
        {
            return null;
        }

        var best = scored[0].Parcours;
        return new Advice(best, best.Audience);
    }

    // The audience the sources name weighs most: it is who the parcours is for.
    private static double Score(ParcoursWords parcours, HashSet<string> said, HashSet<string> common) =>
        said.Where(w => !common.Contains(w)).Sum(w => parcours.Audience.Contains(w) ? 2.0 : parcours.All.Contains(w) ? 1.0 : 0.0);

    /// <summary>The stems of a parcours's audience, and of all it says of itself.</summary>
    private sealed record ParcoursWords(Domain.Model.Parcours Parcours, HashSet<string> Audience, HashSet<string> All);

    /// <summary>Each parcours's words, and those more than half of them share (which say nothing of the person).</summary>
    private sealed record Vocabulary(IReadOnlyList<ParcoursWords> Parcours, HashSet<string> Common)
    {
        public static Vocabulary Of(EventData data)
        {
            var parcours = data.Parcours.Select(p => new ParcoursWords(p, Tokens(p.Audience ?? "").ToHashSet(), Words(p).ToHashSet())).ToList();
            var common = parcours.SelectMany(p => p.All).GroupBy(w => w)
                .Where(g => g.Count() > parcours.Count / 2).Select(g => g.Key).ToHashSet();
            return new Vocabulary(parcours, common);
        }
    }

    /// <summary>Worked out once per data snapshot: the data does not change under a turn, and normalising it is most of the work.</summary>
    private static readonly ConditionalWeakTable<EventData, Vocabulary> Vocabularies = new();

    private static IEnumerable<string> Words(Domain.Model.Parcours p) =>
        Tokens(string.Join(' ', new[] { p.Name, p.Audience ?? "", p.Summary }.Concat(p.Themes).Concat(p.Sessions.Select(s => s.Title))));

    private static IEnumerable<string> Tokens(string text) =>
        FrenchNormaliser.Normalise(text).Tokens.Where(w => w.Length >= 4 && !FrenchStopWords.Contains(w)).Select(Stem);

    private static string Stem(string word) => word.Length > StemLength ? word[..StemLength] : word;
}
