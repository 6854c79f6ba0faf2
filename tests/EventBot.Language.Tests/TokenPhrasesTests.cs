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
}
