using EventBot.Domain.Model;
using EventBot.Language.Text;
using EventBot.Language.Understanding;

namespace EventBot.Language.Entities;

/// <summary>
/// Finds the event's things (parcours, sessions, speakers, places…) named in a normalised message,
/// tolerating typos, missing accents and plurals. Overlapping finds are settled by length then score:
/// "plateau radio emergence" names a session, not only the parcours Emergence.
/// Immutable once built, so one instance serves concurrent turns.
/// </summary>
public sealed class EntityRecognizer
{
    /// <summary>Below this a find is more likely a coincidence than a name.</summary>
    public const double MinScore = 0.7;

    private readonly IReadOnlyList<EntityPhrase> _phrases;
    private readonly NameWords _nameWords;
    private readonly Dictionary<string, string> _onlySessionOfSpeaker;
    private readonly Dictionary<string, string> _ficheOfResource;
    /// <summary>Parcours id → its sessions with the words their kind is called by ("atelier", "table ronde"…).</summary>
    private readonly Dictionary<string, List<(string Session, IReadOnlyList<string[]> Labels)>> _sessionsOfParcours;
    /// <summary>Kind labels of several words ("plateau radio") → every session of those kinds, in the data's order.</summary>
    private readonly List<(string[] Label, List<string> Sessions)> _sessionsOfKindLabel;
    /// <summary>Session id → the stems of its title.</summary>
    private readonly Dictionary<string, HashSet<string>> _sessionTitleStems;

    /// <summary>
    /// "Le plateau radio", "la table ronde" said with no parcours: the sessions of that kind (a couple each), all equally,
    /// at <see cref="KindAloneWeight"/>. A one-word kind ("atelier", "visite") is too common a word to name anything alone.
    /// </summary>
    private IEnumerable<EntityMatch> SessionsOfKindsAlone(NormalisedText message, List<EntityMatch> matches, List<EntityMatch> ofParcoursKinds)
    {
        if (matches.Any(m => m.Kind == EntityKind.Session) || ofParcoursKinds.Count > 0) yield break;
        foreach (var (label, sessions) in _sessionsOfKindLabel)
        {
            for (var start = 0; start + label.Length <= message.Tokens.Count; start++)
            {
                if (!label.Select((w, k) => SameKindWord(message.Tokens[start + k], w)).All(x => x)) continue;
                foreach (var session in sessions)
                {
                    yield return new EntityMatch(EntityKind.Session, session, string.Join(' ', message.Tokens.Skip(start).Take(label.Length)), KindAloneWeight)
                    {
                        TokenStart = start,
                        TokenCount = label.Length,
                    };
                }

                break;
            }
        }
    }

    /// <summary>The score of a session named by its kind alone: enough to be named, less than by its title.</summary>
    internal const double KindAloneWeight = 0.75;

    /// <summary>Every way a kind of session is called, as words ("table", "ronde").</summary>
    private static readonly string[][] KindWords =
        [.. EntityPhraseBuilder.KindLabels.Values.SelectMany(l => l).Distinct().Select(l => l.Split(' '))];

    /// <summary>How far (in tokens) a kind word may stand from the parcours it belongs to ("l'atelier proposé dans le parcours X").</summary>
    private const int KindToParcoursGap = 4;

    public EntityRecognizer(EventData data)
    {
        _phrases = EntityPhraseBuilder.Build(data);
        _nameWords = new NameWords(_phrases);
        _onlySessionOfSpeaker = data.Parcours.SelectMany(p => p.Sessions)
            .SelectMany(s => s.Speakers.Select(sp => (Speaker: sp.Name, Session: s.Id)))
            .GroupBy(x => x.Speaker)
            .Where(g => g.Select(x => x.Session).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Session);
        _ficheOfResource = data.Fiches.Where(f => f.ResourceId is not null)
            .GroupBy(f => f.ResourceId!).ToDictionary(g => g.Key, g => g.First().Id);
        _sessionsOfKindLabel = EntityPhraseBuilder.KindLabels
            .SelectMany(kind => kind.Value.Where(label => label.Contains(' ')).Select(label => (Label: label, Kind: kind.Key)))
            .GroupBy(x => x.Label)
            .Select(g => (g.Key.Split(' '), data.Parcours.SelectMany(p => p.Sessions).Where(s => g.Any(x => x.Kind == s.Kind)).Select(s => s.Id).ToList()))
            .Where(x => x.Item2.Count > 0)
            .ToList();
        _sessionTitleStems = data.Parcours.SelectMany(p => p.Sessions).ToDictionary(s => s.Id, s => FrenchStems.Of(s.Title).ToHashSet());
        _sessionsOfParcours = data.Parcours.ToDictionary(
            p => p.Id,
            p => p.Sessions.Select(s => (s.Id, (IReadOnlyList<string[]>)(EntityPhraseBuilder.KindLabels.TryGetValue(s.Kind, out var labels)
                ? labels.Select(l => l.Split(' ')).ToList() : []))).ToList());
    }

