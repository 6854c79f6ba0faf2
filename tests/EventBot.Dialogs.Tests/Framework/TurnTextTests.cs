using EventBot.Dialogs.Framework;
using EventBot.Dialogs.Replies;
using Microsoft.Bot.Schema;

namespace EventBot.Dialogs.Tests.Framework;

/// <summary>What the dialogs read of a message: invisible characters are gone before anything reads or stores them.</summary>
public sealed class TurnTextTests
{
    [Theory]
    [InlineData("programme\0 de mercredi", "programme de mercredi")]
    [InlineData("\u001b[31mNora\u0007", "[31mNora")]
    [InlineData("\u202Eidercrem", "idercrem")]
    [InlineData("Nora\u2066 Haddad\u2069\u200F", "Nora Haddad")]
    [InlineData("ligne 1\nligne\t2\r\n", "ligne 1\nligne\t2")]
    [InlineData("👨‍👩‍👧 famille", "👨‍👩‍👧 famille")]
    [InlineData("\0\u202E ", "")]
    public void Typed_text_loses_its_invisible_characters(string typed, string read)
    {
        Assert.Equal(read, TurnText.Of(new Activity(ActivityTypes.Message) { Text = typed }));
    }

    [Fact]
    public void A_card_shows_no_bidirectional_control()
    {
        Assert.Equal("Haddad \\<b\\>", CardText.Safe("\u202EHaddad\u200E <b>"));
    }
}
