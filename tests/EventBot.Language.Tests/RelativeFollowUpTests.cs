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
