using EventBot.Domain.Model;
using EventBot.Language.Text;
using EventBot.Language.Understanding;

namespace EventBot.Language.Entities;

/// <summary>
/// Turns the event data into the phrases users may name things by. Short names are taken whole;
/// long titles (sessions, events, documents) are also reachable through their distinctive fragments,
/// since nobody types "Les mutations de l'industrie, une chance pour l'emploi des quartiers ?".
/// </summary>
internal sealed class EntityPhraseBuilder
{
    /// <summary>Words that say what kind of thing it is rather than which one: dropped from names.</summary>
    private static readonly HashSet<string> Generic =
    [
        "parcours", "atelier", "ateliers", "conference", "visite", "table", "ronde", "fiche", "experience",
        "co", "construction", "decouverte", "plateau", "radio", "lancement", "semaine", "journee", "soiree",
        "programme", "web", "pdf", "telechargement", "presentation", "dossier", "thematique",
    ];

    /// <summary>Kind of session → how people call it.</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> KindLabels = new Dictionary<string, string[]>
    {
        [SessionKinds.Atelier] = ["atelier"],
        [SessionKinds.AtelierConference] = ["atelier", "conference"],
        [SessionKinds.AtelierCoConstruction] = ["atelier"],
        [SessionKinds.Visite] = ["visite"],
        [SessionKinds.Decouverte] = ["visite", "decouverte"],
        [SessionKinds.TableRonde] = ["table ronde"],
        [SessionKinds.PlateauRadio] = ["plateau radio"],
    };

    /// <summary>Common French words that are also first names: never taken alone as a speaker.</summary>
    private static readonly HashSet<string> CommonWords =
        ["pierre", "rose", "claire", "marin", "france", "victor", "olive", "prosper", "aime", "constant", "gaspard"];

    private const double StrippedNameWeight = 0.95;
    private const double FragmentWeight = 0.9;
    private const double DistinctiveWordWeight = 0.75;
    private const double LastNameWeight = 0.95;
    /// <summary>"atelier attractivité": a kind of session and its parcours name the parcours's sessions of that kind.</summary>
    internal const double KindAndParcoursWeight = 0.95;
    private const double FirstNameWeight = 0.8;

    private readonly List<EntityPhrase> _phrases = [];
    private readonly List<(EntityKind Kind, string Id, IReadOnlyList<string> Tokens)> _titles = [];

    public static IReadOnlyList<EntityPhrase> Build(EventData data)
    {
        var builder = new EntityPhraseBuilder();
        builder.AddAll(data);
        return builder.Finish(data);
    }

    private void AddAll(EventData data)
    {
        AddNames(EntityKind.Week, "week", data.Week.Name, data.Week.Aliases);
        foreach (var o in data.Organisations) AddNames(EntityKind.Organisation, o.Id, o.Name, o.Aliases);
        foreach (var p in data.Places) AddNames(EntityKind.Place, p.Id, p.Name, p.Aliases);
        foreach (var e in data.Events) AddTitle(EntityKind.WeekEvent, e.Id, e.Title, e.Aliases);
        foreach (var r in data.Resources) AddTitle(EntityKind.Resource, r.Id, r.Title, r.Aliases);
        foreach (var f in data.Fiches) AddTitle(EntityKind.Fiche, f.Id, f.Name, f.Aliases);
        foreach (var l in data.Links) AddTitle(EntityKind.Link, l.Id, l.Title, l.Aliases);
        AddNames(EntityKind.Paqte, "paqte", data.Paqte.Name, data.Paqte.Aliases);
        foreach (var parcours in data.Parcours)
        {
            AddNames(EntityKind.Parcours, parcours.Id, parcours.Name, parcours.Aliases);
            foreach (var session in parcours.Sessions) AddSession(parcours, session);
        }
        AddSpeakers(data);
    }

    /// <summary>
    /// The name loses its kind words ("Fiche expérience : FASHION GREEN HUB" → "fashion green hub");
    /// aliases were chosen by people and are kept whole ("Parcours Emergence" then covers "parcours").
    /// </summary>
    private void AddNames(EntityKind kind, string id, string name, IEnumerable<string> aliases)
    {
        // Without its kind words a name is no longer said exactly: "programme_pop-up_dev_eco_web.pdf"
        // stripped to "pop up dev eco" must yield to the event really called so.
        var content = ContentTokens(name);
        Add(kind, id, content, content.Count == WordsOf(name).Count ? 1.0 : StrippedNameWeight);
        foreach (var alias in aliases) Add(kind, id, WordsOf(alias), 1.0);
    }

    private void AddTitle(EntityKind kind, string id, string title, IEnumerable<string> aliases)
    {
        AddNames(kind, id, title, aliases);
        _titles.Add((kind, id, WordsOf(title)));
    }

