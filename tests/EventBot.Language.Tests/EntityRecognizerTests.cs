using EventBot.Language.Entities;
using EventBot.Language.Understanding;

namespace EventBot.Language.Tests;

public class EntityRecognizerTests
{
    public static TheoryData<string, EntityKind, string> Cases => new()
    {
        { "c koi le parcours emergence", EntityKind.Parcours, "emergence" },
        { "industrie de demin", EntityKind.Parcours, "industrie-de-demain" },
        { "le parcours emregence", EntityKind.Parcours, "emergence" },
        { "lieux totems", EntityKind.Parcours, "lieu-totem" },
        { "l'atelier de Simon Sarazin", EntityKind.Speaker, "Simon SARAZIN" },
        { "l'atelier de Simon Sarazin", EntityKind.Session, "atelier-innovations-sociales" },
        { "qui est said bechrouri", EntityKind.Speaker, "Saïd BECHROURI" },
        { "c'est qui severine padie", EntityKind.Speaker, "Séverine PADIE" },
        { "et Delamarre ?", EntityKind.Speaker, "Emmanuel DELAMARRE" },
        { "plaine image", EntityKind.Place, "plaine-images" },
        { "ou est la chauferie", EntityKind.Place, "la-chaufferie" },
        { "le lien de la biblio", EntityKind.Resource, "bibliographie-pop-up" },
        { "world forum", EntityKind.WeekEvent, "world-forum" },
        { "la soirée de clôture", EntityKind.WeekEvent, "soiree-de-cloture" },
        { "le circuit court", EntityKind.WeekEvent, "circuits-courts" },
        { "à quelle heure commence le popup", EntityKind.WeekEvent, "pop-up-dev-eco" },
        { "où a lieu l'atelier sur l'économie informelle", EntityKind.Session, "atelier-conference-economie-informelle" },
        { "qui anime le plateau radio emergence", EntityKind.Session, "plateau-radio-faire-emerger" },
        { "fiche fashion green hub", EntityKind.Resource, "fiche-fashion-green-hub" },
        { "defith 60", EntityKind.Fiche, "defith-60" },
        { "le webdoc", EntityKind.Link, "webdoc-esprit-d-entreprendre" },
        { "c'est quoi le paqte", EntityKind.Paqte, "paqte" },
        { "mel toi du territoire", EntityKind.Week, "week" },
        { "les partenaires de la MEL", EntityKind.Organisation, "mel" },
        { "la table ronde sur l'emploi des locataires", EntityKind.Session, "table-ronde-cooperations-emploi-locataires" },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Recognises(string text, EntityKind kind, string id)
    {
        var entities = SeedData.Understander.Understand(text, SeedData.DuringWeek).Entities;
        Assert.True(entities.Any(e => e.Kind == kind && e.Id == id),
            $"{kind} {id} not in [{string.Join("; ", entities.Select(e => $"{e.Kind} {e.Id} '{e.MatchedText}' {e.Score}"))}]");
    }

    /// <summary>A kind of session said with a parcours: exactly that parcours's sessions of that kind, scored like a good match.</summary>
    public static TheoryData<string, string> SessionsOfParcoursKind => new()
    {
        { "c'est quoi l'atelier du parcours Attractivité", "atelier-role-attractivite" },
        { "la table ronde du parcours coopérations", "table-ronde-cooperations-enjeux,table-ronde-cooperations-emploi-locataires" },
        { "les ateliers du parcours innovation et économie", "atelier-conference-economie-informelle,atelier-innovations-sociales" },
        { "la visite du parcours industrie de demain", "visite-plateau-fertile" },
        { "le plateau radio du parcours emergence", "plateau-radio-faire-emerger,plateau-radio-initiative-jeunes" },
        { "la découverte du parcours lieu totem", "decouverte-plaine-images" },
        { "l'atelier du parcours emergence", "" },
    };

    [Theory, MemberData(nameof(SessionsOfParcoursKind))]
    public void NamesTheParcourssSessionsOfTheKindSaid(string text, string sessions)
    {
        var found = SeedData.Understander.Understand(text, SeedData.DuringWeek).Of(EntityKind.Session).ToList();
        var expected = sessions.Split(',', StringSplitOptions.RemoveEmptyEntries).Order().ToList();
        Assert.Equal(expected, found.Select(s => s.Id).Distinct().Order().ToList());
        Assert.All(found, s => Assert.InRange(s.Score, 0.85, 1.0));
    }

    /// <summary>A kind of several words said alone names every session of that kind, equally and weakly; a one-word kind names none.</summary>
    public static TheoryData<string, string> SessionsOfKindAlone => new()
    {
        { "quelle salle pour le plateau radio ?", "plateau-radio-faire-emerger,plateau-radio-initiative-jeunes" },
        { "c'est où les tables rondes", "table-ronde-cooperations-enjeux,table-ronde-cooperations-emploi-locataires" },
        { "c'est où l'atelier ?", "" },
    };

    [Theory, MemberData(nameof(SessionsOfKindAlone))]
    public void A_kind_said_alone_names_its_few_sessions(string text, string sessions)
    {
        var found = SeedData.Understander.Understand(text, SeedData.DuringWeek).Of(EntityKind.Session).ToList();
        Assert.Equal(sessions.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), found.Select(s => s.Id).Distinct().Order());
        Assert.All(found, s => Assert.Equal(EntityRecognizer.KindAloneWeight, s.Score));
    }

    public static TheoryData<string> NothingNamed => new() { "bonjour", "quelle est la capitale de l'Australie", "merci beaucoup", "et après ?" };

    [Theory, MemberData(nameof(NothingNamed))]
    public void NamesNothingInSmallTalk(string text) =>
        Assert.Empty(SeedData.Understander.Understand(text, SeedData.DuringWeek).Entities);

    [Theory]
    [InlineData("qui a présenté l'état des lieux de l'emploi ?")]
    [InlineData("en l'état, qui intervient ?")]
    public void An_everyday_phrase_names_no_one(string message) =>
        Assert.DoesNotContain(SeedData.Understander.Understand(message, SeedData.DuringWeek).Entities, e => e.Kind == EntityKind.Organisation && e.Id == "etat");

    [Fact]
    public void ExactNameScoresOneAndTypoLess()
    {
        var exact = SeedData.Understander.Understand("parcours emergence", SeedData.DuringWeek).Best(EntityKind.Parcours)!;
        var typo = SeedData.Understander.Understand("parcours emregence", SeedData.DuringWeek).Best(EntityKind.Parcours)!;
        Assert.Equal(1.0, exact.Score);
        Assert.InRange(typo.Score, EntityRecognizerMin, 0.99);
    }

    private const double EntityRecognizerMin = Entities.EntityRecognizer.MinScore;
}
