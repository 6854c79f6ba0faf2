using EventBot.Language.Sources;

namespace EventBot.Language.Tests;

/// <summary>What a term means, as the source documents themselves say it.</summary>
public class TermMeaningsTests
{
    private static readonly TermMeanings Meanings = new(
    [
        new SourceSentence("Les élèves de collège en Réseau d'éducation prioritaire renforcé (Rep+) font un stage.", "doc", null),
        new SourceSentence("Les thématiques : innovation sociale, ESS, attractivité.", "doc", null),
        new SourceSentence("Un atelier sur l'économie sociale et solidaire dans les quartiers.", "doc", null),
        new SourceSentence("former en favorisant l'accès à l'alternance ;", "doc", null),
    ]);

    [Fact]
    public void Spells_an_abbreviation_in_the_sentence_that_uses_it()
    {
        var meaning = Meanings.Find(["rep"])!;
        Assert.Equal("Réseau d'éducation prioritaire", meaning.Expansion);
        Assert.Equal("Rep", meaning.Term);
    }

    [Fact]
    public void Spells_an_abbreviation_from_another_sentence_when_its_own_does_not()
    {
        var meaning = Meanings.Find(["ess"])!;
        Assert.Equal("économie sociale et solidaire", meaning.Expansion);
    }

    [Fact]
    public void A_word_that_is_no_abbreviation_is_shown_as_the_documents_use_it()
    {
        var meaning = Meanings.Find(["former"])!;
        Assert.Null(meaning.Expansion);
        Assert.StartsWith("former en favorisant", meaning.Sentence.Text);
    }

    [Fact]
    public void A_word_the_documents_never_use_has_no_meaning() => Assert.Null(Meanings.Find(["bitcoin"]));
}
