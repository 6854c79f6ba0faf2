using EventBot.Dialogs.Framework;
using EventBot.Language.Text;

namespace EventBot.Dialogs.Tests.Framework;

public class ChoiceRecognizerTests
{
    private static readonly IReadOnlyList<Choice> Parcours =
    [
        new("industrie-de-demain", "Industrie de demain"),
        new("innovation-et-economie", "Innovation et économie", ["économie et innovation"]),
        new("attractivite", "Attractivité"),
        new("lieu-totem", "Lieu totem", ["Lieux totems"]),
    ];

    private static readonly ChoiceRecognizer Recognizer = new(t => FrenchNormaliser.Normalise(t).Text);

    [Theory]
    [InlineData("Industrie de demain", "industrie-de-demain")]
    [InlineData("INNOVATION ET ECONOMIE", "innovation-et-economie")]
    [InlineData("économie et innovation", "innovation-et-economie")]
    [InlineData("attractivite", "attractivite")]
    [InlineData("2", "innovation-et-economie")]
    [InlineData("le 3", "attractivite")]
    [InlineData("ok le 2e alors", "innovation-et-economie")]
    [InlineData("la deuxième", "innovation-et-economie")]
    [InlineData("le premier", "industrie-de-demain")]
    [InlineData("celui sur les lieux totems", "lieu-totem")]
    [InlineData("je prends le parcours attractivité", "attractivite")]
    public void Recognises_a_choice(string reply, string expected) =>
        Assert.Equal(expected, Recognizer.Recognize(reply, Parcours)?.Value);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("9")]
    [InlineData("où est l'accueil ?")]
    public void Recognises_nothing_in_other_replies(string reply) =>
        Assert.Null(Recognizer.Recognize(reply, Parcours));
}