    private void AddSession(Parcours parcours, Session session)
    {
        AddTitle(EntityKind.Session, session.Id, session.Title, session.Aliases);
        if (!KindLabels.TryGetValue(session.Kind, out var labels)) return;
        var parcoursTokens = ContentTokens(parcours.Name);
        foreach (var label in labels)
            Add(EntityKind.Session, session.Id, [.. label.Split(' '), .. parcoursTokens], KindAndParcoursWeight);
    }

    private void AddSpeakers(EventData data)
    {
        var speakers = data.Events.SelectMany(e => e.Speakers)
            .Concat(data.Parcours.SelectMany(p => p.Sessions).SelectMany(s => s.Speakers))
            .GroupBy(s => FrenchNormaliser.Normalise(s.Name).Text)
            .Select(g => g.First())
            .ToList();
        var parts = speakers.Select(s => (Speaker: s, Parts: SplitName(s.Name))).ToList();
        var lastNameCounts = Count(parts.Select(p => p.Parts.Last));
        var firstNameCounts = Count(parts.Select(p => p.Parts.First));
        foreach (var (speaker, (first, last)) in parts)
        {
            AddNames(EntityKind.Speaker, speaker.Name, speaker.Name, speaker.Aliases);
            if (lastNameCounts[last] == 1 && !CommonWords.Contains(last))
                Add(EntityKind.Speaker, speaker.Name, ContentTokens(last), LastNameWeight);
            if (firstNameCounts[first] == 1 && !CommonWords.Contains(first) && !FrenchStopWords.Contains(first))
                Add(EntityKind.Speaker, speaker.Name, ContentTokens(first), FirstNameWeight);
        }
    }

    /// <summary>First name and last name; the last name is the words written in capitals when there are some.</summary>
    private static (string First, string Last) SplitName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitals = words.Skip(1).Where(w => w.Any(char.IsLetter) && w == w.ToUpperInvariant()).ToList();
        var last = capitals.Count > 0 ? string.Join(' ', capitals) : words[^1];
        var first = words.Length > 1 ? words[0] : "";
        return (FrenchNormaliser.Normalise(first).Text, FrenchNormaliser.Normalise(last).Text);
    }

    private static Dictionary<string, int> Count(IEnumerable<string> values) =>
        values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>
    /// Fragments of titles (pairs of neighbouring words, long single words) that no other name, title or
    /// text of the data contains: "mutations industrie" finds the atelier, "quartiers prioritaires"
    /// (said everywhere) finds nothing.
    /// </summary>
    private IReadOnlyList<EntityPhrase> Finish(EventData data)
    {
        var owners = new Dictionary<string, HashSet<string>>();
        void Own(string key, string id) { if (!owners.TryGetValue(key, out var set)) owners[key] = set = []; set.Add(id); }
        foreach (var phrase in _phrases)
            foreach (var key in Fragments(phrase.Tokens).Concat(phrase.Tokens))
                Own(key, phrase.Id);
        foreach (var (_, id, tokens) in _titles)
            foreach (var key in Fragments(tokens).Concat(tokens))
                Own(key, id);
        foreach (var passage in Search.PassageBuilder.Build(data))
        {
            var tokens = WordsOf(passage.Title + " " + passage.Text);
            foreach (var key in Fragments(tokens).Concat(tokens))
                Own(key, passage.Id);
        }

        foreach (var (kind, id, tokens) in _titles)
        {
            if (tokens.Count < 2) continue;
            foreach (var fragment in Fragments(tokens).Distinct().Where(f => owners[f].Count == 1))
            {
                var words = fragment.Split(' ');
                if (!words.All(Generic.Contains)) Add(kind, id, words, FragmentWeight);
            }
            foreach (var word in tokens.Where(w => w.Length >= 8 && !Generic.Contains(w) && owners[w].Count == 1))
                Add(kind, id, [word], DistinctiveWordWeight);
        }
        return _phrases.DistinctBy(p => (p.Kind, p.Id, string.Join(' ', p.Tokens))).ToList();
    }

    private static IEnumerable<string> Fragments(IReadOnlyList<string> tokens) =>
        Enumerable.Range(0, Math.Max(0, tokens.Count - 1)).Select(i => tokens[i] + " " + tokens[i + 1]);

    private void Add(EntityKind kind, string id, IReadOnlyList<string> tokens, double weight)
    {
        if (tokens.Count > 0) _phrases.Add(new EntityPhrase(kind, id, tokens, weight));
    }

    private static IReadOnlyList<string> WordsOf(string text) =>
        FrenchNormaliser.Normalise(text).Tokens.Where(t => !FrenchStopWords.Contains(t)).ToList();

    /// <summary>The words of a name that identify it: no stop words, no generic kind words unless nothing else is left.</summary>
    internal static IReadOnlyList<string> ContentTokens(string text)
    {
        var content = WordsOf(text);
        var specific = content.Where(t => !Generic.Contains(t)).ToList();
        return specific.Count > 0 ? specific : content;
    }
}
