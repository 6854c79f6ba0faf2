using EventBot.Language.Readings;
using EventBot.Language.Understanding;

namespace EventBot.Language.Tests;

/// <summary>The readings of a question: operation, attribute and subject, each from the words of the whole sentence.</summary>
public class ReadingTests
{
    private static Reading Read(string question) => SeedData.Understander.Understand(question, SeedData.DuringWeek).Reading!;

    public static TheoryData<string, Operation, AskedAttribute> Readings => new()
    {
        { "combien d'intervenants dans le parcours lieu totem ?", Operation.Count, AskedAttribute.Speakers },
        { "combien de temps dure le World Forum ?", Operation.HowLong, AskedAttribute.None },
        { "quel parcours a le plus d'intervenants ?", Operation.Most, AskedAttribute.Speakers },
        { "le Pop-Up c'était en novembre, non ?", Operation.Check, AskedAttribute.None },
        { "La Plaine Images est-elle implantée dans un quartier prioritaire ?", Operation.Check, AskedAttribute.None },
        { "à qui s'adresse le parcours Attractivité ?", Operation.Describe, AskedAttribute.Audience },
        { "Corinne Valiton représentait quelle structure ?", Operation.Describe, AskedAttribute.Organisation },
        { "les circuits courts, c'est avant ou après le Pop-Up ?", Operation.Order, AskedAttribute.None },
        { "que veut dire PIA ?", Operation.Meaning, AskedAttribute.None },
        { "pourquoi la Plaine Images ?", Operation.Why, AskedAttribute.None },
        { "si j'ai bien compris, le Pop-Up était à Lille ?", Operation.Check, AskedAttribute.None },
        { "c'est bien Milouda Ala qui a fait le discours de clôture ?", Operation.Check, AskedAttribute.None },
        { "Patrick Veret intervenait en quelle qualité ?", Operation.Describe, AskedAttribute.Organisation },
        { "à qui s'adressait le World Forum ?", Operation.Describe, AskedAttribute.Audience },
        { "quels étaient les partenaires de la MEL pour cette semaine d'événements ?", Operation.Describe, AskedAttribute.Partner },
        { "quelle différence entre le parcours Emergence et le parcours Attractivité ?", Operation.Compare, AskedAttribute.None },
        { "la Plaine Images, c'était quoi avant ?", Operation.Describe, AskedAttribute.Former },
    };

    [Theory]
    [InlineData("pourriez-vous me détailler le programme du vendredi 18 octobre ?")]
    [InlineData("pouvez-vous m'indiquer les événements du 17 octobre ?")]
    public void A_request_to_be_told_is_no_claim_to_check(string question) => Assert.NotEqual(Operation.Check, Read(question).Operation);

    [Theory]
    [InlineData("si j'ai bien compris, le Pop-Up était à Lille ?", true)]
    [InlineData("le Pop-Up était à Lille, non ?", true)]
    [InlineData("est-ce que le Pop-Up était à Lille ?", false)]
    public void Tells_a_stated_claim_from_a_yes_no_question(string question, bool states) => Assert.Equal(states, Read(question).StatesClaim);

    [Fact]
    public void Politeness_is_no_part_of_a_claim() =>
        Assert.DoesNotContain("pouvez", Read("pouvez-vous me confirmer que la semaine s'est tenue à Lille ?").ContentWords);

    [Theory]
    [InlineData("quelles fiches expérience ont été publiées ?", true)]
    [InlineData("quels ateliers dans le parcours Attractivité ?", true)]
    [InlineData("quel est le thème du World Forum ?", false)]
    [InlineData("?", false)]
    public void Reads_a_question_for_every_thing_of_a_kind(string question, bool list) => Assert.Equal(list, Read(question).ListOfKind);

    [Fact]
    public void A_weaker_guess_around_an_exact_name_does_not_hide_it() =>
        Assert.Equal("atelier-conference-economie-informelle", Read("qui intervenait à l'atelier sur l'économie informelle ?").Subject(EntityKind.Session)?.Id);

    [Theory, MemberData(nameof(Readings))]
    public void Reads_the_operation_and_the_attribute(string question, Operation operation, AskedAttribute attribute)
    {
        var reading = Read(question);
        Assert.Equal(operation, reading.Operation);
        Assert.Equal(attribute, reading.Attribute);
        Assert.NotEmpty(reading.Evidence);
    }

    [Theory]
    [InlineData("qu'est-ce qui se passe le lundi 14 octobre ?")]
    [InlineData("à qui s'adresse le parcours Attractivité ?")]
    public void A_question_word_inside_a_neutral_phrase_asks_nothing(string question) => Assert.NotEqual(Operation.Who, Read(question).Operation);

