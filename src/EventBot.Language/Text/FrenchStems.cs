using System.Collections.Concurrent;
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
    /// <summary>Texts remembered at most; beyond, the memory starts again (odd input must not grow it for ever).</summary>
    internal const int MaxRemembered = 20_000;

    private static readonly Analyzer Analyzer = new FrenchAnalyzer(LuceneVersion.LUCENE_48);

    // The same words come back in every message (question words, the event's names): each is analysed once.
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Remembered = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Of(string text)
    {
        if (Remembered.TryGetValue(text, out var known)) return known;
        var stems = Analyse(text);
        if (Remembered.Count >= MaxRemembered) Remembered.Clear();
        Remembered.TryAdd(text, stems);
        return stems;
    }

    /// <summary>The same stem or one of its forms ("recrutent", "recrute"): one begins the other, both of five letters or more.</summary>
    public static bool Same(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 5 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

    private static string[] Analyse(string text)
    {
        var stems = new List<string>();
        using var stream = Analyzer.GetTokenStream("text", FrenchNormaliser.Fold(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) stems.Add(term.ToString());
        stream.End();
        return [.. stems];
    }
}