    public IReadOnlyList<EntityMatch> Recognize(string text) => Recognize(FrenchNormaliser.Normalise(text));

    public IReadOnlyList<EntityMatch> Recognize(NormalisedText message)
    {
        var tokens = _nameWords.Read(message.Tokens);
        var findable = _nameWords.Findable(tokens);
        var candidates = new List<(EntityPhrase Phrase, SpanMatch Span, double Score)>();
        for (var p = 0; p < _phrases.Count; p++)
        {
            if (!findable[p]) continue;
            if (FuzzyMatcher.BestSpan(_nameWords.Scores(tokens, p)) is not { } span) continue;
            var score = span.Score * _phrases[p].Weight;
            if (score >= MinScore) candidates.Add((_phrases[p], span, score));
        }

        var common = CommonPhraseTokens(message.Tokens);
        var kept = new List<(EntityPhrase Phrase, SpanMatch Span, double Score)>();
        foreach (var c in candidates.OrderByDescending(c => Rank(c.Span, c.Score)))
        {
            if (Enumerable.Range(c.Span.Start, c.Span.Length).All(common.Contains)) continue;
            if (kept.Any(k => k.Phrase.Kind == c.Phrase.Kind && k.Phrase.Id == c.Phrase.Id)) continue;
            // The same words naming several things equally well (two plateaux radio of Emergence, the
            // parcours and the atelier "économie informelle") stay ambiguous: all are reported.
            if (kept.Any(k => Overlaps(k.Span, c.Span) && !(k.Span == c.Span && k.Score == c.Score))) continue;
            kept.Add(c);
        }

        var matches = kept
            .OrderBy(k => k.Span.Start)
            .Select(k => new EntityMatch(k.Phrase.Kind, k.Phrase.Id, Span(message, k.Span), Math.Round(k.Score, 3))
            {
                TokenStart = k.Span.Start,
                TokenCount = k.Span.Length,
            })
            .ToList();
        List<EntityMatch> ofKinds = [.. SessionsOfParcoursKinds(message, matches)];
        return FullerTitleFirst(message, [.. matches, .. SessionsOfSpeakers(matches), .. FichesOfResources(matches), .. ofKinds,
            .. SessionsOfKindsAlone(message, matches, ofKinds)]);
    }

    /// <summary>What a tie-break adds to the score of the session whose title the message says more of.</summary>
    internal const double TitleTieBreak = 0.02;

    /// <summary>
    /// "La table ronde sur les coopérations économiques, écologiques et sociales": of sessions named equally (here by their
    /// kind and parcours), the one whose title holds more of the message's words is the one meant.
    /// </summary>
    private List<EntityMatch> FullerTitleFirst(NormalisedText message, List<EntityMatch> matches)
    {
        var sessions = matches.Where(m => m.Kind == EntityKind.Session).ToList();
        if (sessions.Count < 2) return matches;
        var top = sessions.Max(m => m.Score);
        var tied = sessions.Where(m => m.Score >= top - 0.001).DistinctBy(m => m.Id).ToList();
        if (tied.Count < 2) return matches;
        // The message's own words, not the names of other things (the parcours's name is in its sessions' titles too).
        var named = matches.Where(m => m.Kind != EntityKind.Session).SelectMany(m => Enumerable.Range(m.TokenStart, m.TokenCount)).ToHashSet();
        var said = FrenchStems.Of(string.Join(' ', message.Tokens.Where((_, i) => !named.Contains(i)))).Where(w => w.Length >= 4).ToHashSet();
        var held = tied.Select(m => (m.Id, Count: _sessionTitleStems.TryGetValue(m.Id, out var title) ? title.Count(said.Contains) : 0)).ToList();
        var best = held.Max(h => h.Count);
        if (best == 0 || held.Count(h => h.Count == best) != 1) return matches;
        var winner = held.First(h => h.Count == best).Id;
        return [.. matches.Select(m => m.Kind == EntityKind.Session && m.Id == winner && m.Score >= top - 0.001 ? m with { Score = Math.Round(m.Score + TitleTieBreak, 3) } : m)];
    }

