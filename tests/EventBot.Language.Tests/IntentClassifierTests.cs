using EventBot.Language.Understanding;
using Xunit.Abstractions;

namespace EventBot.Language.Tests;

public class IntentClassifierTests(ITestOutputHelper output)
{
    /// <summary>Required share of the held-out utterances classified right.</summary>
    private const double RequiredAccuracy = 0.95;

    [Theory]
    [InlineData("utterances.heldout.tsv")]
    [InlineData("utterances.train.tsv")]
    public void ReachesAccuracy(string file)
    {
        var data = SeedData.Utterances(file);
        var failures = data
            .Select(d => (Expected: d.Intent, Got: SeedData.Understander.Understand(d.Utterance, SeedData.DuringWeek).Intent.ToString(), d.Utterance))
            .Where(r => r.Expected != r.Got)
            .ToList();
        var accuracy = 1.0 - (double)failures.Count / data.Count;
        output.WriteLine($"{file}: {accuracy:P1} ({data.Count - failures.Count}/{data.Count})");
        var confusion = string.Join("\n", failures.Select(f => $"  expected {f.Expected,-12} got {f.Got,-12} « {f.Utterance} »"));
        output.WriteLine(confusion);
        Assert.True(accuracy >= RequiredAccuracy, $"{file}: accuracy {accuracy:P1} < {RequiredAccuracy:P0}\n{confusion}");
    }

    [Fact]
    public void EveryIntentIsInBothFiles()
    {
        foreach (var file in new[] { "utterances.heldout.tsv", "utterances.train.tsv" })
        {
            var intents = SeedData.Utterances(file).Select(u => u.Intent).ToHashSet();
            Assert.All(Enum.GetNames<Intent>(), name => Assert.Contains(name, intents));
        }
    }

    /// <summary>Intent plus the entity the answer needs.</summary>
    public static TheoryData<string, Intent, EntityKind?, string?> KeyCases => new()
    {
        { "à quelle heure commence le pop-up", Intent.Quand, EntityKind.WeekEvent, "pop-up-dev-eco" },
        { "où a lieu l'atelier sur l'économie informelle", Intent.Lieu, EntityKind.Session, "atelier-conference-economie-informelle" },
        { "qui anime le plateau radio emergence", Intent.Intervenant, EntityKind.Session, "plateau-radio-faire-emerger" },
        { "c koi le parcours emergence", Intent.Parcours, EntityKind.Parcours, "emergence" },
        { "je suis conseiller citoyen, quel parcours ?", Intent.Parcours, null, null },
        { "programme jeudi", Intent.Programme, null, null },
        { "ou est l'accueil", Intent.Lieu, null, null },
        { "c'est quoi le PAQTE", Intent.Paqte, EntityKind.Paqte, "paqte" },
        { "qui organise la semaine", Intent.Organisers, null, null },
    };

    [Theory, MemberData(nameof(KeyCases))]
    public void UnderstandsKeyQuestions(string text, Intent intent, EntityKind? kind, string? id)
    {
        var understanding = SeedData.Understander.Understand(text, SeedData.LongAfter);
        Assert.Equal(intent, understanding.Intent);
        Assert.InRange(understanding.Confidence, 0.0, 1.0);
        if (kind is { } k) Assert.Equal(id, understanding.Best(k)?.Id);
    }

    public static TheoryData<string, string> Topics => new()
    {
        { "y a un parking ?", "parking" },
        { "c'est payant ?", "prix" },
        { "le code wifi", "wifi" },
        { "quel temps il fera mercredi", "météo" },
        { "on mange où le midi", "repas" },
        { "accessible en fauteuil roulant ?", "accessibilité" },
        { "on y va en metro comment", "transport" },
    };

    [Theory, MemberData(nameof(Topics))]
    public void NamesTheUnknowableTopic(string text, string topic)
    {
        var understanding = SeedData.Understander.Understand(text, SeedData.DuringWeek);
        Assert.Equal(Intent.Unknowable, understanding.Intent);
        Assert.Contains(topic, understanding.UnknowableTopics);
    }
}
