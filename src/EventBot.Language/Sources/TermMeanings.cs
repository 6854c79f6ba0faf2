using System.Text.RegularExpressions;
using EventBot.Language.Text;

namespace EventBot.Language.Sources;

/// <summary>What a term of the documents means ("ESS", "Rep+", the PAQTE's "former"), as the documents themselves say it.</summary>
public sealed record TermMeaning(string Term, string? Expansion, SourceSentence Sentence);

/// <summary>
/// Finds the meaning of a word a question asks about in the source documents: the words whose initials spell an
/// abbreviation ("Réseau d'éducation prioritaire" for "Rep"), in the sentence that uses it or else anywhere; failing
/// that, the sentence that uses the word, which is how the documents explain it if they do. Read-only once built.
/// </summary>
public sealed partial class TermMeanings
{
    /// <summary>Small words an abbreviation leaves out ("économie sociale et solidaire" is ESS).</summary>
    private static readonly HashSet<string> Skipped = ["et", "de", "d", "des", "du", "la", "le", "l", "les", "a", "en"];

    private readonly IReadOnlyList<SourceSentence> _sentences;
    /// <summary>Each sentence's words: where they stand in it, and folded.</summary>
    private readonly List<(int Index, int Length, string Folded)[]> _words;

    public TermMeanings(IReadOnlyList<SourceSentence> sentences)
    {
        _sentences = sentences;
        _words = [.. sentences.Select(s => Word().Matches(s.Text).Select(m => (m.Index, m.Length, FrenchNormaliser.Fold(m.Value).Trim())).ToArray())];
    }

    /// <summary>
    /// Of these words, in the order given (the likeliest first), the first the documents use, with what it stands for
    /// when it is an abbreviation.
    /// </summary>
    public TermMeaning? Find(IEnumerable<string> words)
    {
        var used = words.Distinct()
            .Select(w => (Word: w, Sentences: Enumerable.Range(0, _words.Count).Where(i => _words[i].Any(x => x.Folded == w)).ToList()))
            .FirstOrDefault(x => x.Sentences.Count > 0);
        if (used.Word is null) return null;
        var term = used.Word;
        var first = _sentences[used.Sentences[0]];
        var written = _words[used.Sentences[0]].First(x => x.Folded == term) is var at ? first.Text.Substring(at.Index, at.Length) : term;
        if (term.Length is >= 2 and <= 6)
        {
            // In a sentence that uses the abbreviation first, then in any other.
            foreach (var i in used.Sentences.Concat(Enumerable.Range(0, _words.Count).Except(used.Sentences)))
                if (Spelt(i, term) is { } expansion) return new TermMeaning(written, expansion, _sentences[i]);
        }

        return new TermMeaning(written, null, first);
    }

    /// <summary>Consecutive words whose initials, small words left out, spell the term.</summary>
    private string? Spelt(int sentence, string term)
    {
        var words = _words[sentence];
        for (var start = 0; start < words.Length; start++)
        {
            if (Skipped.Contains(words[start].Folded) || words[start].Folded == term || words[start].Folded[0] != term[0]) continue;
            var spelt = 0;
            var end = start;
            for (; end < words.Length && spelt < term.Length; end++)
            {
                if (Skipped.Contains(words[end].Folded) && end > start) continue;
                if (words[end].Folded[0] != term[spelt]) break;
                spelt++;
            }

            if (spelt == term.Length && end - start > 1)
                return _sentences[sentence].Text[words[start].Index..(words[end - 1].Index + words[end - 1].Length)];
        }

        return null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
