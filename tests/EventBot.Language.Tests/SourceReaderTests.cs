using EventBot.Language.Sources;

namespace EventBot.Language.Tests;

/// <summary>The source documents cut into sentences, and the sentence that answers a question.</summary>
public class SourceReaderTests
{
    private static readonly SourceReader Reader = new(SeedData.Data);

    private static SourceAnswer? Quote(string question) => SeedData.Understander.Understand(question, SeedData.DuringWeek).Quote;

    [Fact]
    public void Sentences_come_from_both_documents_without_page_furniture()
    {
        Assert.Equal(SeedData.Data.Sources.Select(s => s.Title).Order(), Reader.Sentences.Select(s => s.Document).Distinct().Order());
        Assert.DoesNotContain(Reader.Sentences, s => s.Text.StartsWith("Poids", StringComparison.Ordinal) || s.Text.Contains("](#)", StringComparison.Ordinal)
                                                     || s.Text.Contains("Téléchargement", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_knows_the_document_it_comes_from_and_its_heading()
    {
        var sentence = Reader.Sentences.Single(s => s.Text.StartsWith("Conseillers citoyens, ce parcours est fait pour vous", StringComparison.Ordinal));
        Assert.Equal("Parcours Attractivité", sentence.Heading);
        Assert.Contains("pop-dev-eco", SeedData.Data.Sources.Single(s => s.Title == sentence.Document).Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("qui a présenté la démarche d'ambassadeurs du territoire ?", "CREPPY")]
    [InlineData("Qui a ouvert la journée de lancement ?", "SALAZAR")]
    [InlineData("Marc Ben Taleb, c'est qui ?", "dirigeant de D.É.F.I.T.H. 60")]
    [InlineData("L'ADULM a un dossier thématique lié au pop-up, il s'appelle comment ?", "renouvellement urbain")]
    public void Finds_the_sentence_that_answers(string question, string expected)
    {
        var quote = Quote(question);
        Assert.NotNull(quote);
        Assert.Contains(expected, quote.Sentence.Text, StringComparison.Ordinal);
        Assert.InRange(quote.Coverage, SourceReader.MinCoverage, 1);
    }

    [Theory]
    [InlineData("qui a remporté les trophées de la diversité ?")]
    [InlineData("c'est quoi le code wifi ?")]
    [InlineData("qui va gagner la coupe du monde de rugby ?")]
    public void Finds_none_when_no_sentence_answers(string question)
    {
        var quote = Quote(question);
        Assert.True(quote is null || quote.WordsHeld < 2, $"« {quote?.Sentence.Text} »");
    }

    [Fact]
    public void Tells_names_the_documents_never_mention()
    {
        Assert.Equal(["Martine Aubry"], Reader.UnknownNames("Est-ce que Martine Aubry intervient au Pop-Up ?", []));
        Assert.Empty(Reader.UnknownNames("Bonjour Madame, qui est Benoit Frys ?", []));
        Assert.Empty(Reader.UnknownNames("Marc Ben Taleb dirige quoi ?", []));
    }

    [Fact]
    public void Knows_the_words_of_the_documents_and_of_the_data()
    {
        Assert.True(Reader.Mentions("upcycling"));
        Assert.True(Reader.Mentions("présentée"));
        Assert.False(Reader.Mentions("municipales"));
    }
}
