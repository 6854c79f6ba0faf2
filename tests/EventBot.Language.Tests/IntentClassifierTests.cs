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

    /// <summary>General patterns a facts test found answered wrongly, one group per pattern.</summary>
    public static TheoryData<string, Intent> Patterns => new()
    {
        // 1. Sign-up is the user signing up; "s'inscrire dans", "a participé" are not.
        { "je veux m'inscrire", Intent.Inscription },
        { "comment participer au pop-up ?", Intent.Inscription },
        { "inscription au parcours emergence", Intent.Inscription },
        { "comment on s'inscrit dans un parcours ?", Intent.Inscription },
        { "Amiens Métropole a participé ?", Intent.Organisers },
        { "la CMA a-t-elle participé au village ?", Intent.Organisers },
        // 2. "Où" about a document or a link asks where to find it; about places it stays Lieu.
        { "la bibliographie je la trouve où ?", Intent.Ressource },
        { "où télécharger le programme", Intent.Ressource },
        { "le pdf du pop-up il est où", Intent.Ressource },
        { "le webdoc c'est où ?", Intent.Lien },
        { "où voir la vidéo", Intent.Lien },
        { "où est l'accueil", Intent.Lieu },
        { "où a lieu le pop-up", Intent.Lieu },
        { "c'est où la salle du world forum ?", Intent.Lieu },
        { "où se trouve le plateau fertile", Intent.Lieu },
        // 3. A year that belongs to a topic is no day asked about.
        { "le diaporama de 2019 svp", Intent.Ressource },
        { "fashion green hub fondée en 2015 ?", Intent.Fiche },
        // 4. "programme" is the day's programme unless a document word says the file is meant.
        { "programme de la semaine", Intent.Programme },
        { "le programme de mercredi", Intent.Programme },
        { "quel est le programme de la semaine mel toi du territoire", Intent.Programme },
        { "programme en pdf", Intent.Ressource },
        { "télécharger le programme", Intent.Ressource },
        { "le fichier du programme", Intent.Ressource },
        { "le dépliant", Intent.Ressource },
        // 5. "Quand" about a fiche, a document or the past of a place or a structure asks about that thing.
        { "fashion green hub a été fondée quand ?", Intent.Fiche },
        { "la fiche date de quand ?", Intent.Fiche },
        { "le diaporama kpa-cités date de quand", Intent.Ressource },
        { "la plaine images a été créée quand ?", Intent.Lieu },
        { "quand a lieu le world forum", Intent.Quand },
        { "c'est quand l'atelier du parcours attractivité ?", Intent.Quand },
        { "la visite du plateau fertile c'est quand ?", Intent.Quand },
        // 6. Who runs a thing, where someone works or comes from: about people.
        { "qui dirige fashion green hub", Intent.Intervenant },
        { "qui dirige la plaine image ?", Intent.Intervenant },
        { "qui est le directeur de la chaufferie", Intent.Intervenant },
        { "Séverine Padie elle vient d'où", Intent.Intervenant },
        { "d'où vient Moussa Camara ?", Intent.Intervenant },
        { "il bosse où", Intent.Intervenant },
        { "il travaille où", Intent.Intervenant },
        { "d'où viennent les initiatives de la semaine ?", Intent.Lieu },
        // 7. A kind of session said with a parcours asks about that parcours's session.
        { "c'est quoi l'atelier du parcours Attractivité", Intent.Session },
        { "la table ronde du parcours coopérations", Intent.Session },
        { "qui anime la visite du parcours industrie de demain ?", Intent.Intervenant },
    };

    [Theory, MemberData(nameof(Patterns))]
    public void UnderstandsGeneralPatterns(string text, Intent intent) =>
        Assert.Equal(intent, SeedData.Understander.Understand(text, SeedData.DuringWeek).Intent);

    public static TheoryData<string> NoSignUp => new()
    {
        "Amiens Métropole a participé ?",
        "qui a participé au pop-up ?",
        "Dans quel cadre s'inscrit le programme MEL toi du territoire ?",
        "ces rencontres s'inscrivent dans la politique de la ville",
        "une démarche qui s'inscrit dans le contrat de ville",
        "les entreprises qui ont participé aux circuits courts",
        "j'ai participé l'année dernière",
    };

    [Theory, MemberData(nameof(NoSignUp))]
    public void TakingPartOrFittingInIsNoSignUp(string text) =>
        Assert.NotEqual(Intent.Inscription, SeedData.Understander.Understand(text, SeedData.DuringWeek).Intent);

    public static TheoryData<string> TopicYears => new() { "les thèmes pour 2020", "mise à jour en 2022", "fondée en 2015", "et en 2018 ?", "les perspectives 2021 du pop-up" };

    [Theory, MemberData(nameof(TopicYears))]
    public void AYearOfATopicIsNoProgramme(string text)
    {
        var understanding = SeedData.Understander.Understand(text, SeedData.DuringWeek);
        Assert.NotEqual(Intent.Programme, understanding.Intent);
        Assert.Null(understanding.Date);
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
