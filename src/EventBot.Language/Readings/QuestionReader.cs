using System.Collections.Concurrent;
using System.Globalization;
using EventBot.Language.Text;
using EventBot.Language.Understanding;

namespace EventBot.Language.Readings;

/// <summary>
/// Proposes the readings of a question (<see cref="Reading"/>), ranked by the evidence of its own words:
/// the operation and attribute phrases of <see cref="ReadingWords"/> it contains, and whether the things it
/// names can have that attribute. No single word decides: a reading gets the support of every phrase
/// behind it, and the subject is chosen among the names by how the sentence uses them (a name after
/// "avec" or "pendant" qualifies another one). Read-only but for a thread-safe memory of the tokens seen, so one instance
/// serves concurrent turns.
/// </summary>
public sealed class QuestionReader(ReadingWords words)
{
    /// <summary>Single words that claim nothing: auxiliaries and question words.</summary>
    private readonly HashSet<string> _noClaim = [.. words["auxiliary"].Concat(words["interrogative"]).Concat(words["interrogative-start"])
        .Where(p => p.Length == 1).Select(p => p[0])];

    private static readonly (string Section, Operation Operation)[] Operations =
    [
        ("who", Operation.Who), ("when", Operation.When), ("where", Operation.Where), ("howlong", Operation.HowLong),
        ("count", Operation.Count), ("most", Operation.Most), ("check", Operation.Check), ("why", Operation.Why), ("name", Operation.Name),
        ("order", Operation.Order), ("meaning", Operation.Meaning), ("compare", Operation.Compare),
    ];

    private static readonly (string Section, AskedAttribute Attribute)[] Attributes =
    [
        ("audience", AskedAttribute.Audience), ("partner", AskedAttribute.Partner), ("organisers", AskedAttribute.Organisers),
        ("themes", AskedAttribute.Themes), ("organisation", AskedAttribute.Organisation), ("room", AskedAttribute.Room),
        ("hour", AskedAttribute.Hour), ("speakers", AskedAttribute.Speakers), ("sessions", AskedAttribute.Sessions),
        ("participants", AskedAttribute.Participants), ("days", AskedAttribute.Days), ("events", AskedAttribute.Events),
        ("parcours", AskedAttribute.Parcours), ("size", AskedAttribute.Size), ("former", AskedAttribute.Former),
    ];

    /// <summary>The kinds of things each attribute belongs to: an attribute asked of none of the things named is weak evidence.</summary>
    private static readonly Dictionary<AskedAttribute, EntityKind[]> Owners = new()
    {
        [AskedAttribute.Audience] = [EntityKind.Parcours, EntityKind.WeekEvent, EntityKind.Session],
        [AskedAttribute.Partner] = [EntityKind.Parcours, EntityKind.WeekEvent, EntityKind.Week],
        [AskedAttribute.Organisers] = [EntityKind.WeekEvent, EntityKind.Week, EntityKind.Parcours, EntityKind.Paqte],
        [AskedAttribute.Themes] = [EntityKind.Parcours, EntityKind.WeekEvent, EntityKind.Session],
        [AskedAttribute.Organisation] = [EntityKind.Speaker, EntityKind.Organisation],
        [AskedAttribute.Room] = [EntityKind.Session, EntityKind.Speaker, EntityKind.WeekEvent, EntityKind.Parcours],
        [AskedAttribute.Hour] = [EntityKind.Session, EntityKind.Speaker, EntityKind.WeekEvent, EntityKind.Parcours, EntityKind.Week],
        [AskedAttribute.Speakers] = [EntityKind.Parcours, EntityKind.Session, EntityKind.WeekEvent, EntityKind.Organisation],
        [AskedAttribute.Sessions] = [EntityKind.Parcours, EntityKind.WeekEvent],
        [AskedAttribute.Participants] = [EntityKind.WeekEvent, EntityKind.Parcours],
        [AskedAttribute.Days] = [EntityKind.Week, EntityKind.WeekEvent],
        [AskedAttribute.Events] = [EntityKind.Week, EntityKind.WeekEvent, EntityKind.Parcours],
        [AskedAttribute.Parcours] = [EntityKind.WeekEvent, EntityKind.Speaker, EntityKind.Session, EntityKind.Fiche, EntityKind.Resource],
        [AskedAttribute.Size] = [EntityKind.Resource, EntityKind.Fiche],
        [AskedAttribute.Former] = [EntityKind.Fiche, EntityKind.Organisation, EntityKind.Place],
    };

