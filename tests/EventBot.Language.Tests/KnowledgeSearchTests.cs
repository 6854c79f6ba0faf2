using EventBot.Language.Understanding;

namespace EventBot.Language.Tests;

public class KnowledgeSearchTests
{
    public static TheoryData<string, EntityKind, string> Found => new()
    {
        { "économie informelle", EntityKind.Session, "atelier-conference-economie-informelle" },
        { "upcycling", EntityKind.Fiche, "fashion-green-hub" },
        { "imprimantes 3D", EntityKind.Parcours, "industrie-de-demain" },
        { "tu as des infos sur les déchets électroniques ?", EntityKind.Fiche, "defith-60" },
        { "ego imperium", EntityKind.WeekEvent, "world-forum" },
        { "stages de troisième", EntityKind.Paqte, "paqte" },
    };

    [Theory, MemberData(nameof(Found))]
    public void FindsThePassage(string query, EntityKind kind, string id)
    {
        var hits = SeedData.Understander.Search.Search(query);
        Assert.Contains(hits, h => h.Kind == kind && h.Id == id);
        Assert.All(hits, h => Assert.InRange(h.Confidence, Search.KnowledgeSearch.MinConfidence, 1.0));
    }

    public static TheoryData<string> OffTopic => new()
    {
        "quelle est la capitale de l'Australie", "recette de crêpes", "qui a gagné la coupe du monde de rugby",
        "le cours du bitcoin", "raconte moi une blague", "bonjour",
    };

    [Theory, MemberData(nameof(OffTopic))]
    public void FindsNothingOffTopic(string query) => Assert.Empty(SeedData.Understander.Search.Search(query));

    [Fact]
    public void SnippetComesFromTheData()
    {
        var hit = SeedData.Understander.Search.Search("upcycling").First();
        Assert.Contains("upcycling", hit.Snippet, StringComparison.OrdinalIgnoreCase);
    }
}
