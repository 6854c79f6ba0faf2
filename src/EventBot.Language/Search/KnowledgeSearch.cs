using EventBot.Domain.Model;
using EventBot.Language.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace EventBot.Language.Search;

/// <summary>
/// Full-text search over the event data (Lucene.Net, French analysis: elisions, accents, stems), for the
/// questions no intent answers. A hit's confidence is the share of the query's meaningful terms the
/// passage contains, scaled by its Lucene score relative to the best hit:
/// <c>coverage × (0.7 + 0.3 × score / bestScore)</c>. Hits under <see cref="MinConfidence"/> are dropped:
/// a query must have more than half its terms in one passage, so "capitale de l'Australie" or "recette
/// de crêpes" (no term, or one term of two, in the data) returns nothing.
/// Thread-safe: the index is read-only once built.
/// </summary>
public sealed class KnowledgeSearch : IDisposable
{
    public const double MinConfidence = 0.55;

    private const string TextField = "text";
    private const string TitleField = "title";
    private const string OrdinalField = "ord";

    /// <summary>Words of a question that say how it is asked, not what about: not counted as query terms.</summary>
    private static readonly HashSet<string> Filler =
    [
        "info", "information", "informations", "renseignement", "renseignements", "parle", "parler", "parlez", "dire", "dis", "dites",
        "savoir", "sais", "veux", "voudrais", "aimerais", "cherche", "trouver", "quoi", "quel", "quelle", "quels", "quelles",
        "comment", "chose", "choses", "truc", "trucs", "sujet", "concernant", "propos", "explique", "expliquer", "expliquez", "svp",
        "bonjour", "salut", "merci", "il", "y", "a", "avoir", "as", "avez", "ya", "est", "c'", "qu'", "ce", "sont", "peux", "pouvez",
        "connaitre", "plus", "detail", "details", "tu", "vous", "moi", "je", "j'", "me", "m'", "existe", "rien",
    ];

    private readonly Analyzer _analyzer = new FrenchAnalyzer(LuceneVersion.LUCENE_48);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly IReadOnlyList<Passage> _passages;
    private readonly IReadOnlyList<HashSet<string>> _passageTerms;

    public KnowledgeSearch(EventData data)
    {
        _passages = PassageBuilder.Build(data);
        _passageTerms = _passages.Select(p => FrenchStems.Of(p.Title + ". " + p.Text).ToHashSet()).ToList();
        // Both sides are accent-folded before analysis: the French stemmer stems "troisième" and
        // "troisieme" differently, and users rarely type accents.
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)))
        {
            for (var i = 0; i < _passages.Count; i++)
            {
                writer.AddDocument(new Document
                {
                    new StoredField(OrdinalField, i),
                    new TextField(TitleField, FrenchNormaliser.Fold(_passages[i].Title), Field.Store.NO),
                    new TextField(TextField, FrenchNormaliser.Fold(_passages[i].Text), Field.Store.NO),
                });
            }
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public IReadOnlyList<SearchHit> Search(string query, int max = 5)
    {
        var terms = MeaningfulTerms(query);
        // A hit's confidence is its coverage scaled by at most 1: when no passage holds enough of the terms, Lucene need not
        // be asked (most messages of a sign-up, greetings, off-topic questions).
        if (!_passageTerms.Any(passageTerms => Math.Round(Coverage(terms, passageTerms), 3) >= MinConfidence)) return [];
        var lucene = new BooleanQuery();
        foreach (var term in terms)
        {
            lucene.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
            lucene.Add(new TermQuery(new Term(TitleField, term)) { Boost = 2f }, Occur.SHOULD);
        }
        // Scored in document order: for a query of optional clauses Lucene's out-of-order scorer allocates a table of
        // 2,048 buckets (about 100 KB) at every search, and finds the same hits.
        var collector = TopScoreDocCollector.Create(max * 2, docsScoredInOrder: true);
        _searcher.Search(lucene, collector);
        var top = collector.GetTopDocs();
        if (top.ScoreDocs.Length == 0) return [];
        var best = top.ScoreDocs[0].Score;
        return top.ScoreDocs
            .Select(sd =>
            {
                var ordinal = _searcher.Doc(sd.Doc).GetField(OrdinalField).GetInt32Value()!.Value;
                var coverage = Coverage(terms, _passageTerms[ordinal]);
                return (Passage: _passages[ordinal], Confidence: Math.Round(coverage * (0.7 + 0.3 * sd.Score / best), 3));
            })
            .Where(h => h.Confidence >= MinConfidence)
            .OrderByDescending(h => h.Confidence)
            .Take(max)
            // The snippet (each sentence of the passage analysed) only for the hits returned.
            .Select(h => new SearchHit(h.Passage.Kind, h.Passage.Id, h.Passage.Title, Snippet(h.Passage, terms), h.Confidence))
            .ToList();
    }

    /// <summary>The share of the query's terms the passage holds (0 when the query has none).</summary>
    private static double Coverage(List<string> terms, HashSet<string> passageTerms)
    {
        if (terms.Count == 0) return 0;
        var held = 0;
        foreach (var term in terms)
            if (passageTerms.Contains(term)) held++;
        return (double)held / terms.Count;
    }

    /// <summary>The analysed terms of the query minus the filler words of a question.</summary>
    private List<string> MeaningfulTerms(string query)
    {
        var words = FrenchNormaliser.Normalise(query).Tokens.Where(t => !Filler.Contains(t));
        return FrenchStems.Of(string.Join(' ', words)).Distinct().ToList();
    }

    /// <summary>The sentence of the passage holding most query terms (the title when none does).</summary>
    private string Snippet(Passage passage, List<string> terms)
    {
        var sentences = passage.Text.Split(". ", StringSplitOptions.RemoveEmptyEntries);
        var best = sentences
            .Select(s => (Sentence: s, Hits: FrenchStems.Of(s).Distinct().Count(terms.Contains)))
            .OrderByDescending(s => s.Hits)
            .FirstOrDefault();
        var snippet = best.Hits > 0 ? best.Sentence : sentences.FirstOrDefault() ?? passage.Title;
        return snippet.Length <= 240 ? snippet : snippet[..237] + "…";
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
