using System.Text.RegularExpressions;
using EventBot.Domain.Model;
using EventBot.Language.Readings;
using EventBot.Language.Text;
using EventBot.Language.Understanding;

namespace EventBot.Language.Sources;

/// <summary>
/// Finds the sentence of the source documents that answers a question: the one holding most of the
/// question's own words (weighted by how rare each is in the documents), under a heading or naming the
/// things the question names, and holding the kind of answer expected — a person for "qui", a date for
/// "quand", a number for "combien". Built once per data snapshot; read-only afterwards.
/// </summary>
public sealed partial class SourceReader
{
    /// <summary>Below this share of the question's words (weighted by rarity) a sentence is not its answer.</summary>
    public const double MinCoverage = 0.7;

    private readonly IReadOnlyList<SourceSentence> _sentences;
    private readonly Dictionary<string, double> _rarity;

    public SourceReader(EventData data)
    {
        _sentences = SourceDocuments.Sentences(data.Sources);
        var documentCount = (double)_sentences.Count;
        _rarity = _sentences.SelectMany(s => s.Stems).GroupBy(s => s)
            .ToDictionary(g => g.Key, g => Math.Log(1 + documentCount / g.Count()));
        // The data may say more than the documents (an organiser's update): its words are the event's too.
        _vocabulary = [.. _rarity.Keys, .. FrenchStems.Of(System.Text.Json.JsonSerializer.Serialize(data))];
        _sortedVocabulary = [.. _vocabulary.Order(StringComparer.Ordinal)];
        _meanings = new TermMeanings(_sentences);
    }

    private readonly TermMeanings _meanings;

    /// <summary>What the word a question asks the meaning of stands for, as the documents say it.</summary>
    /// <remarks>
    /// The words it puts in quotes first ("l'axe « former »"), then the abbreviations it writes in capitals ("IAE"), then its
    /// own words, the rarest in the documents first.
    /// </remarks>
    public TermMeaning? Meaning(Understanding.Understanding understanding)
    {
        if (understanding.Reading is not { } reading) return null;
        IEnumerable<string> Folded(IEnumerable<Match> matches) => matches.SelectMany(m => FrenchNormaliser.Normalise(m.Groups["w"].Value).Tokens);
        var content = reading.ContentWords.OrderBy(w => _rarity.TryGetValue(FrenchStems.Of(w).FirstOrDefault() ?? w, out var r) ? -r : 0);
        // A name the question gives of a thing of the event ("dans le PAQTE, …") is not what it asks the meaning of.
        var named = understanding.Entities.SelectMany(e => FrenchNormaliser.Normalise(e.MatchedText).Tokens).ToHashSet();
        var said = Folded(Quoted().Matches(understanding.Text)).Concat(Folded(Abbreviation().Matches(understanding.Text)))
            .Where(w => !named.Contains(w) && !FrenchStopWords.Contains(w));
        return _meanings.Find(said.Concat(content));
    }

    [GeneratedRegex(@"[""«“]\s*(?<w>[^""»”]{1,40}?)\s*[""»”]")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?<w>\p{Lu}{2,6})\b")]
    private static partial Regex Abbreviation();

    private readonly HashSet<string> _vocabulary;
    private readonly string[] _sortedVocabulary;

    private static readonly HashSet<string> NotNames = [.. Readings.ReadingWords.Default["not-names"].Where(p => p.Length == 1).Select(p => p[0])];

    public IReadOnlyList<SourceSentence> Sentences => _sentences;

    /// <summary>Whether the documents or the event data use this word anywhere (compared by stem).</summary>
    public bool Mentions(string word) => FrenchStems.Of(word).All(Known);

    /// <summary>A stem of the vocabulary, or one that begins another of five letters or more, or is begun by one ("ouvert", "ouvertur").</summary>
    private bool Known(string stem)
    {
        if (_vocabulary.Contains(stem)) return true;
        if (stem.Length < 5) return false;
        for (var length = 5; length < stem.Length; length++)
            if (_vocabulary.Contains(stem[..length])) return true;
        var at = Array.BinarySearch(_sortedVocabulary, stem, StringComparer.Ordinal);
        var next = at >= 0 ? at : ~at;
        return next < _sortedVocabulary.Length && _sortedVocabulary[next].StartsWith(stem, StringComparison.Ordinal);
    }

