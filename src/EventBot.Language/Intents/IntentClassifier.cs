using EventBot.Language.Text;
using EventBot.Language.Understanding;

namespace EventBot.Language.Intents;

/// <summary>
/// Chooses the intent of a message by adding evidence: cue words (see <see cref="IntentCues"/>), the
/// event entities named, and the date said. The highest total wins; ties go to the intent earliest in
/// <see cref="Priority"/>, which puts what decides the answer's form (annuler, où, qui, quand) before the
/// topic. See Intents/README.md for why rules and not a trained model, and the held-out accuracy.
/// Stateless, so one instance serves concurrent turns.
/// </summary>
public sealed class IntentClassifier
{
    /// <summary>Below this total nothing is asserted: Intent.None lets the knowledge search try.</summary>
    public const double MinEvidence = 0.9;

    private static readonly Intent[] Priority =
    [
        Intent.Cancel, Intent.Unknowable, Intent.Inscription, Intent.Quand, Intent.Lieu, Intent.Intervenant, Intent.Organisers,
        Intent.Paqte, Intent.Fiche, Intent.Ressource, Intent.Lien, Intent.Now, Intent.Next, Intent.Programme, Intent.Session,
        Intent.Parcours, Intent.WeekEvent, Intent.Help, Intent.OutOfScope, Intent.Goodbye, Intent.Thanks, Intent.Greeting, Intent.None,
    ];

    /// <summary>What naming a thing of a kind says about the intent (weaker than a cue: "qui anime l'atelier X" is about who).</summary>
    private static readonly Dictionary<EntityKind, (Intent Intent, double Weight)> EntityEvidence = new()
    {
        [EntityKind.Parcours] = (Intent.Parcours, 1.5),
        [EntityKind.Session] = (Intent.Session, 1.5),
        [EntityKind.Speaker] = (Intent.Intervenant, 1.5),
        [EntityKind.Organisation] = (Intent.Organisers, 0.5),
        [EntityKind.Place] = (Intent.Lieu, 1.0),
        [EntityKind.Resource] = (Intent.Ressource, 1.5),
        [EntityKind.Fiche] = (Intent.Fiche, 1.5),
        [EntityKind.WeekEvent] = (Intent.WeekEvent, 1.5),
        [EntityKind.Link] = (Intent.Lien, 1.5),
        [EntityKind.Paqte] = (Intent.Paqte, 2.5),
        [EntityKind.Week] = (Intent.WeekEvent, 1.0),
    };

    public IntentResult Classify(NormalisedText message, IReadOnlyList<EntityMatch> entities, DateResolution? date)
    {
        var scores = new Dictionary<Intent, double>();
        void Add(Intent intent, double weight) => scores[intent] = scores.GetValueOrDefault(intent) + weight;

        var topics = new List<string>();
        var covered = InsideNames(entities);
        // Longest cues first; a cue lying inside one already found is part of that phrase, not more
        // evidence ("qui est" inside "qui est derrière", "ce qu'il y a" inside "qu'est-ce qu'il y a").
        var claimed = new List<(int Start, int End)>();
        foreach (var cue in IntentCues.All)
        {
            var start = CueMatcher.Find(message.Tokens, cue.Tokens, cue.CountsInsideNames ? new HashSet<int>() : covered);
            if (start < 0) continue;
            var end = start + cue.Tokens.Count;
            if (claimed.Any(c => c.Start <= start && end <= c.End)) continue;
            claimed.Add((start, end));
            Add(cue.Intent, cue.Weight);
            if (cue.Topic is not null && !topics.Contains(cue.Topic)) topics.Add(cue.Topic);
        }
        if (LoneOu(message.Tokens) && !scores.ContainsKey(Intent.Lieu)) Add(Intent.Lieu, 3);

        foreach (var entity in entities.GroupBy(e => e.Kind).Select(g => g.MaxBy(e => e.Score)!))
        {
            var (intent, weight) = EntityEvidence[entity.Kind];
            Add(intent, weight * entity.Score);
        }
        // "c'est qui l'IREV": who is an organisation asks about the organisers, not a speaker.
        if (entities.Any(e => e.Kind == EntityKind.Organisation) && entities.All(e => e.Kind != EntityKind.Speaker) && message.Tokens.Contains("qui"))
            Add(Intent.Organisers, 2);
        if (entities.Any(e => e.Score >= 0.9) && scores.ContainsKey(Intent.OutOfScope)) scores[Intent.OutOfScope] /= 2;

        AddDateEvidence(date, Add);

        // Several topics cues for one intent add up, but one intent's total is capped so that a long
        // message of topic words cannot outvote a single decisive question word.
        var ranked = scores.Select(kv => (Intent: kv.Key, Score: Math.Min(kv.Value, 5.0)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => Array.IndexOf(Priority, s.Intent))
            .ToList();
        if (ranked.Count == 0 || ranked[0].Score < MinEvidence)
            return new IntentResult(Intent.None, 0, topics);
        var top = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Score : 0;
        var confidence = top.Score / (top.Score + second) * Math.Min(1.0, top.Score / 3.0);
        return new IntentResult(top.Intent, Math.Round(confidence, 3), top.Intent == Intent.Unknowable ? topics : []);
    }

    /// <summary>
    /// Token positions inside names of two words or more: "lieu" in "lieux totems" is no question about a
    /// place, but a one-word name ("vidéo", "paqte") is still the cue it looks like.
    /// </summary>
    public static IReadOnlySet<int> InsideNames(IEnumerable<EntityMatch> entities) =>
        entities.Where(e => e.TokenCount >= 2).SelectMany(e => Enumerable.Range(e.TokenStart, e.TokenCount)).ToHashSet();

    private static void AddDateEvidence(DateResolution? date, Action<Intent, double> add)
    {
        if (date is null) return;
        switch (date.Relative)
        {
            case RelativeDay.Now or RelativeDay.Today or RelativeDay.Tonight: add(Intent.Now, 2.5); break;
            case RelativeDay.Next: add(Intent.Next, 2.5); break;
            default:
                // A day said without a question word asks for that day's programme ("quels événements jeudi").
                if (date.Dates.Count > 0) add(Intent.Programme, 2.5);
                break;
        }
    }

    /// <summary>"ou" alone at either end of a question is "où" ("l'accueil c'est ou"); in the middle it is "or".</summary>
    private static bool LoneOu(IReadOnlyList<string> tokens) =>
        tokens.Count > 0 && (tokens[0] == "ou" || tokens[^1] == "ou");
}
