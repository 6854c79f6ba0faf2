namespace EventBot.Language.Text;

/// <summary>Where a name was found in a message: token span and how close the words were (1 = exact).</summary>
public readonly record struct SpanMatch(int Start, int Length, double Score);

/// <summary>
/// Typo-tolerant matching of words and of multi-word names inside a tokenised message.
/// Tolerance grows with word length (0 edit up to 3 letters, 1 up to 6, 2 beyond) because a typo in a
/// short word makes another word ("mel"/"mal") while long words stay recognisable.
/// </summary>
public static class FuzzyMatcher
{
    public static int MaxEdits(int length) => length <= 3 ? 0 : length <= 6 ? 1 : 2;

    /// <summary>Optimal-string-alignment Damerau-Levenshtein distance (a swap of neighbours costs 1).</summary>
    public static int Distance(string a, string b) => Distance(a, b, Math.Max(a.Length, b.Length));

    /// <summary>
    /// The distance when it is at most <paramref name="max"/>, else any value above it. Only the cells at most
    /// <paramref name="max"/> off the diagonal can hold such a distance, and it stops at the first row wholly past it
    /// (a swap that skips a row costs no less than going through it): it runs for thousands of word pairs each turn,
    /// nearly all of them far apart.
    /// </summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        var beyond = max + 1;
        if (Math.Abs(a.Length - b.Length) > max) return beyond;
        var width = b.Length + 1;
        // Three rows of the matrix (two back, for transpositions), on the stack.
        Span<int> rows = width <= 256 ? stackalloc int[3 * width] : new int[3 * width];
        var beforePrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - max);
            var to = Math.Min(b.Length, i + max);
            // The cells just outside the band are read by this row and the next one: out of reach.
            current[from - 1] = from == 1 ? i : beyond;
            if (to < b.Length) current[to + 1] = beyond;
            var rowMin = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max) return beyond;
            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.Min(previous[b.Length], beyond);
    }

    /// <summary>
    /// How well a message word stands for a name word: 1 when equal (a final plural s/x aside), lower
    /// with each edit, 0.8 for a clipped form (6+ letters) of a long word ("biblio" for "bibliographie"), 0 when too far.
    /// </summary>
    public static double WordSimilarity(string word, string target) => WordSimilarity(word, target, allowClipped: true);

    /// <summary>
    /// How well one message word stands for a whole multi-word name written as one word ("popup", "worldforum"):
    /// as <see cref="WordSimilarity(string, string)"/> without clipping ("faire" is a prefix of
    /// "faireemergerpuisaccelerer" but not that name); 0 at once for a word shorter by more than a plural letter and two
    /// edits (nearly every word is).
    /// </summary>
    public static double JoinedNameSimilarity(string word, string joined) =>
        word.Length + 3 < joined.Length ? 0.0 : WordSimilarity(word, joined, allowClipped: false);

    private static double WordSimilarity(string word, string target, bool allowClipped)
    {
        var w = Singular(word);
        var t = Singular(target);
        if (w.SequenceEqual(t)) return 1.0;
        if (allowClipped && w.Length >= 6 && t.Length >= 8 && t.StartsWith(w)) return 0.8;
        var max = MaxEdits(Math.Min(word.Length, target.Length));
        if (max == 0 || Math.Abs(w.Length - t.Length) > max) return 0.0;
        var distance = Distance(w, t, max);
        return distance <= max ? 1.0 - (double)distance / Math.Max(w.Length, t.Length) : 0.0;
    }

    /// <summary>
    /// Best place of <paramref name="phrase"/> (content words of a name) in <paramref name="tokens"/>:
    /// the phrase words must follow each other, stop words of the message in between being skipped.
    /// A name written as one word ("popup", "worldforum") also matches. Null when nowhere.
    /// </summary>
    public static SpanMatch? BestSpan(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase) =>
        BestSpan(new DirectScores(tokens, phrase, string.Concat(phrase)));

    /// <summary>
    /// <see cref="BestSpan(IReadOnlyList{string}, IReadOnlyList{string})"/> over word scores worked out elsewhere
    /// (<see cref="ISpanScores"/>): the search is the same whoever computes <see cref="WordSimilarity(string, string)"/>.
    /// </summary>
    public static SpanMatch? BestSpan<TScores>(TScores scores) where TScores : ISpanScores
    {
        if (scores.PhraseLength == 0) return null;
        SpanMatch? best = null;
        for (var start = 0; start < scores.TokenCount; start++)
        {
            if (scores.IsStopWord(start)) continue;
            var candidate = MatchAt(scores, start);
            if (candidate is { } c && (best is null || c.Score > best.Value.Score)) best = c;
        }
        if (scores.PhraseLength > 1)
        {
            for (var i = 0; i < scores.TokenCount; i++)
            {
                var score = scores.Joined(i);
                if (score > 0 && (best is null || score > best.Value.Score)) best = new SpanMatch(i, 1, score);
            }
        }
        return best;
    }

    private static SpanMatch? MatchAt<TScores>(TScores scores, int start) where TScores : ISpanScores
    {
        var total = 0.0;
        var position = start;
        for (var k = 0; k < scores.PhraseLength; k++)
        {
            while (k > 0 && position < scores.TokenCount && scores.IsStopWord(position)) position++;
            if (position >= scores.TokenCount) return null;
            var score = scores.Word(position, k);
            if (score == 0) return null;
            total += score;
            position++;
        }
        return new SpanMatch(start, position - start, total / scores.PhraseLength);
    }

    /// <summary>Every score computed as it is asked for.</summary>
    private readonly struct DirectScores(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase, string joined) : ISpanScores
    {
        public int TokenCount => tokens.Count;
        public int PhraseLength => phrase.Count;
        public bool IsStopWord(int token) => FrenchStopWords.Contains(tokens[token]);
        public double Word(int token, int phraseWord) => WordSimilarity(tokens[token], phrase[phraseWord]);
        public double Joined(int token) => JoinedNameSimilarity(tokens[token], joined);
    }

    private static ReadOnlySpan<char> Singular(string word) =>
        word.Length > 3 && (word[^1] == 's' || word[^1] == 'x') ? word.AsSpan(0, word.Length - 1) : word;
}
