using EventBot.Language.Text;

namespace EventBot.Language.Tests;

public class FrenchNormaliserTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "C'est OÙ l’accueil ?", "c' est ou l' accueil" },
        { "c koi le parcours Émergence", "c' est quoi le parcours emergence" },
        { "Qu'est-ce qu'il y a aujourd'hui", "qu' est ce qu' il y a aujourd'hui" },
        { "kel parcours pr un conseiller citoyen", "quel parcours pour un conseiller citoyen" },
        { "jsuis dispo qd ?", "je suis dispo quand" },
        { "slt, prog de jeudi stp", "salut programme de jeudi svp" },
        { "mrc !!!", "merci" },
        { "merciiii", "merci" },
        { "ya koi ajd", "il y a quoi aujourd'hui" },
        { "  Pop-Up   dév  éco  ", "pop up dev eco" },
        { "l`atelier d´Simon", "l' atelier d' simon" },
        { "Cœur", "coeur" },
        { "chui tjrs là", "je suis toujours la" },
        { "a+", "a plus" },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Normalises(string input, string expected) =>
        Assert.Equal(expected, FrenchNormaliser.Normalise(input).Text);
}
