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

    /// <summary>Cues this heavy decide the answer alone (see <see cref="IntentCues"/>).</summary>
    private const double DecisiveWeight = 4.5;

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

    /// <summary>Words that say a file is meant: a where-question then asks where to find it, "programme" is the document.</summary>
    private static readonly HashSet<string> DocumentWords =
    [
        "telecharger", "telecharge", "telechargement", "document", "documents", "pdf", "fichier", "fichiers", "depliant", "plaquette",
        "biblio", "bibliographie", "diaporama", "slides", "fiche", "fiches", "imprimer",
    ];

    /// <summary>Words that say a web link is meant ("site" is left out: it is also a place).</summary>
    private static readonly HashSet<string> LinkWords = ["webdoc", "youtube", "video", "videos", "lien", "liens", "url", "replay", "chaine"];

    /// <summary>Things that happen: "quand" about them asks when they take place (a speaker's "quand" is their session's).</summary>
    private static readonly HashSet<EntityKind> Happenings =
        [EntityKind.WeekEvent, EntityKind.Session, EntityKind.Parcours, EntityKind.Week, EntityKind.Speaker, EntityKind.Paqte];

    /// <summary>Words that put a "quand" in the past of a structure or a place ("fondée quand", "date de quand").</summary>
    private static readonly string[][] PastMarkers =
        [["a", "ete"], ["fonde"], ["fondee"], ["cree"], ["creee"], ["creation"], ["fondation"], ["existe"], ["date", "de"], ["ouvert"], ["ouverte"]];

    private static readonly IReadOnlySet<int> NoPositions = new HashSet<int>();

    private static readonly CueMatcher Cues = new(IntentCues.All.Select(c => c.Tokens).Concat(PastMarkers));
    /// <summary><see cref="IntentCues.All"/>, in its order, as <see cref="Cues"/> finds them.</summary>
    private static readonly Cue[] PreparedCues = [.. IntentCues.All.Select(c => Cues.Prepare(c.Tokens))];
    private static readonly Cue[] PreparedPastMarkers = [.. PastMarkers.Select(m => Cues.Prepare(m))];

    public IntentResult Classify(NormalisedText message, IReadOnlyList<EntityMatch> entities, DateResolution? date)
    {
        var scores = new Dictionary<Intent, double>();
        void Add(Intent intent, double weight) => scores[intent] = scores.GetValueOrDefault(intent) + weight;

        var tokens = message.Tokens;
        var documentWord = tokens.Any(DocumentWords.Contains);
        var topics = new List<string>();
        var covered = InsideNames(entities);
        // Longest cues first; a cue lying inside one already found is part of that phrase, not more
        // evidence ("qui est" inside "qui est derrière", "ce qu'il y a" inside "qu'est-ce qu'il y a").
        var claimed = new List<(int Start, int End)>();
        // "Where" evidence waits until the message tells whether a place, a document or a link is looked for.
        var where = 0.0;
        var cueMessage = Cues.Read(tokens);
        for (var c = 0; c < PreparedCues.Length; c++)
        {
            var cue = IntentCues.All[c];
            var start = cueMessage.Find(PreparedCues[c], cue.CountsInsideNames ? NoPositions : covered);
            if (start < 0) continue;
            // A word that decides the answer alone (s'inscrire, a subject the documents never cover) must be said as it
            // is, or as a form of it: "traite" is not a typo of "traiteur", nor "parler" of "parker".
            if (cue.Weight >= DecisiveWeight && cue.Tokens.Count == 1 && !CueMatcher.SameWordOrForm(tokens[start], cue.Tokens[0])) continue;
            var end = start + cue.Tokens.Count;
            if (IsClaimed(claimed, start, end)) continue;
            claimed.Add((start, end));
            if (cue.Intent == Intent.None) continue;
            switch (cue.Role)
            {
                case CueRole.UnlessDocument when documentWord:
                case CueRole.UnlessPlace when entities.Any(e => e.Kind == EntityKind.Place):
                case CueRole.AboutOrganisation when entities.All(e => e.Kind != EntityKind.Organisation):
                    continue;
                case CueRole.Where:
                case CueRole.PersonOrWhere when !MeansPerson(tokens, entities):
                    where += cue.Role == CueRole.Where ? cue.Weight : 3;
                    continue;
            }
            Add(cue.Intent, cue.Weight);
            if (cue.Topic is not null && !topics.Contains(cue.Topic)) topics.Add(cue.Topic);
        }
        if (where == 0 && !scores.ContainsKey(Intent.Lieu) && LoneOu(tokens, claimed)) where = 3;
        if (where > 0) Add(WhereIntent(tokens, entities, documentWord, scores.ContainsKey(Intent.Lieu)), where);

        foreach (var entity in Evidential(entities, documentWord).GroupBy(e => e.Kind).Select(g => g.MaxBy(e => e.Score)!))
        {
            var (intent, weight) = EntityEvidence[entity.Kind];
            Add(intent, weight * entity.Score);
        }
        // "c'est qui l'IREV": who is an organisation asks about the organisers, not a speaker.
        if (entities.Any(e => e.Kind == EntityKind.Organisation) && entities.All(e => e.Kind != EntityKind.Speaker) && tokens.Contains("qui"))
            Add(Intent.Organisers, 2);
        if (entities.Any(e => e.Score >= 0.9) && scores.ContainsKey(Intent.OutOfScope)) scores[Intent.OutOfScope] /= 2;

        // A date beside a document's or an event's name says which one it is ("la présentation de Kpa-cités du 16 octobre",
        // "la journée L'Entrepreneuriat pour tous du 17 octobre"): it does not ask for the day's programme.
        if (!entities.Any(e => e.Kind is EntityKind.Resource or EntityKind.Fiche or EntityKind.Link && e.Score >= 0.8
                               || e.Kind == EntityKind.WeekEvent && e.Score >= 0.9 && date?.Relative is null))
            AddDateEvidence(date, Add);
        MoveQuandToItsThing(scores, cueMessage, tokens, entities, documentWord);

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

    /// <summary>Whether the run of tokens lies inside a cue already found. A loop: a lambda capturing start and end cost a closure for every cue of every message.</summary>
    private static bool IsClaimed(List<(int Start, int End)> claimed, int start, int end)
    {
        foreach (var (claimedStart, claimedEnd) in claimed)
            if (claimedStart <= start && end <= claimedEnd) return true;
        return false;
    }

    /// <summary>
    /// The entities that are evidence of what is asked. A name inside a longer one only qualifies it ("l'atelier du
    /// parcours Attractivité" is about the atelier); the programme's document named without a document word is
    /// the programme itself ("le programme de la semaine").
    /// </summary>
    private static IEnumerable<EntityMatch> Evidential(IReadOnlyList<EntityMatch> entities, bool documentWord) =>
        entities.Where(e => !entities.Any(o => o.TokenCount > e.TokenCount && o.TokenStart <= e.TokenStart
                                               && e.TokenStart + e.TokenCount <= o.TokenStart + o.TokenCount))
            .Where(e => documentWord || !IsProgrammeDocument(e));

    private static bool IsProgrammeDocument(EntityMatch e) =>
        e.Kind == EntityKind.Resource && e.MatchedText.Split(' ').Contains("programme");

    /// <summary>
    /// "Où" about a document or a link asks where to find it (Ressource, Lien); about anything else, or with a
    /// word of places (accueil, salle, a lieu), it asks for a place.
    /// </summary>
    private static Intent WhereIntent(IReadOnlyList<string> tokens, IReadOnlyList<EntityMatch> entities, bool documentWord, bool placeWord)
    {
        if (placeWord) return Intent.Lieu;
        if (documentWord || entities.Any(e => e.Kind == EntityKind.Resource)) return Intent.Ressource;
        if (tokens.Any(LinkWords.Contains) || entities.Any(e => e.Kind == EntityKind.Link)) return Intent.Lien;
        return Intent.Lieu;
    }

    /// <summary>A person named, or spoken of as il / elle ("il y a" aside).</summary>
    private static bool MeansPerson(IReadOnlyList<string> tokens, IReadOnlyList<EntityMatch> entities) =>
        entities.Any(e => e.Kind == EntityKind.Speaker)
        || tokens.Select((t, i) => (t, i)).Any(x => x.t is "elle" or "lui" || (x.t == "il" && (x.i + 1 >= tokens.Count || tokens[x.i + 1] != "y")));

    /// <summary>
    /// "Quand" is for when events, sessions and parcours happen. About a fiche, a document or a link — or about the
    /// past of a place or a structure ("fondée quand", "date de quand") — it asks about that thing.
    /// </summary>
    private static void MoveQuandToItsThing(
        Dictionary<Intent, double> scores, CueMessage cueMessage, IReadOnlyList<string> tokens, IReadOnlyList<EntityMatch> entities, bool documentWord)
    {
        if (!scores.TryGetValue(Intent.Quand, out var quand) || entities.Any(e => Happenings.Contains(e.Kind))) return;
        var past = PreparedPastMarkers.Any(m => cueMessage.Find(m, NoPositions) >= 0);
        Intent? owner =
            entities.Any(e => e.Kind == EntityKind.Fiche) || tokens.Any(t => t is "fiche" or "fiches") ? Intent.Fiche
            : entities.Any(e => e.Kind == EntityKind.Resource && !IsProgrammeDocument(e)) || documentWord ? Intent.Ressource
            : entities.Any(e => e.Kind == EntityKind.Link) ? Intent.Lien
            : past && entities.Any(e => e.Kind == EntityKind.Place) ? Intent.Lieu
            : past && entities.Any(e => e.Kind == EntityKind.Organisation) ? Intent.Organisers
            : null;
        if (owner is not { } o) return;
        scores.Remove(Intent.Quand);
        scores[o] = scores.GetValueOrDefault(o) + quand;
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
            case RelativeDay.Next or RelativeDay.DayBefore: add(Intent.Next, 2.5); break;
            default:
                // A day said without a question word asks for that day's programme ("quels événements jeudi").
                if (date.Dates.Count > 0) add(Intent.Programme, 2.5);
                break;
        }
    }

    /// <summary>
    /// "ou" alone at either end of a question is "où" ("l'accueil c'est ou"); in the middle it is "or". An "ou"
    /// taken by a cue ("il bosse où") is that cue's.
    /// </summary>
    private static bool LoneOu(IReadOnlyList<string> tokens, List<(int Start, int End)> claimed)
    {
        bool Free(int i) => !claimed.Any(c => c.Start <= i && i < c.End);
        return tokens.Count > 0 && ((tokens[0] == "ou" && Free(0)) || (tokens[^1] == "ou" && Free(tokens.Count - 1)));
    }
}