    /// <summary>The check phrases that state no claim, as <see cref="Reading.Evidence"/> writes them.</summary>
    private readonly HashSet<string> _openCheck = [.. words["check-open"].Select(p => string.Join(' ', p))];

    private static readonly string[] MonthNames =
        [.. CultureInfo.GetCultureInfo("fr-FR").DateTimeFormat.MonthNames.Take(12).Select(m => FrenchNormaliser.Fold(m).Trim())];

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7, ["huit"] = 8,
        ["neuf"] = 9, ["dix"] = 10, ["douze"] = 12, ["quinze"] = 15, ["vingt"] = 20, ["trente"] = 30, ["quarante"] = 40,
        ["cinquante"] = 50, ["cent"] = 100, ["mille"] = 1000,
    };

    public static QuestionReader Default { get; } = new(ReadingWords.Default);

    /// <summary>Tokens remembered at most with the phrase words they stand for; beyond, the memory starts again.</summary>
    internal const int MaxRemembered = 20_000;

    /// <summary>Every word of every phrase: what a token of a message may stand for.</summary>
    private readonly string[] _phraseWords = [.. words.Sections.SelectMany(section => words[section]).SelectMany(p => p).Distinct(StringComparer.Ordinal)];

    /// <summary>Which phrase words a token stands for, worked out once per distinct token: the same few hundred come back.</summary>
    private readonly ConcurrentDictionary<string, HashSet<string>> _wordsOfToken = new(StringComparer.Ordinal);

    /// <summary>The phrases of the operations' and of the attributes' sections, longest first, with their section's place.</summary>
    private readonly List<(int Index, string[] Phrase)> _operationPhrases = Longest(words, Operations.Select(o => o.Section));
    private readonly List<(int Index, string[] Phrase)> _attributePhrases = Longest(words, Attributes.Select(a => a.Section));

    private static List<(int Index, string[] Phrase)> Longest(ReadingWords words, IEnumerable<string> sections) =>
        [.. sections.SelectMany((section, i) => words[section].Select(p => (Index: i, Phrase: p))).OrderByDescending(x => x.Phrase.Length)];

    private HashSet<string> WordsOf(string token)
    {
        if (_wordsOfToken.TryGetValue(token, out var known)) return known;
        var said = _phraseWords.Where(word => SameWord(token, word)).ToHashSet(StringComparer.Ordinal);
        if (_wordsOfToken.Count >= MaxRemembered) _wordsOfToken.Clear();
        _wordsOfToken.TryAdd(token, said);
        return said;
    }

    public IReadOnlyList<Reading> Read(NormalisedText message, IReadOnlyList<EntityMatch> entities)
    {
        var tokens = message.Tokens;
        var said = tokens.Select(WordsOf).ToArray();
        var insideNames = entities.Where(e => e.TokenCount >= 2).SelectMany(e => Enumerable.Range(e.TokenStart, e.TokenCount)).ToHashSet();
        // "C'est bien Héléna Salazar qui a ouvert… ?": "qui" right after a name that "c'est" puts forward is a relative,
        // no question ("…, avec Benoit Frys, qui intervenait… ?" asks).
        var relatives = Enumerable.Range(0, tokens.Count)
            .Where(i => tokens[i] == "qui" && entities.Any(e => e.TokenStart + e.TokenCount == i && PutForward(tokens, e.TokenStart))).ToHashSet();
        var claimed = new HashSet<int>(relatives);
        var explained = new HashSet<int>(relatives);

        List<(T Value, double Support, List<string> Evidence)> Find<T>((string Section, T Value)[] sections, List<(int Index, string[] Phrase)> phrases)
        {
            // Every phrase of every section, longest first: "combien de temps" takes its words before "combien" can.
            var found = new Dictionary<int, (T Value, double Support, List<string> Evidence)>();
            foreach (var (index, phrase) in phrases)
            {
                var start = FindPhrase(said, phrase, insideNames, claimed);
                if (start < 0) continue;
                for (var k = start; k < start + phrase.Length; k++) claimed.Add(k);
                var entry = found.TryGetValue(index, out var e) ? e : (sections[index].Value, 0.0, new List<string>());
                entry.Item3.Add(string.Join(' ', phrase));
                found[index] = (entry.Item1, entry.Item2 + phrase.Length, entry.Item3);
            }

            foreach (var k in claimed) explained.Add(k);
            return [.. found.Values.OrderByDescending(f => f.Support)];
        }

        // Neutral phrases take their words first, so that none of them counts for an operation.
        foreach (var phrase in words["neutral"])
        {
            var start = FindPhrase(said, phrase, insideNames, claimed);
            if (start >= 0) claimed.UnionWith(Enumerable.Range(start, phrase.Length));
        }

        var operations = Find(Operations, _operationPhrases);
        if (tokens.Count > 1 && words["where-end"].Any(p => p.Length == 1 && p[0] == tokens[^1]) && !claimed.Contains(tokens.Count - 1)
            && operations.All(o => o.Value != Operation.Where))
            operations.Add((Operation.Where, 1, [tokens[^1]]));
        var interrogative = FindPhrase(said, words["interrogative"], insideNames, relatives) >= 0
                            || (tokens.Count > 0 && words["interrogative-start"].Any(p => p.Length == 1 && p[0] == tokens[0]));
        operations.RemoveAll(o => o.Value == Operation.Check && (interrogative || operations.Count > 1));
        if (!interrogative && operations.Count == 0 && EndsWithTag(said, insideNames))
            operations.Add((Operation.Check, 1, ["(question fermée)"]));

        claimed.Clear();
        // Set phrases that describe a thing ("une semaine d'événements") ask for none of its attributes.
        foreach (var phrase in words["set-phrase"])
        {
            var start = FindPhrase(said, phrase, insideNames, claimed);
            if (start >= 0) claimed.UnionWith(Enumerable.Range(start, phrase.Length));
        }

        var attributes = Find(Attributes, _attributePhrases);
        var subjects = OrderSubjects(tokens, entities, explained);

        var readings = new List<Reading>();
        List<(Operation Value, double Support, List<string> Evidence)> ops = operations.Count > 0 ? operations : [(Operation.Describe, 0.5, new List<string>())];
        var attrs = attributes.Count > 0 ? attributes : [(AskedAttribute.None, 0.0, new List<string>())];
        var content = ContentWords(tokens, entities, explained).Where(w => !_noClaim.Contains(w)).ToList();
        var alone = FindPhrase(said, words["alone"], insideNames) >= 0;
        var numbers = Numbers(tokens, insideNames);
        var months = tokens.Select(t => Array.IndexOf(MonthNames, t) + 1).Where(m => m > 0).Distinct().ToList();
        // A statement of a number or a month, asked without a question word, is asked to be confirmed ("160 participants ?").
        if (!interrogative && operations.Count == 0 && (numbers.Count > 0 || months.Count > 0))
            ops = [(Operation.Check, 1, ["(question fermée)"])];
        foreach (var op in ops)
        {
            foreach (var attr in attrs)
            {
                var owned = attr.Value == AskedAttribute.None || subjects.Any(s => Owners[attr.Value].Contains(s.Kind));
                var support = op.Support + attr.Support * (owned ? 1 : 0.5);
                var ordered = attr.Value == AskedAttribute.None
                    ? subjects
                    : [.. subjects.OrderByDescending(s => Owners[attr.Value].Contains(s.Kind))];
                readings.Add(new Reading(op.Value, attr.Value, ordered, [.. op.Evidence, .. attr.Evidence], support)
                {
                    AttributeEvidence = attr.Evidence,
                    Alone = alone,
                    Ordinal = Ordinal(tokens),
                    Interrogative = interrogative,
                    Sequence = FindPhrase(said, words["sequence"], insideNames) >= 0,
                    StatesClaim = op.Value == Operation.Check && op.Evidence.Any(e => !_openCheck.Contains(e)),
                    ListOfKind = Enumerable.Range(0, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i] is "quels" or "quelles" && words["kinds"].Any(k => k.Length == 1 && k[0] == tokens[i + 1])),
                    Numbers = numbers,
                    Months = months,
                    ContentWords = content,
                });
            }
        }

        return [.. readings.OrderByDescending(r => r.Support)];
    }

    /// <summary>
    /// The things named, the likeliest subject first: a name after a qualifying word ("avec X", "pendant la
    /// semaine") only says which one is meant; a name followed by "il", "elle" or "c'est" is what is asked about.
    /// A name inside a longer one is part of it.
    /// </summary>
    private List<EntityMatch> OrderSubjects(IReadOnlyList<string> tokens, IReadOnlyList<EntityMatch> entities, HashSet<int> explained)
    {
        var qualifiers = words["qualifier"];
        double Salience(EntityMatch e)
        {
            var score = e.Score;
            var before = Math.Max(0, e.TokenStart - 2);
            for (var i = before; i < e.TokenStart; i++)
                if (!explained.Contains(i) && qualifiers.Any(q => q.Length == 1 && q[0] == tokens[i])) score -= 0.3;
            var after = e.TokenStart + e.TokenCount;
            // Not when those words belong to the question's own phrase ("…, c'est juste ?").
            if (after < tokens.Count && !explained.Contains(after) && tokens[after] is "il" or "elle" or "c'" or "est" or "a" or "sont") score += 0.2;
            if (e.TokenStart == 0) score += 0.1;
            return score;
        }

        // A qualifying word that is part of the question itself ("c'est avant ou après le Pop-Up") qualifies nothing.
        bool Qualified(EntityMatch e) =>
            Enumerable.Range(Math.Max(0, e.TokenStart - 2), Math.Min(2, e.TokenStart))
                .Any(i => !explained.Contains(i) && qualifiers.Any(q => q.Length == 1 && q[0] == tokens[i]));

        // A weaker guess around an exact name of the same kind ("atelier sur l'économie informelle" read as "an atelier of
        // that parcours") does not hide the name.
        var outermost = entities.Where(e => !entities.Any(o => o.TokenCount > e.TokenCount && o.TokenStart <= e.TokenStart
                                                               && e.TokenStart + e.TokenCount <= o.TokenStart + o.TokenCount
                                                               && (o.Kind != e.Kind || o.Score >= e.Score))).ToList();
        // "Après la visite avec X, qui intervenait dans l'atelier… ?": of two things of a kind, the one a qualifier
        // introduces is not what is asked about.
        return [.. outermost
            .Where(e => !Qualified(e) || !outermost.Any(o => o.Kind == e.Kind && o.Id != e.Id && !Qualified(o)))
            .OrderByDescending(Salience)];
    }

    /// <summary>"c'est (bien) la Région …", "c'était …", "ce sont …": what comes next is put forward.</summary>
    private static bool PutForward(IReadOnlyList<string> tokens, int start)
    {
        var i = start - 1;
        while (i >= 0 && tokens[i] is "bien" or "la" or "le" or "les" or "l'" or "vraiment" or "donc") i--;
        return i >= 0 && tokens[i] is "est" or "etait" or "sont" or "etaient";
    }

    /// <summary>"C'était en novembre, non ?": a tag word at the end makes a statement a question to confirm.</summary>
    private bool EndsWithTag(HashSet<string>[] said, HashSet<int> insideNames) =>
        words["check-tag"].Any(tag => tag.Length <= said.Length &&
            FindPhrase(said[^tag.Length..], tag, [], []) == 0 && !insideNames.Contains(said.Length - 1));

    private static List<string> ContentWords(IReadOnlyList<string> tokens, IReadOnlyList<EntityMatch> entities, HashSet<int> explained)
    {
        var named = entities.SelectMany(e => Enumerable.Range(e.TokenStart, e.TokenCount)).ToHashSet();
        return [.. tokens.Where((t, i) => !named.Contains(i) && !explained.Contains(i) && t.Length >= 3 && !FrenchStopWords.Contains(t))];
    }

    /// <summary>"premier", "2e", "deuxième", "second", "dernière"… before a thing: which one of several (the last is -1).</summary>
    private static int Ordinal(IReadOnlyList<string> tokens)
    {
        foreach (var token in tokens)
        {
            var ordinal = token switch
            {
                "premier" or "premiere" or "1er" or "1ere" => 1,
                "deuxieme" or "second" or "seconde" or "2e" or "2eme" or "2nd" or "2nde" => 2,
                "troisieme" or "3e" or "3eme" => 3,
                "dernier" or "derniere" => -1,
                _ => 0,
            };
            if (ordinal != 0) return ordinal;
        }

        return 0;
    }

    private static List<int> Numbers(IReadOnlyList<string> tokens, HashSet<int> insideNames)
    {
        var numbers = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (insideNames.Contains(i)) continue;
            // A year is part of what is named ("le World Forum 2019"), not a count to check.
            if (int.TryParse(tokens[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is < 1900 or > 2100) numbers.Add(n);
            // "un"/"une" are articles far more often than numbers: only digits and larger number words count.
            else if (NumberWords.TryGetValue(tokens[i], out var w) && w > 1) numbers.Add(w);
        }

        return numbers;
    }

    /// <summary>
    /// First start of one of <paramref name="phrases"/> in a message (<paramref name="said"/>: the phrase words each token stands
    /// for), outside names and words already claimed; -1 if none.
    /// </summary>
    private static int FindPhrase(HashSet<string>[] said, IReadOnlyList<string[]> phrases, HashSet<int> insideNames, HashSet<int>? claimed = null)
    {
        foreach (var phrase in phrases)
        {
            var start = FindPhrase(said, phrase, insideNames, claimed ?? []);
            if (start >= 0) return start;
        }

        return -1;
    }

    private static int FindPhrase(HashSet<string>[] said, string[] phrase, HashSet<int> insideNames, HashSet<int> claimed)
    {
        // Most phrases are absent: their first word is said nowhere, which one look at each token tells (a loop: a lambda
        // here would cost a closure for each of hundreds of phrases).
        var first = false;
        foreach (var words in said) first |= words.Contains(phrase[0]);
        if (!first) return -1;
        for (var start = 0; start + phrase.Length <= said.Length; start++)
        {
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++)
            {
                var i = start + k;
                all = !insideNames.Contains(i) && !claimed.Contains(i) && said[i].Contains(phrase[k]);
            }

            if (all) return start;
        }

        return -1;
    }

    /// <summary>
    /// The same word, its plural or a form of the same verb ("représentait" for "représenter"): question words are short and
    /// common, so no typo is allowed.
    /// </summary>
    private static bool SameWord(string token, string word) =>
        token == word || Elided(token) == Elided(word) || Intents.CueMatcher.SameWordOrForm(token, word)
        || (token.Length > 3 && (token[^1] is 's' or 'x') && token.AsSpan(0, token.Length - 1).SequenceEqual(word));

    /// <summary>"d'" is "de" before a vowel ("vient d'Entreprendre", "vient de la CMA"): the same word for a phrase.</summary>
    private static string Elided(string token) => token switch
    {
        "d'" => "de", "l'" => "le", "la" => "le", "qu'" => "que", "s'" => "se", "c'" => "ce", "m'" => "me", "n'" => "ne", "j'" => "je", "t'" => "te",
        _ => token,
    };
}
