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
