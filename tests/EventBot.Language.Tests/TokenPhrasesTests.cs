using EventBot.Language.Text;

namespace EventBot.Language.Tests;

public class TokenPhrasesTests
{
    private static readonly string[] Tokens = ["rappelle", "moi", "mon", "parcours", "demain"];

    [Theory]
    [InlineData(new[] { "mon", "parcours" }, 2)]
    [InlineData(new[] { "rappelle" }, 0)]
    [InlineData(new[] { "parcours", "demain" }, 3)]
    [InlineData(new[] { "ma", "journee" }, -1)]
    [InlineData(new[] { "demain", "soir" }, -1)]
    [InlineData(new[] { "mon", "demain" }, -1)]
    public void Finds_a_whole_run_of_words_or_says_minus_one(string[] phrase, int expected)
    {
        Assert.Equal(expected, TokenPhrases.IndexOf(Tokens, phrase));
        Assert.Equal(expected >= 0, TokenPhrases.Contains(Tokens, phrase));
    }

    [Theory]
    [InlineData(new[] { "mon", "parcours" }, 2, true)]
    [InlineData(new[] { "mon", "parcours" }, 1, false)]
    [InlineData(new[] { "demain" }, 4, true)]
    [InlineData(new[] { "demain", "soir" }, 4, false)]
    public void Tells_whether_a_run_of_words_starts_at_a_place(string[] phrase, int start, bool expected) =>
        Assert.Equal(expected, TokenPhrases.IsAt(Tokens, start, phrase));
}
