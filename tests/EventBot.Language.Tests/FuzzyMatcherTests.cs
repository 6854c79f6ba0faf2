using EventBot.Language.Text;

namespace EventBot.Language.Tests;

public class FuzzyMatcherTests
{
    public static TheoryData<string, string, int> Distances => new()
    {
        { "demain", "demin", 1 },
        { "mercredi", "mecredi", 1 },
        { "emergence", "emregence", 1 },
        { "totem", "totem", 0 },
        { "abc", "xyz", 3 },
    };

    [Theory, MemberData(nameof(Distances))]
    public void DamerauLevenshtein(string a, string b, int expected) => Assert.Equal(expected, FuzzyMatcher.Distance(a, b));

    /// <summary>
    /// The bounded distance (a band around the diagonal, stopping early) gives the full matrix's distance whenever that
    /// is within the bound, and something above the bound otherwise: over every pair of the data's name words and
    /// typos of them.
    /// </summary>
    [Fact]
    public void BoundedDistanceAgreesWithTheFullMatrix()
    {
        var names = SeedData.Data.Parcours.Select(p => p.Name)
            .Concat(SeedData.Data.Parcours.SelectMany(p => p.Sessions).Select(s => s.Title))
            .Concat(SeedData.Data.Places.Select(p => p.Name));
        var words = names.SelectMany(n => FrenchNormaliser.Normalise(n).Tokens).Distinct().ToList();
        var typos = words.SelectMany(w => new[] { w[1..], w + "e", Swapped(w), w[..^1] + "z", string.Concat(w.Reverse()) });
        var all = words.Concat(typos).Where(w => w.Length > 0).Distinct().Take(400).ToList();
        Assert.True(all.Count > 200);
        foreach (var a in all)
        {
            foreach (var b in all)
            {
                var full = FullMatrixDistance(a, b);
                for (var max = 0; max <= 3; max++)
                {
                    var bounded = FuzzyMatcher.Distance(a, b, max);
                    if (full <= max) Assert.Equal(full, bounded);
                    else Assert.True(bounded > max, $"{a}/{b} within {max}: {bounded}, full {full}");
                }
            }
        }
    }

    private static string Swapped(string w) => w.Length < 3 ? w : w[0] + w[2].ToString() + w[1] + w[3..];

    /// <summary>The textbook optimal-string-alignment distance over the whole matrix, as a reference.</summary>
    private static int FullMatrixDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    public static TheoryData<string, string, bool> Words => new()
    {
        { "mel", "mal", false },       // ≤ 3 letters: exact only
        { "lieux", "lieu", true },     // plural
        { "demin", "demain", true },   // one typo on a short word
        { "emregence", "emergence", true },
        { "biblio", "bibliographie", true },
        { "totem", "tote", true },
        { "semaine", "semestre", false },
    };

    [Theory, MemberData(nameof(Words))]
    public void WordSimilarity(string word, string target, bool similar) =>
        Assert.Equal(similar, FuzzyMatcher.WordSimilarity(word, target) > 0);

    [Fact]
    public void FindsMultiWordNameAcrossStopWords()
    {
        var tokens = FrenchNormaliser.Normalise("parle moi de l'industrie de demin").Tokens;
        var span = FuzzyMatcher.BestSpan(tokens, ["industrie", "demain"]);
        Assert.NotNull(span);
        Assert.InRange(span.Value.Score, 0.8, 0.99);
    }

    [Fact]
    public void ExactScoresOne() =>
        Assert.Equal(1.0, FuzzyMatcher.BestSpan(["world", "forum"], ["world", "forum"])!.Value.Score);
}