    /// <summary>
    /// "l'atelier du parcours Attractivité", "la table ronde du parcours Coopérations": a kind of session said next
    /// to a parcours names that parcours's sessions of that kind (and no other parcours's), scored like a kind + parcours
    /// name. The match spans both, so that the parcours only qualifies which session is meant.
    /// </summary>
    private IEnumerable<EntityMatch> SessionsOfParcoursKinds(NormalisedText message, List<EntityMatch> matches)
    {
        var parcoursMatches = matches.Where(m => m.Kind == EntityKind.Parcours).ToList();
        if (parcoursMatches.Count == 0) yield break;
        var found = new List<EntityMatch>();
        foreach (var label in KindWords)
        {
            for (var start = 0; start + label.Length <= message.Tokens.Count; start++)
            {
                if (!label.Select((w, k) => SameKindWord(message.Tokens[start + k], w)).All(x => x)) continue;
                var end = start + label.Length;
                // The nearest parcours, on either side, close enough to be the one the kind belongs to.
                var parcours = parcoursMatches
                    .Select(p => (Match: p, Gap: Gap(start, end, p.TokenStart, p.TokenStart + p.TokenCount)))
                    .Where(p => p.Gap <= KindToParcoursGap)
                    .OrderBy(p => p.Gap)
                    .Select(p => p.Match)
                    .FirstOrDefault();
                if (parcours is null || !_sessionsOfParcours.TryGetValue(parcours.Id, out var sessions)) continue;
                var first = Math.Min(start, parcours.TokenStart);
                var last = Math.Max(end, parcours.TokenStart + parcours.TokenCount);
                foreach (var (session, sessionLabels) in sessions)
                {
                    if (!sessionLabels.Any(l => l.SequenceEqual(label))) continue;
                    if (matches.Any(m => m.Kind == EntityKind.Session && m.Id == session) || found.Any(f => f.Id == session)) continue;
                    found.Add(new EntityMatch(EntityKind.Session, session, string.Join(' ', message.Tokens.Skip(first).Take(last - first)),
                        Math.Round(parcours.Score * EntityPhraseBuilder.KindAndParcoursWeight, 3))
                    {
                        TokenStart = first,
                        TokenCount = last - first,
                    });
                }
            }
        }
        foreach (var f in found) yield return f;
    }

    private static int Gap(int aStart, int aEnd, int bStart, int bEnd) =>
        aEnd <= bStart ? bStart - aEnd : bEnd <= aStart ? aStart - bEnd : 0;

    /// <summary>A kind word as said: "ateliers", "tables rondes", "plateaux radio".</summary>
    private static bool SameKindWord(string token, string word) =>
        token == word || token == word + "s" || token == word + "x";

    /// <summary>"l'atelier de Simon Sarazin": a speaker of a single session also points at that session.</summary>
    private IEnumerable<EntityMatch> SessionsOfSpeakers(List<EntityMatch> matches)
    {
        if (matches.Any(m => m.Kind == EntityKind.Session)) yield break;
        foreach (var speaker in matches.Where(m => m.Kind == EntityKind.Speaker))
            if (_onlySessionOfSpeaker.TryGetValue(speaker.Id, out var session))
                yield return speaker with { Kind = EntityKind.Session, Id = session, Score = Math.Round(speaker.Score * 0.9, 3) };
    }

    /// <summary>"fiche Fashion Green Hub" names the downloadable fiche and so the fiche itself.</summary>
    private IEnumerable<EntityMatch> FichesOfResources(List<EntityMatch> matches)
    {
        foreach (var resource in matches.Where(m => m.Kind == EntityKind.Resource))
            if (_ficheOfResource.TryGetValue(resource.Id, out var fiche) && !matches.Any(m => m.Kind == EntityKind.Fiche && m.Id == fiche))
                yield return resource with { Kind = EntityKind.Fiche, Id = fiche };
    }

    /// <summary>Everyday phrases whose words are also names ("état des lieux" is no mention of the State).</summary>
    private static readonly string[][] CommonPhrases = [["etat", "des", "lieux"], ["etat", "d'", "esprit"], ["en", "l'", "etat"]];

    private static HashSet<int> CommonPhraseTokens(IReadOnlyList<string> tokens)
    {
        var found = new HashSet<int>();
        foreach (var phrase in CommonPhrases)
            for (var start = 0; start + phrase.Length <= tokens.Count; start++)
                if (phrase.Select((w, k) => tokens[start + k] == w).All(x => x))
                    found.UnionWith(Enumerable.Range(start, phrase.Length));
        return found;
    }

    /// <summary>Longer finds first (they explain more of the message), then better ones.</summary>
    private static double Rank(SpanMatch span, double score) => score * (1 + 0.15 * (span.Length - 1));

    private static bool Overlaps(SpanMatch a, SpanMatch b) =>
        a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    private static string Span(NormalisedText message, SpanMatch span) =>
        string.Join(' ', message.Tokens.Skip(span.Start).Take(span.Length));
}