    /// <summary>
    /// People's names in the message ("Martine Aubry": capitalised words) that are neither a name the event knows
    /// nor words of the documents: a question about them is about someone the documents do not mention.
    /// </summary>
    public IReadOnlyList<string> UnknownNames(string text, IReadOnlyList<EntityMatch> entities)
    {
        var known = entities.SelectMany(e => FrenchNormaliser.Normalise(e.MatchedText).Tokens).ToHashSet();
        return [.. CapitalisedName().Matches(text).Select(m => m.Value)
            .Where(name => FrenchNormaliser.Normalise(name).Tokens is var tokens
                           && tokens.All(t => !known.Contains(t) && !NotNames.Contains(t)) && !tokens.All(Mentions))];
    }

    /// <summary>The sentence that answers, with its coverage of the question's words; null when none answers well enough.</summary>
    public SourceAnswer? Answer(Understanding.Understanding understanding)
    {
        if (understanding.Reading is not { } reading) return null;
        // The question's own words and the attribute it asks for ("dossier thématique"), not its question words.
        // Words the documents never use cannot be found in any sentence: the answer is judged on the others.
        var asked = reading.ContentWords.Concat(reading.AttributeEvidence).SelectMany(FrenchStems.Of).Distinct().Where(_rarity.ContainsKey).ToList();
        if (asked.Count == 0) return null;
        // The week is what the whole of both documents is about: it need not be named again in the sentence.
        var named = understanding.Entities.Where(e => e.TokenCount > 0 && e.Kind != EntityKind.Week)
            .Select(e => FrenchStems.Of(e.MatchedText)).Where(s => s.Count > 0).ToList();
        var total = asked.Sum(Rarity);

        SourceAnswer? best = null;
        foreach (var sentence in _sentences)
        {
            var held = asked.Where(a => Holds(sentence.Stems, a)).ToList();
            if (held.Count < Math.Min(2, asked.Count)) continue;
            var coverage = held.Sum(Rarity) / total;
            // The things named must be in the sentence, its heading or the sentence before (a list's announcement): "le parcours
            // Emergence" is not answered from another parcours.
            if (named.Count > 0 && !named.Any(n => n.All(stem => Holds(sentence.Stems, stem) || Holds(sentence.HeadingStems, stem) || Holds(sentence.PreviousStems, stem))))
                continue;
            if (!HoldsExpected(reading.Operation, sentence.Text) && !(sentence.Heading is { } h && HoldsExpected(reading.Operation, h))) continue;
            // "Le PAQTE propose … via 4 axes :" announces what follows; it answers nothing alone.
            if (sentence.Text.EndsWith(':')) continue;
            if (best is null || coverage > best.Coverage) best = new SourceAnswer(sentence, Math.Round(coverage, 3), held.Count);
        }

        return best is { Coverage: >= MinCoverage } ? best : null;
    }

    private double Rarity(string stem) => _rarity[stem];

    private static bool Holds(IReadOnlySet<string> stems, string stem) =>
        stems.Contains(stem) || (stem.Length >= 5 && stems.Any(s => s.Length >= 5 && (s.StartsWith(stem, StringComparison.Ordinal) || stem.StartsWith(s, StringComparison.Ordinal))));

    /// <summary>The kind of answer a question expects: a named person for "qui", a day for "quand", a number for "combien".</summary>
    private static bool HoldsExpected(Operation operation, string sentence) => operation switch
    {
        Operation.Who => Person().IsMatch(sentence) || Agent().IsMatch(sentence),
        Operation.When => Day().IsMatch(sentence),
        Operation.Count => Number().IsMatch(sentence),
        _ => true,
    };

    /// <summary>"Héléna SALAZAR", "Marc BEN TALEB": a first name then a name in capitals, as the documents write people.</summary>
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)? \p{Lu}{2,}")]
    private static partial Regex Person();

    /// <summary>"… par les conseils citoyens", "… par son directeur": who did it, said after "par".</summary>
    [GeneratedRegex(@"\bpar (les |la |le |l'|son |sa |ses )?\p{L}{3,}")]
    private static partial Regex Agent();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)? \p{Lu}[\p{Ll}\p{Lu}]+(-\p{Lu}[\p{Ll}\p{Lu}]+)?\b")]
    private static partial Regex CapitalisedName();

    [GeneratedRegex(@"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Day();

    [GeneratedRegex(@"\b(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinzaine|vingtaine|trentaine|quarantaine|centaine)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Number();
}

/// <summary>A sentence of the sources that answers a question, the share of the question's words it holds (weighted by rarity) and how many.</summary>
public sealed record SourceAnswer(SourceSentence Sentence, double Coverage, int WordsHeld);
