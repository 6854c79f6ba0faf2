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

    public static TheoryData<string> NothingNamed => new() { "bonjour", "quelle est la capitale de l'Australie", "merci beaucoup", "et après ?" };

    [Theory, MemberData(nameof(NothingNamed))]
    public void NamesNothingInSmallTalk(string text) =>
        Assert.Empty(SeedData.Understander.Understand(text, SeedData.DuringWeek).Entities);

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
