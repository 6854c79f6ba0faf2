using EventBot.Language.Entities;

namespace EventBot.Language.Tests;

public class EmailRecognizerTests
{
    public static TheoryData<string, string?> Cases => new()
    {
        { "mon mail c'est jean.dupont@exemple.fr merci", "jean.dupont@exemple.fr" },
        { "marie-claire@asso-quartier.org", "marie-claire@asso-quartier.org" },
        { "écrivez à a@b.fr ou c@d.fr", "a@b.fr" },
        { "je n'ai pas d'adresse", null },
    };

    [Theory, MemberData(nameof(Cases))]
    public void FindsFirstEmail(string text, string? expected) => Assert.Equal(expected, EmailRecognizer.FindEmail(text));
}
