using EventBot.Language.Understanding;

namespace EventBot.Language.Tests;

/// <summary>"Le lendemain" and "la veille" are relative to the day the conversation was about.</summary>
public class RelativeFollowUpTests
{
    [Theory]
    [InlineData("et le lendemain ?", RelativeDay.Next)]
    [InlineData("et la veille ?", RelativeDay.DayBefore)]
    [InlineData("et après ?", RelativeDay.Next)]
    public void Follow_ups_are_relative_days_asking_for_the_next_programme(string text, RelativeDay relative)
    {
        var understanding = SeedData.Understander.Understand(text, SeedData.DuringWeek);

        Assert.Equal(relative, understanding.Date?.Relative);
        Assert.Equal(Intent.Next, understanding.Intent);
    }
}

/// <summary>Days written the short way.</summary>
public class ShortDateTests
{
    [Theory]
    [InlineData("programme du 16 oct", 16)]
    [InlineData("le 17 oct il se passe quoi", 17)]
    [InlineData("programme du 18", 18)]
    public void Abbreviated_months_and_du_give_the_event_s_day(string text, int day)
    {
        var understanding = SeedData.Understander.Understand(text, SeedData.DuringWeek);

        Assert.Equal([new DateOnly(2019, 10, day)], understanding.Date?.Dates);
    }
}
