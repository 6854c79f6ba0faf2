using EventBot.Domain.Seeds;

namespace EventBot.Domain.Tests;

public sealed class SeedFileTests
{
    [Fact]
    public void The_real_seed_file_loads_and_validates()
    {
        var data = EventDataLoader.Load(RepoFiles.SeedPath);

        Assert.Empty(EventDataValidator.FindProblems(data));
    }

    [Fact]
    public void The_seed_gives_the_figures_of_the_sources()
    {
        var data = EventDataLoader.Load(RepoFiles.SeedPath);
        var popUp = Assert.Single(data.Events, e => e.Id == "pop-up-dev-eco");

        Assert.Equal(new DateOnly(2019, 10, 14), data.Week.StartDate);
        Assert.Equal(new DateOnly(2019, 10, 18), data.Week.EndDate);
        Assert.Equal(160, popUp.ParticipantCount);
        Assert.Equal([new DateOnly(2019, 10, 16)], popUp.Dates);
        Assert.Equal(
            ["industrie-de-demain", "innovation-et-economie", "attractivite", "cooperations", "emergence", "lieu-totem"],
            data.Parcours.Select(p => p.Id));
        Assert.All(data.Parcours, p => Assert.Equal("pop-up-dev-eco", p.EventId));
    }

    [Fact]
    public void Places_named_by_the_brief_are_linked()
    {
        var data = EventDataLoader.Load(RepoFiles.SeedPath);
        var sessions = data.Parcours.SelectMany(p => p.Sessions).ToDictionary(s => s.Id);

        Assert.Equal("plateau-fertile", sessions["visite-plateau-fertile"].PlaceId);
        Assert.Equal("plaine-images", sessions["decouverte-plaine-images"].PlaceId);
        Assert.Equal("plaine-images", data.Places.Single(p => p.Id == "la-chaufferie").PartOfPlaceId);
    }
}