    [Fact]
    public void Both_things_compared_in_time_stay_subjects() =>
        Assert.Equal(2, Read("les circuits courts, c'est avant ou après le Pop-Up ?").Subjects.Count(s => s.Kind == EntityKind.WeekEvent));

    [Fact]
    public void A_name_after_a_qualifier_is_not_the_subject()
    {
        var reading = Read("dans l'atelier avec Lionel Ditte, Corinne Valiton représente quelle structure ?");
        Assert.Equal("Corinne VALITON", reading.Subjects[0].Id);
    }

    [Fact]
    public void Of_two_things_of_a_kind_the_qualified_one_is_dropped()
    {
        var reading = Read("après la visite du Plateau Fertile, qui intervenait dans l'atelier sur les mutations de l'industrie ?");
        Assert.Equal(["atelier-mutations-industrie"], reading.Subjects.Where(s => s.Kind == EntityKind.Session).Select(s => s.Id));
    }

    [Theory]
    [InlineData("la première table ronde du parcours Coopérations", 1)]
    [InlineData("la deuxième table ronde du parcours Coopérations", 2)]
    [InlineData("le dernier plateau radio", -1)]
    [InlineData("la table ronde du parcours Coopérations", 0)]
    public void Reads_an_ordinal(string question, int ordinal) => Assert.Equal(ordinal, Read(question).Ordinal);

    [Fact]
    public void A_year_is_no_count_to_check() => Assert.Empty(Read("le World Forum 2019, il se déroule où ?").Numbers);

    [Fact]
    public void Words_of_the_claim_are_kept_and_question_words_are_not()
    {
        var reading = Read("Fashion Green Hub, elle a été fondée en 2015 c'est bien ça ?");
        Assert.Contains("fondee", reading.ContentWords);
        Assert.DoesNotContain("ete", reading.ContentWords);
        Assert.DoesNotContain("quoi", Read("le lancement a débuté par la présentation de quoi ?").ContentWords);
    }

    [Fact]
    public void A_common_word_is_not_read_as_a_misspelt_name() =>
        Assert.DoesNotContain(SeedData.Understander.Understand("Dites-moi qui vient de l'ANIS", SeedData.DuringWeek).Entities, e => e.Kind == EntityKind.Speaker);

    [Fact]
    public void The_word_lists_are_read_by_section()
    {
        var words = ReadingWords.Parse("# commentaire\n[who]\nqui\nc'est qui\n\n[room]\nsalle\n");
        Assert.Equal([["c'", "est", "qui"], ["qui"]], words["who"].Select(p => p.ToList()));
        Assert.Equal(["who", "room"], words.Sections);
        Assert.Throws<KeyNotFoundException>(() => words["when"]);
        Assert.Throws<FormatException>(() => ReadingWords.Parse("qui\n[who]\n"));
    }

    [Fact]
    public void Every_section_the_reader_uses_is_in_the_shipped_list()
    {
        string[] used = ["who", "when", "where", "howlong", "count", "most", "check", "why", "name", "order", "meaning", "audience", "partner",
            "organisers", "themes", "organisation", "room", "hour", "speakers", "sessions", "participants", "days", "events", "parcours", "size",
            "former", "alone", "qualifier", "neutral", "interrogative", "interrogative-start", "where-end", "check-tag", "auxiliary", "temporal",
            "sequence", "not-names", "set-phrase", "kinds", "compare", "check-open", "thanked"];
        Assert.All(used, section => Assert.NotEmpty(ReadingWords.Default[section]));
    }

    [Theory]
    [InlineData("Qui est Benoit Frys ? et Lionel Ditte, il vient d'où ?", 2)]
    [InlineData("qui pilote le world forum et c'était quoi le thème cette année", 2)]
    [InlineData("Qui parlait au nom des Déterminés, et Amar Belache représentait quelle association ?", 2)]
    [InlineData("Patrick Veret et Sylvain Dursent représentent quelles structures ?", 1)]
    [InlineData("c'est quoi le parcours emergence ? merci", 1)]
    [InlineData("Qui pilote le World Forum et ça se passe quels jours ?", 2)]
    [InlineData("qui portait l'entrepreneuriat pour tous et que s'y est-il passé ?", 2)]
    [InlineData("Qui intervient dans l'atelier et dans la visite ?", 1)]
    public void A_message_is_cut_into_the_questions_it_asks(string message, int questions) =>
        Assert.Equal(questions, QuestionParts.Split(message).Count);

    [Fact]
    public void A_long_list_of_questions_gets_a_few_answers_only() =>
        Assert.Equal(QuestionParts.MaxQuestions, QuestionParts.Split(string.Concat(Enumerable.Repeat("qui est Benoit Frys ? ", 50))).Count);
}
