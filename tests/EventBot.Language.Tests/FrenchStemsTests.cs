using EventBot.Language.Text;

namespace EventBot.Language.Tests;

/// <summary>The stems words are compared by: accents and elisions away, and a stem the same as its longer forms.</summary>
public class FrenchStemsTests
{
    [Fact]
    public void Accents_do_not_part_two_spellings() => Assert.Equal(FrenchStems.Of("présentée"), FrenchStems.Of("presentee"));

    [Theory]
    [InlineData("recrut", "recrutement", true)]
    [InlineData("logistiqu", "logistiqu", true)]
    [InlineData("sign", "signatur", false)]
    [InlineData("entrepreneuriat", "entrepris", false)]
    public void Compares_a_stem_with_its_forms(string a, string b, bool same)
    {
        Assert.Equal(same, FrenchStems.Same(a, b));
        Assert.Equal(same, FrenchStems.Same(b, a));
    }
}
