using EventBot.Language.Dates;
using EventBot.Language.Text;
using EventBot.Language.Understanding;

namespace EventBot.Language.Tests;

public class EventDateResolverTests
{
    private static readonly EventDateResolver Resolver = new(new DateOnly(2019, 10, 14), new DateOnly(2019, 10, 18));

    /// <summary>text, reference ("during" / "after"), expected dates (comma separated, empty for none), relative day or null, time or null.</summary>
    public static TheoryData<string, string, string, RelativeDay?, string?> Cases => new()
    {
        { "mercredi", "during", "2019-10-16", null, null },
        { "mercredi", "after", "2019-10-16", null, null },
        { "programme jeudi", "after", "2019-10-17", null, null },
        { "programme jeudi", "during", "2019-10-17", null, null },
        { "le 18 octobre", "after", "2019-10-18", null, null },
        { "le 16 octobre", "during", "2019-10-16", null, null },
        { "lundi 14", "after", "2019-10-14", null, null },
        { "vendredi 18 octobre", "after", "2019-10-18", null, null },
        { "il se passe quoi mecredi", "after", "2019-10-16", null, null },
        { "agenda vendredy", "after", "2019-10-18", null, null },
        { "mercredi 16 à 10h", "after", "2019-10-16", null, "10:00" },
        { "jeudi à 14h", "during", "2019-10-17", null, "14:00" },
        { "à 9h45", "during", "", null, "09:45" },
        { "demain", "during", "2019-10-17", RelativeDay.Tomorrow, null },
        { "demain à 14h", "during", "2019-10-17", RelativeDay.Tomorrow, "14:00" },
        { "hier", "during", "2019-10-15", RelativeDay.Yesterday, null },
        { "aujourd'hui", "during", "2019-10-16", RelativeDay.Today, null },
        { "aujourd'hui", "after", "2026-11-24", RelativeDay.Today, null },
        { "ya koi ajd", "after", "2026-11-24", RelativeDay.Today, null },
        { "ce soir", "during", "2019-10-16", RelativeDay.Tonight, null },
        { "maintenant", "during", "2019-10-16", RelativeDay.Now, null },
        { "en ce moment", "during", "2019-10-16", RelativeDay.Now, null },
        { "et après ?", "during", "2019-10-16", RelativeDay.Next, null },
        { "ensuite", "during", "2019-10-16", RelativeDay.Next, null },
        { "la semaine", "after", "2019-10-14,2019-10-15,2019-10-16,2019-10-17,2019-10-18", RelativeDay.ThisWeek, null },
        { "toute la semaine", "during", "2019-10-14,2019-10-15,2019-10-16,2019-10-17,2019-10-18", RelativeDay.ThisWeek, null },
        { "le 3 novembre 2019", "during", "2019-11-03", null, null },
        { "il y a quoi le 16/10", "after", "2019-10-16", null, null },
        { "dans 2 jours", "during", "2019-10-18", null, null },
        { "et après-demain ?", "during", "2019-10-18", null, null },
        { "programme d'après-demain", "during", "2019-10-18", null, null },
        { "avant-hier", "during", "2019-10-14", null, null },
        { "jeudi à 14h, mon mail marie.22@exemple.fr", "during", "2019-10-17", null, "14:00" },
        { "du lundi au vendredi", "after", "2019-10-14,2019-10-15,2019-10-16,2019-10-17,2019-10-18", null, null },
        { "du 15 au 17 octobre", "after", "2019-10-15,2019-10-16,2019-10-17", null, null },
        { "du mardi 15 au jeudi 17", "during", "2019-10-15,2019-10-16,2019-10-17", null, null },
        { "le programme du mercredi au lundi", "after", "2019-10-16", null, null },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Resolves(string text, string reference, string dates, RelativeDay? relative, string? time)
    {
        var now = reference == "during" ? SeedData.DuringWeek : SeedData.LongAfter;
        var resolution = Resolver.Resolve(text, now);
        Assert.NotNull(resolution);
        var expected = dates.Length == 0 ? [] : dates.Split(',').Select(DateOnly.Parse).ToList();
        Assert.Equal(expected, resolution.Dates);
        Assert.Equal(relative, resolution.Relative);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time), resolution.Time);
    }

    /// <summary>Bare years and "jour" without a day are topics' dates, not days asked about; an e-mail address holds none.</summary>
    public static TheoryData<string> NoDate => new()
    {
        "c'est quoi le parcours emergence", "bonjour", "qui anime l'atelier", "vendre des produits",
        "les thèmes pour 2020", "mise à jour en 2022", "fondée en 2015", "en 2019", "les nouveautés 2021", "la mise à jour du jour",
        "inscris Paul Martin, paul.martin.16.10@exemple.fr", "mon mail : paul14h30@exemple.fr",
    };

    [Theory, MemberData(nameof(NoDate))]
    public void FindsNoDateWhenNoneIsSaid(string text) => Assert.Null(Resolver.Resolve(text, SeedData.DuringWeek));

    /// <summary>
    /// The recognizer only reads the messages that may name a day (<see cref="EventDateResolver.MayNameADay"/>). Over every
    /// message of the tests' data and more ways of saying when, a message left out is one where the recognizer keeps no day.
    /// </summary>
    [Fact]
    public void MessagesLeftOutOfTheRecognizerWouldHaveGivenItNoDay()
    {
        var root = SeedData.RepoRoot();
        var dialogData = Path.Combine(root, "tests", "EventBot.Dialogs.Tests", "Data");
        var messages = SeedData.Utterances("utterances.train.tsv").Concat(SeedData.Utterances("utterances.heldout.tsv")).Select(u => u.Utterance)
            .Concat(new[] { "facts.tsv", "unknowable.tsv" }
                .SelectMany(f => File.ReadAllLines(Path.Combine(dialogData, f)))
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => l.Split('\t')[0]))
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "EventBot.Dialogs.Tests", "Transcripts"), "*.transcript")
                .SelectMany(File.ReadAllLines)
                .Where(l => l.StartsWith("> "))
                .Select(l => l[2..]))
            .Concat(Cases.Select((object[] c) => (string)c[0]))
            .Concat(NoDate.Select((object[] c) => (string)c[0]))
            .Concat(
            [
                "et le week-end ?", "la semaine prochaine", "ce matin", "cet aprem", "dans trois jours", "le premier novembre", "à midi",
                "mercredi soir", "le mois prochain", "l'année prochaine", "dans une heure", "tout à l'heure", "le lendemain matin",
                "le jour suivant", "le jour même", "la veille au soir", "mi-octobre", "début novembre", "fin de semaine", "ce week end",
                "dans la matinée", "en soirée", "cet après-midi", "la nuit", "à minuit", "le surlendemain", "dimanche dernier",
            ])
            .Distinct()
            .ToList();
        var noSet = new HashSet<string>();
        var leftOut = 0;
        foreach (var message in messages)
        {
            if (EventDateResolver.MayNameADay(message, FrenchNormaliser.Normalise(message).Tokens)) continue;
            leftOut++;
            foreach (var now in new[] { SeedData.DuringWeek, SeedData.LongAfter })
                Assert.True(Resolver.FromRecognizer(message, now, noSet) is null, $"'{message}' names a day");
        }
        Assert.InRange(leftOut, messages.Count / 2, messages.Count);
    }
}
