using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace EventBot.Language.Text;

/// <summary>
/// The stems of a French text (Lucene.Net's French analyser: elisions, stop words, light stemming), on
/// accent-folded text, so that "présenté" and "presentee" meet. The analyser reuses one token stream per
/// thread, so concurrent turns can share it.
/// </summary>
public static class FrenchStems
{
    private static readonly Analyzer Analyzer = new FrenchAnalyzer(LuceneVersion.LUCENE_48);

    public static List<string> Of(string text)
    {
        var stems = new List<string>();
        using var stream = Analyzer.GetTokenStream("text", FrenchNormaliser.Fold(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) stems.Add(term.ToString());
        stream.End();
        return stems;
    }
}
