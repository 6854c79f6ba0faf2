using EventBot.Domain.Catalog;
using EventBot.Domain.Seeds;

namespace EventBot.Domain.Tests;

public sealed class EventCatalogTests
{
    private static readonly EventCatalog Catalog = new(EventDataLoader.Load(RepoFiles.SeedPath));

    [Fact]
    public void Wednesday_has_the_pop_up_and_the_world_forum() =>
        Assert.Equal(["world-forum", "pop-up-dev-eco"], Catalog.EventsOn(new DateOnly(2019, 10, 16)).Select(e => e.Id));

    [Fact]
    public void Thursday_has_the_world_forum_the_diversity_awards_and_entrepreneurship_for_all() =>
        Assert.Equal(
            ["world-forum", "laureats-de-la-diversite", "entrepreneuriat-pour-tous"],
            Catalog.EventsOn(new DateOnly(2019, 10, 17)).Select(e => e.Id));

    [Fact]
    public void The_week_has_five_days_and_the_world_forum_spans_three() =>
        Assert.Equal(
            [false, true, true, true, false],
            Catalog.Days.Select(d => d.Events.Any(e => e.Id == "world-forum")));

    [Fact]
    public void A_day_outside_the_week_has_no_event() =>
        Assert.Empty(Catalog.EventsOn(new DateOnly(2019, 10, 19)));

    [Fact]
    public void Speakers_index_finds_a_speaker_with_status_and_session()
    {
        var entry = Assert.IsType<SpeakerEntry>(Catalog.Speaker("ghislain de muynck"));

        var appearance = Assert.Single(entry.Appearances);
        Assert.Equal("Ghislain DE MUYNCK", entry.Name);
        Assert.Equal("sous réserve", appearance.Speaker.Status);
        Assert.Equal("directeur", appearance.Speaker.Role);
        Assert.Equal("La fabrique de l'emploi", appearance.Speaker.Organisation);
        Assert.Equal("innovation-et-economie", appearance.Parcours?.Id);
        Assert.Equal("pop-up-dev-eco", appearance.Event.Id);
    }

    [Fact]
    public void A_speaker_of_several_events_is_one_entry_with_every_appearance()
    {
        var entry = Assert.IsType<SpeakerEntry>(Catalog.Speaker("Matthieu BONAL"));

        Assert.Equal(
            [("lancement-semaine", null), ("pop-up-dev-eco", "atelier-conference-economie-informelle")],
            entry.Appearances.Select(a => (a.Event.Id, a.Session?.Id)));
        Assert.Single(Catalog.Speakers, s => s.Name == "Milouda ALA");
    }

    [Fact]
    public void Speaker_lookup_ignores_accents_and_case() =>
        Assert.Equal("Saïd BECHROURI", Catalog.Speaker("said bechrouri")?.Name);

    [Fact]
    public void Sessions_know_their_parcours() =>
        Assert.Equal("lieu-totem", Catalog.Session("decouverte-plaine-images")?.Parcours.Id);

    [Fact]
    public void Parcours_lookups_give_their_resources_and_fiches()
    {
        Assert.Equal("Industrie de demain", Catalog.Parcours("industrie-de-demain")?.Name);
        Assert.Equal(["fiche-fashion-green-hub", "fiche-defith-60"], Catalog.ResourcesOf("industrie-de-demain").Select(r => r.Id));
        Assert.Equal(["fashion-green-hub", "defith-60"], Catalog.FichesOf("industrie-de-demain").Select(f => f.Id));
        Assert.Equal(6, Catalog.ParcoursOf("pop-up-dev-eco").Count);
    }

    [Fact]
    public void Places_and_organisations_by_id()
    {
        Assert.Equal("Tourcoing", Catalog.Place("plaine-images")?.City);
        Assert.Equal("ADULM", Catalog.Organisation("adulm")?.Aliases[0]);
        Assert.Null(Catalog.Place("nowhere"));
    }
}
