using EventBot.Language.Understanding;

namespace EventBot.Language.Tests;

public class FrenchUnderstanderTests
{
    [Fact]
    public void CombinesIntentEntitiesAndDate()
    {
        var understanding = SeedData.Understander.Understand("qu'est-ce qu'il y a mercredi au pop-up ?", SeedData.LongAfter);
        Assert.Equal(Intent.Programme, understanding.Intent);
        Assert.Equal([new DateOnly(2019, 10, 16)], understanding.Date!.Dates);
        Assert.Equal("pop-up-dev-eco", understanding.Best(EntityKind.WeekEvent)!.Id);
        Assert.Equal("qu' est ce qu' il y a mercredi au pop up", understanding.Normalised);
    }

    [Fact]
    public void ServesConcurrentTurns()
    {
        var data = SeedData.Utterances("utterances.heldout.tsv");
        var sequential = data.Select(d => SeedData.Understander.Understand(d.Utterance, SeedData.DuringWeek).Intent).ToList();
        var parallel = data.AsParallel().AsOrdered().WithDegreeOfParallelism(8)
            .Select(d => SeedData.Understander.Understand(d.Utterance, SeedData.DuringWeek).Intent).ToList();
        Assert.Equal(sequential, parallel);
    }
}
