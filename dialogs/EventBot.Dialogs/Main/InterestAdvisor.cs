using System.Runtime.CompilerServices;
using EventBot.Dialogs.Parcours;
using EventBot.Domain.Model;
using EventBot.Language.Text;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Main;

/// <summary>
/// Advises, from what a person says of themselves ("je cherche du travail dans la logistique, il y avait quelque chose
/// pour moi ?"), the events of the week and the parcours of the Pop-Up that fit: each is scored by the words (by stem)
/// it shares with the message, leaving out the words most of them share, and those that score best are advised, three
/// at most. Everyday words are first turned into the words the documents use ("ma boîte" is an entreprise).
/// </summary>
public sealed class InterestAdvisor
{
    /// <summary>An event of the week, or a parcours of the Pop-Up.</summary>
    public sealed record Suggestion(WeekEvent? Event, Domain.Model.Parcours? Parcours);

    private const int MaxSuggestions = 3;

    /// <summary>Words by which a person speaks of themselves or of what concerns them.</summary>
    private static readonly string[] PersonCues =
    [
        "je suis", "je cherche", "je travaille", "pour moi", "pour nous", "me concerne", "nous concerne", "me conseill", "nous conseill",
        "me recommand", "m'aurait", "m aurait", "m'interesse", "m interesse", "en tant que", "mon profil", "nous sommes", "on est",
    ];

    /// <summary>Everyday words of people looking for something, and the words the documents use for it.</summary>
    private static readonly Dictionary<string, string[]> Everyday = new(StringComparer.Ordinal)
    {
        ["boite"] = ["entreprise", "entrepreneuriat"], ["societe"] = ["entreprise", "entrepreneuriat"], ["startup"] = ["entreprise", "entrepreneuriat"],
        ["creer"] = ["creation", "createurs", "entrepreneuriat"], ["monter"] = ["creation", "createurs", "entrepreneuriat"],
        ["porteur"] = ["entrepreneuriat", "createurs"], ["porteuse"] = ["entrepreneuriat", "createurs"],
        ["boulot"] = ["emploi"], ["travail"] = ["emploi"], ["taf"] = ["emploi"], ["chomage"] = ["demandeurs", "emploi"], ["demandeuse"] = ["demandeurs"],
        ["embaucher"] = ["recrutent", "recruteurs"], ["recruter"] = ["recrutent", "recruteurs"], ["employeurs"] = ["recrutent", "entreprises"],
    };

    /// <summary>
    /// Whether the person speaks of themselves, naming nothing of the event but the week, the Pop-Up, a parcours or what
    /// a session's name holds ("je suis étudiante en design textile" says "textile").
    /// </summary>
    public static bool SpeaksOfThemselves(Understanding understanding, EventData data) =>
        PersonCues.Any(cue => understanding.Normalised.Contains(cue, StringComparison.Ordinal))
        && understanding.Entities.All(e => e.Kind is EntityKind.Week or EntityKind.Session or EntityKind.Parcours
                                           || (e.Kind == EntityKind.WeekEvent && data.Parcours.Any(p => p.EventId == e.Id)));

    /// <summary>What fits the person best, three at most; none when nothing they say points anywhere.</summary>
    public IReadOnlyList<Suggestion> Advise(Understanding understanding, EventData data)
    {
        // "Je travaille chez un bailleur social" names the parcours Coopérations by what it is about.
        if (understanding.Of(EntityKind.Parcours).Select(e => e.Id).Distinct().ToList() is [var namedParcours]
            && data.Parcours.FirstOrDefault(p => p.Id == namedParcours) is { } parcours)
            return [new Suggestion(null, parcours)];

        // The words the person says, not the names of what they ask about ("pendant la semaine").
        var named = understanding.Entities.Where(e => e.Kind != EntityKind.Session).SelectMany(e => Enumerable.Range(e.TokenStart, e.TokenCount)).ToHashSet();
        var said = understanding.Normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where((w, i) => !named.Contains(i) && w.Length >= 4 && !FrenchStopWords.Contains(w) && !ParcoursAdvisor.AskingWords.Contains(w))
            .SelectMany(w => Everyday.TryGetValue(w, out var written) ? written : [w])
            .SelectMany(FrenchStems.Of).ToHashSet();
        var candidates = Candidates.GetValue(data, Candidate.All);
        said.RemoveWhere(w => candidates.Common.Any(x => FrenchStems.Same(w, x)));
        if (said.Count == 0) return [];
        var scored = candidates.Things.Select(c => (c.Suggestion, Score: said.Count(w => c.Words.Any(x => FrenchStems.Same(w, x))))).ToList();
        var best = scored.Max(x => x.Score);
        var top = scored.Where(x => x.Score == best).Select(x => x.Suggestion).ToList();
        return best >= 1 && top.Count <= MaxSuggestions ? top : [];
    }

    /// <summary>A suggestion and the stems of all it says of itself.</summary>
    private sealed record Thing(Suggestion Suggestion, HashSet<string> Words);

    /// <summary>The events and parcours, and the stems more than half of them share (which say nothing of the person).</summary>
    private sealed record Candidate(IReadOnlyList<Thing> Things, HashSet<string> Common)
    {
        public static Candidate All(EventData data)
        {
            // The Pop-Up is represented by its parcours: what suits a person there is one of them.
            var hosts = data.Parcours.Select(p => p.EventId).ToHashSet();
            var things = data.Events.Where(e => !hosts.Contains(e.Id))
                .Select(e => new Thing(new Suggestion(e, null), Stems(e.Facts.Concat(e.Themes).Prepend(e.Summary).Prepend(e.Title))))
                .Concat(data.Parcours.Select(p => new Thing(new Suggestion(null, p),
                    Stems(p.Sessions.Select(x => x.Title).Concat(p.Themes).Prepend(p.Summary).Prepend(p.Audience ?? "").Prepend(p.Name)))))
                .ToList();
            var common = things.SelectMany(t => t.Words).GroupBy(w => w).Where(g => g.Count() > things.Count / 2).Select(g => g.Key).ToHashSet();
            return new Candidate(things, common);
        }

        private static HashSet<string> Stems(IEnumerable<string> texts) => [.. FrenchStems.Of(string.Join(' ', texts))];
    }

    /// <summary>Worked out once per data snapshot.</summary>
    private static readonly ConditionalWeakTable<EventData, Candidate> Candidates = new();
}
