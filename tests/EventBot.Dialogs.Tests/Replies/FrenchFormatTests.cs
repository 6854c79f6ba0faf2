using EventBot.Dialogs.Replies;

namespace EventBot.Dialogs.Tests.Replies;

public class FrenchFormatTests
{
    [Fact]
    public void Every_day_of_a_month_is_named_once_with_its_month() =>
        Assert.Equal("les mardi 15, mercredi 16 et jeudi 17 octobre 2019",
            FrenchFormat.EveryDay([new DateOnly(2019, 10, 16), new DateOnly(2019, 10, 15), new DateOnly(2019, 10, 17)]));

    [Fact]
    public void One_day_reads_as_that_day() =>
        Assert.Equal("le mercredi 16 octobre 2019", FrenchFormat.EveryDay([new DateOnly(2019, 10, 16)]));

    [Fact]
    public void Days_of_two_months_are_each_named_in_full() =>
        Assert.Equal("les jeudi 31 octobre 2019 et vendredi 1 novembre 2019",
            FrenchFormat.EveryDay([new DateOnly(2019, 10, 31), new DateOnly(2019, 11, 1)]));

    [Theory]
    [InlineData("1.03 Mo", "1,03 Mo")]
    [InlineData("616.95 Ko", "616,95 Ko")]
    [InlineData("2 Mo", "2 Mo")]
    public void A_size_takes_the_French_decimal_comma(string size, string french) => Assert.Equal(french, FrenchFormat.Size(size));
}
