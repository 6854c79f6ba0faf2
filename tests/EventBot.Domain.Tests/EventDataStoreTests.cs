using EventBot.Domain.Model;
using EventBot.Domain.Seeds;
using EventBot.Domain.Store;

namespace EventBot.Domain.Tests;

public sealed class EventDataStoreTests
{
    private static EventData Seed() => EventDataLoader.Load(RepoFiles.SeedPath);

    private static EventData Renamed(string name) =>
        EventDataLoader.Parse(SeedMutations.Apply(root => root["week"]!["name"] = name), "update");

    [Fact]
    public void Replace_with_valid_data_makes_it_current_and_bumps_the_version()
    {
        var store = new EventDataStore(Seed());

        var version = store.Replace(Renamed("MEL toi 2020"));

        Assert.Equal("MEL toi 2020", store.Current.Week.Name);
        Assert.Equal(2, version);
        Assert.Equal(2, store.Version);
    }

    [Fact]
    public void Replace_with_invalid_data_throws_and_keeps_the_current_version()
    {
        var seed = Seed();
        var store = new EventDataStore(seed);
        var broken = new EventData
        {
            Week = seed.Week, Organisations = seed.Organisations, Places = seed.Places, Events = seed.Events,
            Parcours = seed.Parcours, Resources = seed.Resources, Fiches = seed.Fiches, Links = seed.Links,
            Media = seed.Media, Sources = seed.Sources,
            Paqte = new Paqte { Name = "PAQTE", Summary = "…", EventId = "gala", Axes = [] },
        };

        var error = Assert.Throws<EventDataException>(() => store.Replace(broken, "organiser upload"));

        Assert.Contains("organiser upload, ($.paqte.eventId): unknown event \"gala\"", error.Message);
        Assert.Same(seed, store.Current);
        Assert.Equal(1, store.Version);
        Assert.False(store.HasPrevious);
    }

    [Fact]
    public void RestorePrevious_goes_back_once()
    {
        var seed = Seed();
        var store = new EventDataStore(seed);
        store.Replace(Renamed("MEL toi 2020"));

        Assert.True(store.RestorePrevious());
        Assert.Same(seed, store.Current);
        Assert.Equal(3, store.Version);
        Assert.False(store.RestorePrevious());
    }

    [Fact]
    public void Readers_always_see_a_whole_snapshot_while_writers_replace()
    {
        var store = new EventDataStore(Seed());
        var updates = new[] { Renamed("A"), Renamed("B") };

        Parallel.For(0, 200, i =>
        {
            if (i % 2 == 0)
            {
                store.Replace(updates[i % 4 / 2]);
            }
            else
            {
                Assert.Contains(store.Current.Week.Name, new[] { "MEL toi du territoire", "A", "B" });
            }
        });

        Assert.Equal(101, store.Version);
    }
}
