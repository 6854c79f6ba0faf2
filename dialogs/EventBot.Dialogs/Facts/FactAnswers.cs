using System.Globalization;
using EventBot.Dialogs.Parcours;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Catalog;
using EventBot.Domain.Model;
using EventBot.Language.Readings;
using EventBot.Language.Text;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Facts;

/// <summary>
/// Answers a question's reading (<see cref="Reading"/>) from the event data taken as things with attributes
/// and relations: counts, comparisons, checks of a premise, the people of an organisation, and the
/// attributes the other answers do not ask for (who a parcours is for, its partner, a person's structure,
/// a room, how long an event lasts). The readings are tried best-supported first; null when none of them
/// is of this kind or the data cannot decide, and the other answers then try.
/// </summary>
public sealed class FactAnswers(EventData data)
{
    /// <summary>Readings weaker than this are not taken for an answer of their own.</summary>
    private const double MinSupport = 1;

    private readonly EventCatalog _catalog = EventCatalog.Of(data);

    /// <summary>The partner phrases the partners thanked for the week answer, as <see cref="Reading.AttributeEvidence"/> writes them.</summary>
    private static readonly HashSet<string> Thanked = [.. ReadingWords.Default["thanked"].Select(p => string.Join(' ', p))];

    public Reply? Answer(Understanding understanding)
    {
        foreach (var reading in understanding.Readings.Where(r => r.Support >= MinSupport).Take(4))
        {
            var reply = reading.Operation switch
            {
                Operation.Count => Count(reading, understanding),
                Operation.Most => Most(reading, understanding),
                Operation.HowLong => HowLong(reading),
                Operation.Check => Check(reading, understanding),
                Operation.Order => Order(reading),
                Operation.Compare => Compare(reading),
                Operation.Meaning => MeaningOf(reading),
                _ => null,
            } ?? Attribute(reading, understanding);
            if (reply is not null) return reply;
        }

        return null;
    }

    // ---- Counting ----

    private string? Count(Reading reading, Understanding understanding)
    {
        var sessions = NamedSessions(reading, understanding);
        var parcours = Thing<Domain.Model.Parcours>(reading, EntityKind.Parcours, _catalog.Parcours);
        var weekEvent = Thing<WeekEvent>(reading, EntityKind.WeekEvent, _catalog.Event);
        if (reading.Attribute is AskedAttribute.Speakers or AskedAttribute.Participants && sessions.Count == 0 && parcours is null &&
            (weekEvent ?? PopUp()) is { } counted && CountedInFacts(counted, reading.AttributeEvidence) is { } said)
        {
            // "Une quarantaine d'intervenants", "160 participants": what the sources say of the whole event, as they say it.
            return $"{counted.Title} : {said}";
        }

        // "Bonal est intervenu combien de fois ?": a person counted is counted in their appearances.
        var times = understanding.Normalised.Split(' ').Contains("fois");
        if ((times ? reading.Subject(EntityKind.Speaker) : reading.Subjects.FirstOrDefault()) is { Kind: EntityKind.Speaker } person
            && _catalog.Speaker(person.Id) is { } entry && (reading.Attribute == AskedAttribute.None || times))
        {
            var appearances = entry.Appearances.Select(a => (a.Session is null
                ? $"{a.Event.Title} ({FrenchFormat.Dates(a.Event.Dates)})"
                : $"{ParcoursTexts.Kind(a.Session.Kind).ToLower(FrenchFormat.French)} « {a.Session.Title} » (parcours {a.Parcours!.Name}, {FrenchFormat.Dates(a.Event.Dates)})")
                + (a.Speaker.Contribution is { } did ? $" : {did.TrimEnd('.')}" : "")).Distinct().ToList();
            return FactTexts.Appearances(entry.Name, appearances.Count, FrenchFormat.List(appearances));
        }

        // The people of one session or parcours are its speakers: the documents count participants for the whole day only.
        var attribute = reading.Attribute == AskedAttribute.Participants && (sessions.Count > 0 || parcours is not null) ? AskedAttribute.Speakers : reading.Attribute;
        switch (attribute)
        {
            case AskedAttribute.Speakers when sessions.Count > 0:
            {
                // Several sessions: in all, then each ("à chacune des deux tables rondes").
                var total = SpeakerCount(Titles(sessions.Select(s => s.Session.Title)), sessions.Select(s => s.Session));
                return sessions.Count == 1 ? total
                    : total + "\n" + FactTexts.EachCount(FrenchFormat.List([.. sessions.Select(s => FactTexts.CountOf($"« {s.Session.Title} »", s.Session.Speakers.Count))]));
            }
            case AskedAttribute.Speakers when parcours is not null:
                return SpeakerCount(FactTexts.ParcoursTitle(parcours.Name), parcours.Sessions);
            case AskedAttribute.Speakers when weekEvent is { Speakers.Count: > 0 }:
                return FactTexts.SpeakerCount(weekEvent.Title, weekEvent.Speakers.Count, FrenchFormat.List([.. weekEvent.Speakers.Select(FrenchFormat.Person)]));
            case AskedAttribute.Sessions or AskedAttribute.None when sessions.Count > 0 && sessions.All(x => x.Parcours == sessions[0].Parcours)
                                              && understanding.Readings.All(r => r.Attribute is not (AskedAttribute.Speakers or AskedAttribute.Participants)):
                // "Combien de plateaux radio dans le parcours Emergence ?": the sessions the kind and the parcours name.
                return FactTexts.SessionCount(FactTexts.ParcoursTitle(sessions[0].Parcours.Name), sessions.Count,
                    FrenchFormat.List([.. sessions.Select(s => FactTexts.Session(s.Session.Kind, s.Session.Title))]));
            case AskedAttribute.Sessions when parcours is not null:
                return FactTexts.SessionCount(FactTexts.ParcoursTitle(parcours.Name), parcours.Sessions.Count,
                    FrenchFormat.List([.. parcours.Sessions.Select(s => FactTexts.Session(s.Kind, s.Title))]));
            case AskedAttribute.Parcours when reading.Subject(EntityKind.Speaker, EntityKind.Session) is null:
            {
                var host = weekEvent ?? PopUp();
                var all = _catalog.ParcoursOf(host?.Id ?? "");
                return host is null || all.Count == 0 ? null : FactTexts.ParcoursCount(host.Title, all.Count, FrenchFormat.List([.. all.Select(p => p.Name)]));
            }
            case AskedAttribute.Participants when parcours is null && (weekEvent ?? PopUp()) is { ParticipantCount: { } participants } host:
                return FactTexts.Participants(host.Title, participants);
            case AskedAttribute.Days when weekEvent is not null:
                return FactTexts.DateIs(weekEvent.Title, FactTexts.Days(weekEvent.Dates.Count, FrenchFormat.Dates(weekEvent.Dates)));
            case AskedAttribute.Days:
                return FactTexts.DateIs(data.Week.Name, FactTexts.Days(WeekDays().Count, FrenchFormat.Dates(WeekDays())));
            case AskedAttribute.Events when understanding.Date is { Dates.Count: > 0 } date:
            {
                var events = date.Dates.SelectMany(_catalog.EventsOn).Distinct().ToList();
                var when = FrenchFormat.Capitalise(FrenchFormat.Dates(date.Dates));
                return events.Count == 0 ? null : FactTexts.EventCount(when, events.Count, FrenchFormat.List([.. events.Select(e => e.Title)]));
            }
            case AskedAttribute.Events:
                return FactTexts.EventCount(FactTexts.FromTo(FrenchFormat.ShortDate(data.Week.StartDate), FrenchFormat.Date(data.Week.EndDate)),
                    data.Events.Count, FrenchFormat.List([.. data.Events.Select(e => e.Title)]));
        }

        // "Combien de personnes de La META sont intervenues ?": the people the documents cite from that structure.
        if (attribute == AskedAttribute.Organisation && PeopleFrom(reading, understanding) is var (structure, people) && people.Count > 0)
            return FactTexts.PeopleCount(structure, people.Count, FrenchFormat.List([.. people.Select(FrenchFormat.Person)]));

        if (attribute is AskedAttribute.Partner or AskedAttribute.Organisers && OrganisersOf(reading.Subjects.FirstOrDefault(x => x.Kind is EntityKind.Week or EntityKind.WeekEvent)) is { Count: > 0 } organising)
        {
            // "Avec combien de partenaires la MEL a-t-elle organisé…": the others than the one named.
            var named = reading.Subjects.Where(x => x.Kind == EntityKind.Organisation).Select(x => OrganisationName(x.Id)).ToHashSet();
            var others = organising.Where(o => !named.Contains(o)).ToList();
            return others.Count == organising.Count
                ? FactTexts.ListCount(organising.Count, FactTexts.OrganisersWord, FrenchFormat.List(organising))
                : FactTexts.ListCount(others.Count, FactTexts.PartnersBeside(FrenchFormat.List([.. named])), FrenchFormat.List(others));
        }

        return CountInList(reading, weekEvent);
    }

    /// <summary>The fact of an event that gives a number of the words counted ("Une quarantaine d'intervenants ont été mobilisés.").</summary>
    private static string? CountedInFacts(WeekEvent weekEvent, IReadOnlyList<string> counted)
    {
        var stems = counted.SelectMany(FrenchStems.Of).ToList();
        return weekEvent.Facts.FirstOrDefault(f => FrenchStems.Of(f) is var words && stems.Any(c => words.Any(w => FrenchStems.Same(c, w)))
                                                   && f.Split(' ', ':').Any(w => w.Any(char.IsDigit) || w.EndsWith("aine", StringComparison.Ordinal)));
    }

    private static string SpeakerCount(string of, IEnumerable<Session> sessions)
    {
        var speakers = sessions.SelectMany(s => s.Speakers).DistinctBy(s => s.Name).ToList();
        return FactTexts.SpeakerCount(of, speakers.Count, FrenchFormat.List([.. speakers.Select(FrenchFormat.Person)]));
    }

    /// <summary>
    /// "Combien de filières / d'axes / de nouvelles thématiques ?": a list the data gives, found by the words counted —
    /// an event's themes, the PAQTE's axes, or a fact that names the counted words before its list ("… : a, b, c et d").
    /// </summary>
    private string? CountInList(Reading reading, WeekEvent? weekEvent)
    {
        var counted = reading.ContentWords.Concat(reading.Evidence.SelectMany(e => e.Split(' '))).SelectMany(FrenchStems.Of).ToHashSet();
        if (counted.Count == 0) return null;
        if (counted.Any(c => c.StartsWith("axe", StringComparison.Ordinal)))
            return FactTexts.ListCount(data.Paqte.Axes.Count, FactTexts.AxesOf(data.Paqte.Name), FrenchFormat.List([.. data.Paqte.Axes.Select(a => a.Verb)]));
        if (weekEvent is { Themes.Count: > 1 } && counted.Any(c => c.StartsWith("fili", StringComparison.Ordinal) || c.StartsWith("secteur", StringComparison.Ordinal)))
            return FactTexts.ListCount(weekEvent.Themes.Count, FactTexts.SectorsOf(weekEvent.Title), FrenchFormat.List([.. weekEvent.Themes.Select(t => t.ToLower(FrenchFormat.French))]));

        var facts = (weekEvent?.Facts ?? []).Concat(data.Events.SelectMany(e => e.Facts)).Concat(data.Week.Facts).Concat(data.Fiches.SelectMany(f => f.Facts));
        foreach (var fact in facts.Distinct())
        {
            var colon = fact.IndexOf(" : ", StringComparison.Ordinal);
            if (colon < 0) continue;
            var head = FrenchStems.Of(fact[..colon]);
            if (head.Count(counted.Contains) < 2) continue;
            var items = fact[(colon + 3)..].TrimEnd('.').Split([", ", " et "], StringSplitOptions.RemoveEmptyEntries);
            if (items.Length >= 2) return $"{items.Length} : {fact}";
        }

        return null;
    }

    // ---- Comparing ----

    private string? Most(Reading reading, Understanding understanding)
    {
        var least = reading.Evidence.Any(e => e.Contains("moins", StringComparison.Ordinal) || e.Contains("leger", StringComparison.Ordinal));
        if (reading.Attribute == AskedAttribute.Size || reading.Evidence.Any(e => e.Contains("lourd", StringComparison.Ordinal) || e.Contains("gros", StringComparison.Ordinal)
                                                                                 || e.Contains("volumineux", StringComparison.Ordinal) || e.Contains("leger", StringComparison.Ordinal)))
        {
            var sized = data.Resources.Select(r => (Resource: r, Bytes: Bytes(r.Size))).Where(r => r.Bytes > 0).OrderByDescending(r => r.Bytes).ToList();
            if (sized.Count < 2) return null;
            var pick = least ? sized[^1] : sized[0];
            var others = FrenchFormat.List([.. sized.Where(s => s.Resource != pick.Resource).Select(s => $"{s.Resource.Title} ({FrenchFormat.Size(s.Resource.Size!)})")]);
            return (least ? FactTexts.Lightest(pick.Resource.Title, FrenchFormat.Size(pick.Resource.Size!), others)
                          : FactTexts.Heaviest(pick.Resource.Title, FrenchFormat.Size(pick.Resource.Size!), others));
        }

        if (reading.Attribute is not (AskedAttribute.Speakers or AskedAttribute.Sessions or AskedAttribute.Parcours or AskedAttribute.None
                or AskedAttribute.Participants)) return null;
        if (NamedSessions(reading, understanding) is { Count: >= 2 } compared)
        {
            // "Des deux plateaux radio, lequel avait le plus d'invités ?": the sessions named, by their speakers.
            var bySpeakers = compared.OrderByDescending(x => x.Session.Speakers.Count).ToList();
            var pick = least ? bySpeakers[^1] : bySpeakers[0];
            return FactTexts.MostSpeakersSession(FactTexts.Session(pick.Session.Kind, pick.Session.Title), pick.Session.Speakers.Count,
                FrenchFormat.List([.. bySpeakers.Where(x => x != pick).Select(x => $"« {x.Session.Title} » ({x.Session.Speakers.Count})")]), least);
        }
        var named = reading.Subjects.Where(s => s.Kind == EntityKind.Parcours).Select(s => _catalog.Parcours(s.Id)).OfType<Domain.Model.Parcours>().Distinct().ToList();
        if (reading.Attribute == AskedAttribute.None && named.Count < 2) return null;
        var candidates = named.Count >= 2 ? named : [.. data.Parcours];
        var bySessions = reading.Attribute == AskedAttribute.Sessions;
        int Measure(Domain.Model.Parcours p) => bySessions ? p.Sessions.Count : p.Sessions.SelectMany(s => s.Speakers).Select(s => s.Name).Distinct().Count();
        var ranked = candidates.OrderByDescending(Measure).ToList();
        var chosen = least ? ranked[^1] : ranked[0];
        var rest = FrenchFormat.List([.. ranked.Where(p => p != chosen).Select(p => $"{p.Name} ({Measure(p)})")]);
        return bySessions ? FactTexts.MostSessions(chosen.Name, Measure(chosen), rest)
            : least ? FactTexts.FewestSpeakers(chosen.Name, Measure(chosen), rest)
            : FactTexts.MostSpeakers(chosen.Name, Measure(chosen), rest);
    }

    /// <summary>"616.95 Ko", "1.03 Mo" in bytes; 0 when the size is not given or not understood.</summary>
    private static double Bytes(string? size)
    {
        if (size is null) return 0;
        var parts = size.Replace(',', '.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return 0;
        return parts[1].ToLowerInvariant() switch { "ko" => value * 1e3, "mo" => value * 1e6, "go" => value * 1e9, _ => 0 };
    }

    // ---- Durations ----

    private string? HowLong(Reading reading)
    {
        if (Thing<WeekEvent>(reading, EntityKind.WeekEvent, _catalog.Event) is { } weekEvent)
            return FactTexts.Lasts(weekEvent.Title, weekEvent.Dates.Count, FrenchFormat.EveryDay(weekEvent.Dates));
        if (reading.Subject(EntityKind.Week) is not null)
            return FactTexts.Lasts(FactTexts.TheWeek(data.Week.Name), WeekDays().Count, FrenchFormat.EveryDay(WeekDays()));
        return null;
    }

    // ---- Ordering in time ----

    /// <summary>"Les circuits courts, c'est avant ou après le Pop-Up ?": the first two dated things named, in the order said.</summary>
    /// <summary>"Lieu totem, ça désigne quoi ?": a parcours's name means what the parcours is about.</summary>
    private string? MeaningOf(Reading reading) =>
        reading.Subjects.FirstOrDefault() is { Kind: EntityKind.Parcours } named && _catalog.Parcours(named.Id) is { } p
            ? FactTexts.ParcoursThemes(p.Name, p.Summary, FrenchFormat.List(p.Themes))
            : null;

    /// <summary>"Quelle différence entre le parcours Emergence et le parcours Innovation et économie ?": what each one is.</summary>
    private string? Compare(Reading reading)
    {
        // The week and one of its events are compared as two events.
        static EntityKind Group(EntityKind kind) => kind == EntityKind.Week ? EntityKind.WeekEvent : kind;
        var kind = reading.Subjects.FirstOrDefault() is { } first ? Group(first.Kind) : (EntityKind?)null;
        var compared = reading.Subjects.Where(x => Group(x.Kind) == kind).DistinctBy(x => x.Id).ToList();
        if (compared.Count < 2) return null;
        return string.Join("\n", compared.Select(x => x.Kind switch
        {
            EntityKind.Parcours when _catalog.Parcours(x.Id) is { } p => FactTexts.ParcoursThemes(p.Name, p.Summary, FrenchFormat.List(p.Themes)),
            _ when DatesOf(x) is { Count: > 0 } dates => FactTexts.Purpose($"{TitleOf(x)} ({FrenchFormat.Dates(dates)})", string.Join(" ", TextsOf(x).Take(1))),
            _ => FactTexts.Purpose(TitleOf(x), string.Join(" ", TextsOf(x).Take(1))),
        }));
    }

    private string? Order(Reading reading)
    {
        var dated = reading.Subjects.OrderBy(x => x.TokenStart).DistinctBy(x => (x.Kind, x.Id))
            .Select(x => (Match: x, Dates: DatesOf(x))).Where(x => x.Dates is { Count: > 0 }).Take(2).ToList();
        if (dated.Count < 2) return null;
        var (first, second) = (dated[0], dated[1]);
        var relation = first.Dates![0] < second.Dates![0] ? FactTexts.Before : first.Dates[0] > second.Dates[0] ? FactTexts.After : FactTexts.SameDay;
        return FactTexts.Ordered(TitleOf(first.Match), FrenchFormat.Dates(first.Dates), relation, TitleOf(second.Match), FrenchFormat.Dates(second.Dates));
    }

    // ---- Checking a premise ----

    private string? Check(Reading reading, Understanding understanding)
    {
        var subject = reading.Subjects.FirstOrDefault();
        if (subject is null) return null;
        // "Hier j'étais au Pop-Up, y a-t-il un événement aujourd'hui ?" asks for the day's events, not the Pop-Up's day.
        if (reading.Attribute == AskedAttribute.Events && understanding.Date is { Dates.Count: > 0 } day && day.Dates.Count < WeekDays().Count) return null;

        // "Porté par Pôle emploi, exact ?": the structure claimed is what is checked, before the day said beside it.
        if (OrganisersAnswer(reading) is { } organised) return organised;
        if (reading.Alone && OrganisersOf(subject) is { Count: > 1 } organisers)
            return FactTexts.NotAlone(TitleOf(subject), FrenchFormat.List(organisers));
        // "C'est bien Héléna Salazar qui a ouvert le lancement ?": a claim about a person, whatever else it names.
        if (reading.Subject(EntityKind.Speaker) is { } named && _catalog.Speaker(named.Id) is { } speaker) return CheckPerson(reading, understanding, speaker);

        if (OpeningOrClosing(reading, understanding) is { } bounds) return bounds;

        // "C'est bien à la Plaine Images que se tenait le Pop-Up ?": the event's place.
        if (reading.Subject(EntityKind.WeekEvent) is { } happening && reading.Subject(EntityKind.Place) is { } at
            && _catalog.Event(happening.Id) is { PlaceId: { } placeId } placed && _catalog.Place(at.Id) is { } atPlace
            && ClaimStems(reading, understanding).All(c => FrenchStems.Of($"{atPlace.Name} {atPlace.City}").Contains(c)))
            return (placeId == at.Id ? FactTexts.Confirmed(placed.Title + PlaceOf(happening)) : FactTexts.Corrected(placed.Title + PlaceOf(happening))).TrimEnd('.') + ".";

        // "On pouvait se former à la prise de parole pendant la semaine ?": something named only inside one event's description.
        if (subject.Kind == EntityKind.Week && reading.Subjects.Count == 1 && EventMentioning(reading.ContentWords) is { } host)
            return FactTexts.Confirmed(FactTexts.PartOf(host.Title, FrenchFormat.Dates(host.Dates)) + " " + string.Join(" ", host.Facts.Prepend(host.Summary).Take(2)));

        // A wrong day, month or count is enough to say no. A yes needs every other word of the claim found in what the data
        // says of the thing: "les circuits courts du vendredi 18, c'est sur la vente directe ?" is not confirmed by its day.
        var claims = ClaimStems(reading, understanding);
        // What any thing named says may confirm the claim ("la semaine s'est terminée par la signature du PAQTE").
        var supporting = claims.Count == 0 ? null : reading.Subjects.SelectMany(TextsOf).FirstOrDefault(t => Supports(t, claims));
        // The source documents say more than the data: a sentence of theirs that holds the whole question confirms it too.
        if (supporting is null && claims.Count > 0 && understanding.Quote is { Coverage: >= 0.99, WordsHeld: >= 2 } quote && Supports(quote.Sentence.Text, claims))
            supporting = quote.Sentence.Text;
        string? Verdict(bool holds, string fact) => !holds ? FactTexts.Corrected(fact) : claims.Count == 0 || supporting is not null ? FactTexts.Confirmed(fact) : null;

        if (understanding.Date is { Dates.Count: > 0 and < 7 } said && said.Relative is null or RelativeDay.Today or RelativeDay.Tonight or RelativeDay.Tomorrow or RelativeDay.Yesterday
            && DatesOf(subject) is { Count: > 0 } known)
        {
            return Verdict(said.Dates.All(known.Contains), FactTexts.DateIs(TitleOf(subject), FrenchFormat.Dates(known) + PlaceOf(subject)));
        }

        if (reading.Months.Count > 0 && DatesOf(subject) is { Count: > 0 } dates)
            return Verdict(reading.Months.All(m => dates.Any(d => d.Month == m)), FactTexts.DateIs(TitleOf(subject), FrenchFormat.Dates(dates) + PlaceOf(subject)));

        // A number is compared with a count of the same thing only ("160 participants", not "deux fois").
        var numbers = reading.Numbers.Except(understanding.Date?.Dates.Select(d => d.Day) ?? []).ToList();
        if (numbers.Count > 0 && CountsOf(subject).FirstOrDefault(c => c.Attribute == reading.Attribute) is { Words: not null } count)
            return Verdict(numbers.Contains(count.Value), FactTexts.CountIs(count.Value, count.Words) + $" ({TitleOf(subject)}).");

        return supporting is null ? null : FactTexts.Confirmed(supporting);
    }

    /// <summary>What a thing was for is what its description says it does, and its aims when the documents give them.</summary>
    private string PurposeOf(EntityMatch thing)
    {
        var aims = TextsOf(thing).Where(t => FrenchStems.Of(t).Any(w => w.StartsWith("objecti", StringComparison.Ordinal)
                                                                        || w.StartsWith("ambition", StringComparison.Ordinal) || w is "vise" or "visait" or "visent"));
        return string.Join(" ", aims.Prepend(FactTexts.Purpose(TitleOf(thing), SummaryOf(thing))).Distinct());
    }

    /// <summary>
    /// A claim about a thing that nothing of the data confirms or denies ("DEFITH60 recycle des vêtements, si j'ai bien
    /// compris ?"): neither yes nor no, but what the documents do say of it, so the person can judge.
    /// </summary>
    public Reply? Unverified(Understanding understanding)
    {
        if (understanding.Reading is not { Operation: Operation.Check } reading) return null;
        var claims = ClaimStems(reading, understanding);
        // The PAQTE's own answer lists its axes, which is what a claim about it is checked against.
        if (reading.Subjects.FirstOrDefault() is not { } subject || claims.Count == 0 || subject.Kind == EntityKind.Paqte) return null;
        // A yes/no question that states nothing ("est-ce que le programme est téléchargeable ?") is left to the answers of
        // its subject, but for a structure, a place or a fiche, whose description is all the documents say of them.
        if (!reading.StatesClaim && subject.Kind is not (EntityKind.Organisation or EntityKind.Place or EntityKind.Fiche)) return null;
        // The sentences nearest the claim first: the person judges from what the documents say of the same thing.
        var said = TextsOf(subject).Where(t => t.Length > 0)
            .Select((text, order) => (text, order, held: FrenchStems.Of(text) is var stems ? claims.Count(c => stems.Any(x => FrenchStems.Same(c, x))) : 0))
            .OrderByDescending(x => x.held).ThenBy(x => x.order).Take(2).OrderBy(x => x.order).Select(x => x.text).ToList();
        return said.Count == 0 ? null : new Reply(FactTexts.NotVerified(TitleOf(subject), string.Join(" ", said)));
    }

    /// <summary>
    /// "Bonal intervient au lancement et au Pop-Up, c'est exact ?", "Delamarre est bien le directeur de la Plaine Images ?":
    /// the things named beside the person are looked for where they speak, the structure named in what they are.
    /// </summary>
    private string? CheckPerson(Reading reading, Understanding understanding, SpeakerEntry speaker)
    {
        var person = speaker.Appearances[0].Speaker;
        var people = reading.Subjects.Where(x => x.Kind == EntityKind.Speaker).Select(x => _catalog.Speaker(x.Id)).OfType<SpeakerEntry>().Distinct().ToList();
        if (people.Count >= 2 && reading.Attribute == AskedAttribute.Organisation)
        {
            // "Leclercq et Bachelard viennent de la même structure ?": each one's, and whether it is the same.
            var lines = people.Select(p => p.Appearances[0].Speaker).ToList();
            var same = lines.Select(p => FrenchNormaliser.Fold(p.Organisation ?? p.Role ?? "")).Distinct().Count() == 1 && lines[0].Organisation is not null;
            var each = string.Join(" ; ", lines.Select(FrenchFormat.Person));
            return same ? FactTexts.Confirmed(each + ".") : FactTexts.Corrected(each + ".");
        }

        var claimedStructure = reading.Subject(EntityKind.Organisation, EntityKind.Place) is { } named ? FrenchStems.Of(TitleOf(named))
            : reading.Attribute == AskedAttribute.Sessions ? [] : ClaimStems(reading, understanding);
        if (people.Count >= 2 && claimedStructure.Count > 0)
        {
            // "Saddeddine et Camara sont tous les deux d'Entreprendre Ensemble Dunkerque ?": the structure said, checked for each.
            var lines = people.Select(p => p.Appearances[0].Speaker).ToList();
            bool Holds(Speaker p) => FrenchStems.Of($"{p.Role} {p.Organisation}") is var described && claimedStructure.All(c => described.Any(d => FrenchStems.Same(c, d)));
            var each = string.Join(" ; ", lines.Select(FrenchFormat.Person));
            return lines.All(Holds) ? FactTexts.Confirmed(each + ".") : FactTexts.Corrected(each + ".");
        }

        if (people.Count >= 2)
        {
            // "Veret et Dursent étaient dans la même table ronde ?": the sessions of each, and whether one is shared.
            var sessionsOf = people.Select(p => p.Appearances.Where(a => a.Session is not null).Select(a => a.Session!).ToList()).ToList();
            var shared = sessionsOf.Skip(1).Aggregate(sessionsOf[0].AsEnumerable(), (a, b) => a.Intersect(b)).Any();
            var each = string.Join(" ; ", people.Zip(sessionsOf, (p, ss) => $"{p.Name} : {FrenchFormat.List([.. ss.Select(x => $"« {x.Title} »")])}"));
            return shared ? FactTexts.Confirmed(each + ".") : FactTexts.Corrected(each + ".");
        }

        var others = reading.Subjects.Where(x => x.Kind != EntityKind.Speaker).ToList();
        var happenings = others.Where(x => x.Kind is EntityKind.WeekEvent or EntityKind.Session or EntityKind.Parcours).ToList();
        // A structure named is checked against what the person is ("le responsable de La Chaufferie"), before where they speak.
        if (happenings.Count > 0 && !others.Any(x => x.Kind is EntityKind.Organisation or EntityKind.Place))
        {
            bool Appears(EntityMatch x) => speaker.Appearances.Any(a => a.Event.Id == x.Id || a.Session?.Id == x.Id || a.Parcours?.Id == x.Id);
            var where = FrenchFormat.List([.. speaker.Appearances.Select(a => a.Session is null
                ? $"{a.Event.Title} ({FrenchFormat.Dates(a.Event.Dates)})"
                : FactTexts.EventParcours(a.Event.Title, a.Parcours!.Name, FrenchFormat.Dates(a.Event.Dates))).Distinct()]);
            var fact = FactTexts.SpeaksInParcours(FrenchFormat.Person(person), where);
            if (happenings.All(Appears)) return FactTexts.Confirmed(fact);
            // "C'est Milouda Ala qui a ouvert le lancement ?": who the documents do cite there.
            var cited = happenings.Where(x => x.Kind == EntityKind.WeekEvent).Select(x => _catalog.Event(x.Id)).OfType<WeekEvent>()
                .Where(e => e.Speakers.Count > 0)
                .Select(e => FactTexts.SpeakersOf(e.Title, FrenchFormat.List([.. e.Speakers.Select(FrenchFormat.PersonAndContribution)])));
            return string.Join("\n", cited.Prepend(FactTexts.Corrected(fact)));
        }

        var described = FrenchStems.Of($"{person.Role} {person.Organisation}").ToHashSet();
        var structure = others.FirstOrDefault(x => x.Kind is EntityKind.Organisation or EntityKind.Place);
        var claimed = structure is not null ? FrenchStems.Of(TitleOf(structure)) : reading.ContentWords.SelectMany(FrenchStems.Of).ToList();
        if (claimed.Count == 0) return null;
        var personFact = FrenchFormat.Person(person) + ".";
        return claimed.All(c => described.Any(d => FrenchStems.Same(c, d))) ? FactTexts.Confirmed(personFact)
            : structure is not null ? FactTexts.Corrected(personFact) : null;
    }

    /// <summary>
    /// "La semaine s'est terminée par la signature du PAQTE ?", "le World Forum ouvrait la semaine ?": an event claimed to
    /// open or close the week is checked against the week's first or last event.
    /// </summary>
    private string? OpeningOrClosing(Reading reading, Understanding understanding)
    {
        if (reading.Subject(EntityKind.Week) is null || reading.Subject(EntityKind.WeekEvent) is not { } claimed || data.Events.Count == 0) return null;
        var named = understanding.Entities.SelectMany(e => Enumerable.Range(e.TokenStart, e.TokenCount)).ToHashSet();
        var words = understanding.Normalised.Split(' ').Where((_, i) => !named.Contains(i)).ToList();
        bool Says(params string[] stems) => words.Any(w => stems.Any(x => w.StartsWith(x, StringComparison.Ordinal)));
        var closes = Says("termin", "fini", "clotur", "conclu", "achev");
        var opens = Says("commenc", "debut", "ouvr", "ouvert", "lanc", "demarr");
        if (closes == opens) return null;
        var bound = closes ? data.Events.Where(e => e.Dates.Count > 0).MaxBy(e => e.Dates[^1])! : data.Events.Where(e => e.Dates.Count > 0).MinBy(e => e.Dates[0])!;
        // Of several events on the last day, the last one the data lists closes it.
        if (closes) bound = data.Events.Last(e => e.Dates.Contains(bound.Dates[^1]));
        var fact = closes
            ? FactTexts.WeekClosedWith(FrenchFormat.Dates([bound.Dates[^1]]), bound.Title, bound.Summary)
            : FactTexts.WeekOpenedWith(FrenchFormat.Dates([bound.Dates[0]]), bound.Title, bound.Summary);
        return bound.Id == claimed.Id ? FactTexts.Confirmed(fact) : FactTexts.Corrected(fact);
    }

    /// <summary>
    /// Whether a sentence of the data says what is claimed: every word of a short claim, three in four of a longer one
    /// ("installée sur le site d'une ancienne usine textile" is said as "sur le site d'une ancienne usine textile").
    /// </summary>
    private static bool Supports(string text, List<string> claims)
    {
        var stems = FrenchStems.Of(text);
        var held = claims.Count(c => stems.Any(x => FrenchStems.Same(c, x)));
        return held == claims.Count || (claims.Count >= 4 && held * 4 >= claims.Count * 3);
    }

    /// <summary>The stems of what a check claims beyond the thing, the day and the numbers it names.</summary>
    private static List<string> ClaimStems(Reading reading, Understanding understanding)
    {
        var dateWords = FrenchNormaliser.Normalise(understanding.Date?.MatchedText ?? "").Tokens
            .Concat(ReadingWords.Default["temporal"].Where(p => p.Length == 1).Select(p => p[0])).ToHashSet();
        return [.. reading.ContentWords.Where(w => !dateWords.Contains(w) && !w.All(char.IsDigit)).SelectMany(FrenchStems.Of).Distinct()];
    }

    // ---- Attributes and relations ----

    private string? Attribute(Reading reading, Understanding understanding)
    {
        var parcours = Thing<Domain.Model.Parcours>(reading, EntityKind.Parcours, _catalog.Parcours);
        var weekEvent = Thing<WeekEvent>(reading, EntityKind.WeekEvent, _catalog.Event);
        // A session only when one is named best: several equally named are for the answers that ask which one.
        var session = NamedSessions(reading, understanding) is [var onlySession] ? onlySession : null;
        var speaker = reading.Subject(EntityKind.Speaker) is { } s ? _catalog.Speaker(s.Id) : null;
        if (reading.Alone && reading.Attribute == AskedAttribute.Organisers && reading.Subjects.FirstOrDefault() is { } owner &&
            OrganisersOf(owner) is { Count: > 1 } organisers)
        {
            // What the documents say of how it was organised, beside the list ("… avec l'ensemble des partenaires").
            var how = TextsOf(owner).Where(t => FrenchStems.Of(t).Any(w => w.StartsWith("organis", StringComparison.Ordinal)));
            return string.Join(" ", how.Prepend(FactTexts.NotAlone(TitleOf(owner), FrenchFormat.List(organisers))));
        }

        if (OrganisersAnswer(reading) is { } organised) return organised;

        if (reading.Attribute == AskedAttribute.Organisation && reading.Subjects.Count(x => x.Kind == EntityKind.Speaker) >= 2 &&
            reading.Subject(EntityKind.Organisation, EntityKind.Place) is { } structure)
        {
            // "Entre X et Y, lequel travaille à la CMA ?": the one whose structure is the one named.
            var names = NamesOf(structure);
            var chosen = reading.Subjects.Where(x => x.Kind == EntityKind.Speaker).Select(x => _catalog.Speaker(x.Id)?.Appearances[0].Speaker)
                .OfType<Speaker>().Where(p => names.Any(n => Contains(FrenchNormaliser.Fold($"{p.Role} {p.Organisation}"), n))).ToList();
            if (chosen.Count > 0) return FrenchFormat.List([.. chosen.Select(FrenchFormat.Person)]) + ".";
        }

        if (reading.Attribute == AskedAttribute.Organisation && reading.Subject(EntityKind.Organisation, EntityKind.Place) is null &&
            reading.Subjects.Where(x => x.Kind == EntityKind.Speaker).Select(x => _catalog.Speaker(x.Id)).OfType<SpeakerEntry>().Distinct().ToList() is { Count: >= 2 } several)
        {
            // "Dursent et Deboffe représentent quelles organisations ?": each one's.
            return string.Join("\n", several.Select(x => FactTexts.SpeakerOrganisation(FrenchFormat.Person(x.Appearances[0].Speaker))));
        }

        if (reading.Operation == Operation.Who && reading.Subjects.FirstOrDefault() is { Kind: EntityKind.Fiche } ficheMatch &&
            data.Fiches.FirstOrDefault(f => f.Id == ficheMatch.Id) is { People.Count: > 0 } fiche)
        {
            return FactTexts.PeopleOfFiche(fiche.Name, FrenchFormat.List([.. fiche.People.Select(FrenchFormat.Person)]));
        }

        var aboutTheWeek = reading.Subjects.Where(x => x.Kind != EntityKind.Organisation).FirstOrDefault() is null or { Kind: EntityKind.Week };
        // The partners are thanked for the whole week, whichever of its events the question names ("je vous en remercie" asks nothing).
        if (reading.Attribute == AskedAttribute.Partner && data.Week.PartnerIds.Count > 0 && reading.AttributeEvidence.Any(Thanked.Contains)
            && !(SaysFirstPerson(understanding) && reading.AttributeEvidence.All(e => e.StartsWith("remerci", StringComparison.Ordinal))))
        {
            return FactTexts.Thanked(data.Week.Name, FrenchFormat.List([.. data.Week.PartnerIds.Select(OrganisationName)]));
        }

        if (reading.Attribute == AskedAttribute.Partner && aboutTheWeek && reading.Subject(EntityKind.Organisation) is { } organiser &&
            data.Week.OrganiserIds.Contains(organiser.Id))
        {
            // "Avec quels partenaires la MEL a-t-elle organisé la semaine ?": the other organisers.
            return FactTexts.PartnersOf(FactTexts.TheWeek(data.Week.Name), OrganisationName(organiser.Id),
                FrenchFormat.List([.. data.Week.OrganiserIds.Where(id => id != organiser.Id).Select(OrganisationName)]));
        }

        // "Pourquoi l'IREV a-t-il choisi la Plaine Images ?": what the documents say the place is.
        if (reading.Operation == Operation.Why && reading.Subject(EntityKind.Place) is { } chosenPlace
            && _catalog.Place(chosenPlace.Id) is { Description: { Length: > 0 } description } place)
            return FactTexts.Purpose(place.Name, description);

        // "Pourquoi mettre en avant Fashion Green Hub ?": what the documents say the fiche's structure does.
        if (reading.Operation == Operation.Why && reading.Subject(EntityKind.Fiche) is { } promoted && TextsOf(promoted).ToList() is { Count: > 0 } ficheTexts)
            return FactTexts.Purpose(TitleOf(promoted), string.Join(" ", ficheTexts.Take(3)));

        // "Pourquoi l'IREV s'est-il impliqué dans la semaine ?": what the documents say the structure does, and what the
        // thing it took part in was for.
        if (reading.Operation == Operation.Why && reading.Subjects.FirstOrDefault() is { Kind: EntityKind.Organisation } involved
            && _catalog.Organisation(involved.Id) is { Description: { Length: > 0 } does } organisation)
        {
            var what = FactTexts.Purpose(organisation.Name, does);
            if (reading.Subjects.FirstOrDefault(x => x.Kind is EntityKind.Week or EntityKind.WeekEvent or EntityKind.Parcours) is not { } took) return what;
            // What the documents say the structure wanted of it ("La MEL a voulu … renforcer les actions qui contribuent au rayonnement…").
            var names = NamesOf(involved);
            var wanted = TextsOf(took).Where(t => names.Any(n => Contains(FrenchNormaliser.Fold(t), n)));
            return string.Join("\n", new[] { what, PurposeOf(took) }.Concat(wanted).Distinct());
        }

        // "La Plaine Images, c'était quoi avant ?": what the documents say of its past.
        if (reading.Attribute == AskedAttribute.Former && reading.Subjects.FirstOrDefault() is { Kind: EntityKind.Place or EntityKind.Organisation or EntityKind.Fiche } formerly
            && TextsOf(formerly).Where(t => FrenchStems.Of(t).Any(w => w.StartsWith("ancien", StringComparison.Ordinal) || w.StartsWith("autrefois", StringComparison.Ordinal)
                                                                      || w.StartsWith("origin", StringComparison.Ordinal))).ToList() is { Count: > 0 } past)
            return string.Join(" ", past);

        // "Quel était le but de l'atelier du parcours Attractivité ?": what the session is about, and what its parcours was for.
        if (reading.Operation == Operation.Why && session is not null && reading.Subject(EntityKind.Session) is { Score: >= 0.9 })
            return FactTexts.SessionThemes(FactTexts.Session(session.Session.Kind, session.Session.Title), session.Parcours.Name,
                session.Session.Summary, session.Session.Questions) + "\n" + FactTexts.Purpose(FactTexts.TheParcours(session.Parcours.Name), session.Parcours.Summary);

        if (reading.Operation == Operation.Why && reading.Subjects.FirstOrDefault() is { Kind: EntityKind.Week or EntityKind.WeekEvent or EntityKind.Parcours } purposeOf)
            return PurposeOf(purposeOf);

        // "Quels événements le jeudi 17 octobre ?", "les temps forts du lundi au vendredi": those days' events, whoever else is
        // named ("… pendant la semaine de la MEL").
        if (reading.Attribute == AskedAttribute.Events && reading.Operation is Operation.Describe or Operation.Who or Operation.Check
            && understanding.Date is { Dates.Count: > 0 } day
            && (day.Dates.Count < WeekDays().Count || (day.Relative is null && reading.Subject(EntityKind.Organisation) is null))
            && day.Dates.SelectMany(_catalog.EventsOn).Distinct().ToList() is { Count: > 0 } onDay)
            return FactTexts.EventCount(FrenchFormat.Capitalise(FrenchFormat.Dates(day.Dates)), onDay.Count,
                FrenchFormat.List([.. onDay.Select(e => $"« {e.Title} » : {e.Summary.TrimEnd('.')}")]));

        // A day said asks for that day's events, whoever else is named ("le jeudi 17 pendant la semaine de la MEL").
        if (reading.Attribute == AskedAttribute.Events && (understanding.Date is null || understanding.Date.Dates.Count >= WeekDays().Count)
            && reading.Subject(EntityKind.Organisation) is { } carrier
            && EventsOf(carrier.Id) is { Count: > 0 } carried)
        {
            // "La Fabrique à Entreprendre participe à quel événement ?": the events it organised or carried, and those of the
            // parcours it was a partner of.
            return FactTexts.EventsOf(OrganisationName(carrier.Id), FrenchFormat.List(carried));
        }

        // "Le dossier thématique de l'ADULM s'intitule comment ?": the title of the first thing said that has one.
        if (reading.Operation == Operation.Name && reading.Subjects.Where(x => x.Kind is EntityKind.Link or EntityKind.Resource or EntityKind.Session)
                .MinBy(x => x.TokenStart) is { } titled)
        {
            return FactTexts.Titled(TitleOf(titled));
        }

        if (reading.Operation == Operation.When && reading.Subjects.FirstOrDefault() is { Kind: EntityKind.Week })
            return FactTexts.DateIs(data.Week.Name, FrenchFormat.Dates(WeekDays()));

        // "Entreprendre Ensemble, c'est basé dans quelle ville ?": the structure's line, which names its town when it has one.
        if (reading.Operation == Operation.Where && reading.Subjects.Count == 0 && PeopleOf(reading, understanding, byNameOnly: true) is { } structureLine)
            return structureLine;

        // "Le marché des créateurs, c'est quel jour ?", "on pouvait se former à la prise de parole pendant la semaine ?":
        // something named only inside one event's description is part of it.
        if (reading.Operation is Operation.When or Operation.Describe && reading.Subjects.All(x => x.Kind == EntityKind.Week)
            && EventMentioning(reading.ContentWords) is { } host)
            return reading.Operation == Operation.When
                ? FactTexts.PartOf(host.Title, FrenchFormat.Dates(host.Dates))
                : FactTexts.PartOf(host.Title, FrenchFormat.Dates(host.Dates)) + " " + string.Join(" ", host.Facts.Prepend(host.Summary).Take(2));

        switch (reading.Attribute)
        {
            case AskedAttribute.Audience when parcours is { Audience: { } audience }:
                return FactTexts.Audience(parcours.Name, audience);
            case AskedAttribute.Audience when parcours is null && reading.Subjects.FirstOrDefault() is { Kind: EntityKind.Week or EntityKind.WeekEvent } audienceOf:
                // No public is listed for the week or an event: their description says whom they bring together.
                return FactTexts.Purpose(TitleOf(audienceOf), string.Join(" ", TextsOf(audienceOf).Take(1)
                    .Concat(TextsOf(audienceOf).Skip(1).Where(t => FrenchStems.Of(t).Any(w => w.StartsWith("particip", StringComparison.Ordinal) || w.StartsWith("public", StringComparison.Ordinal))))));
            case AskedAttribute.Partner when parcours is { PartnerIds.Count: > 0 }:
            {
                var partners = FrenchFormat.List([.. parcours.PartnerIds.Select(OrganisationName)]);
                var hosts = _catalog.Event(parcours.EventId)?.OrganiserIds.Select(OrganisationName).ToList() ?? [];
                return hosts.Count == 0
                    ? FactTexts.Partners(FactTexts.TheParcours(parcours.Name), partners)
                    : FactTexts.PartnersOf(FactTexts.TheParcours(parcours.Name), FrenchFormat.List(hosts), partners);
            }
            case AskedAttribute.Organisation when speaker is not null && reading.Subjects[0].Kind == EntityKind.Speaker:
            {
                var person = speaker.Appearances[0].Speaker;
                return person.Role is null && person.Organisation is null
                    ? FactTexts.RoleUnknown(person.Name, FrenchFormat.List([.. speaker.Appearances
                        .Select(a => a.Speaker.Contribution is { } did ? $"{a.Event.Title} ({did.TrimEnd('.').ToLower(FrenchFormat.French)})" : a.Event.Title).Distinct()]))
                    : FactTexts.SpeakerOrganisation(FrenchFormat.Person(person));
            }
            case AskedAttribute.Organisation or AskedAttribute.Speakers when (reading.Operation is Operation.Who or Operation.Name || AsksForPeople(reading)) && speaker is null
                                                                             && PeopleOf(reading, understanding) is { } people:
                return people;
            case AskedAttribute.Room when session is not null:
                return session.Session.Room is { } room
                    ? FactTexts.Room(FactTexts.Session(session.Session.Kind, session.Session.Title), room)
                    : FactTexts.RoomUnknown(FactTexts.Session(session.Session.Kind, session.Session.Title),
                        FactTexts.DuringParcours(session.Parcours.Name, PlaceOfParcours(session.Parcours)));
            case AskedAttribute.Room when speaker is not null && speaker.Appearances.FirstOrDefault(a => a.Session is not null) is { } appearance:
                return appearance.Session!.Room is { } known
                    ? FactTexts.Room(FactTexts.Session(appearance.Session.Kind, appearance.Session.Title), known)
                    : FactTexts.RoomUnknown($"{FactTexts.Session(appearance.Session.Kind, appearance.Session.Title)} ({speaker.Name})",
                        FactTexts.DuringParcours(appearance.Parcours!.Name, PlaceOfParcours(appearance.Parcours)));
            case AskedAttribute.Themes when session is not null && reading.Subject(EntityKind.Session) is { Score: >= 0.9 }
                                          && (reading.Subjects[0].Kind == EntityKind.Session || reading.AttributeEvidence.Any(e => e.StartsWith("question", StringComparison.Ordinal))):
                return FactTexts.SessionThemes(FactTexts.Session(session.Session.Kind, session.Session.Title), session.Parcours.Name,
                    session.Session.Summary, session.Session.Questions);
            case AskedAttribute.Parcours when speaker is null && NamedSessions(reading, understanding) is { Count: > 0 } inParcours
                                                 && inParcours.Select(x => x.Parcours).Distinct().ToList() is [var only]:
                return FactTexts.InParcours(FrenchFormat.List([.. inParcours.Select(x => FactTexts.Session(x.Session.Kind, x.Session.Title))]), only.Name);
            case AskedAttribute.Themes when reading.Subjects.Count(x => x.Kind == EntityKind.Parcours) >= 2 && WhichParcoursHolds(reading) is { } holder:
                // "Entre Innovation et économie et Emergence, lequel aborde l'économie informelle ?"
                return FactTexts.ParcoursThemes(holder.Name, holder.Summary, FrenchFormat.List(holder.Themes));
            case AskedAttribute.Themes when parcours is not null && session is null && parcours.Themes.Count > 0:
                return FactTexts.ParcoursThemes(parcours.Name, parcours.Summary, FrenchFormat.List(parcours.Themes));
            case AskedAttribute.Themes when weekEvent is { Themes.Count: > 0 } && parcours is null && session is null:
                return FactTexts.EventThemes(weekEvent.Title, FrenchFormat.List(weekEvent.Themes), weekEvent.Summary, weekEvent.Facts);
            case AskedAttribute.Themes when weekEvent is { Themes.Count: 0 } && parcours is null && session is null
                                           && FactsHolding(weekEvent, reading.AttributeEvidence) is { Count: > 0 } themed:
                // No themes listed for the event, but a fact of it speaks of them ("De nouvelles thématiques ont émergé pour 2020 : …").
                return $"{weekEvent.Title} : {string.Join(" ", themed)}";
            // Only as what is asked first: "dans quelle salle est l'atelier…" asks for a room. A parcours's "temps forts" are its sessions.
            case AskedAttribute.Sessions or AskedAttribute.Events when session is null && reading.Operation is Operation.Describe or Operation.Check or Operation.Where
                                             && (reading.Attribute == AskedAttribute.Sessions || parcours is not null)
                                             && ReferenceEquals(reading, understanding.Reading)
                                             && SessionsOfKind(reading, parcours, weekEvent) is { Count: > 0 } ofKind:
                // "Quels ateliers dans le parcours Innovation et économie ?", "des visites pendant le Pop-Up ?": every one of that kind.
                return FactTexts.SessionsIn(parcours is not null ? FactTexts.ParcoursTitle(parcours.Name) : weekEvent!.Title,
                    FrenchFormat.List([.. ofKind.Select(x => FactTexts.SessionAt(FactTexts.Session(x.Session.Kind, x.Session.Title),
                        x.Session.PlaceId is { } placeId ? _catalog.Place(placeId)?.Name : null, parcours is null ? x.Parcours.Name : null))]));
            case AskedAttribute.Parcours when reading.Subjects.FirstOrDefault() is { Kind: EntityKind.Fiche or EntityKind.Resource } document
                                             && ParcoursOfDocument(document) is { } presentedIn:
                // "Dans quel parcours a été présentée l'expérience de DEFITH 60 ?"
                return FactTexts.DocumentInParcours(TitleOf(document), presentedIn.Name);
            case AskedAttribute.Parcours when speaker is not null && speaker.Appearances.Any(a => a.Parcours is not null):
                return FactTexts.SpeaksInParcours(speaker.Name, FrenchFormat.List([.. speaker.Appearances.Where(a => a.Parcours is not null)
                    .Select(a => $"dans le parcours {a.Parcours!.Name} ({ParcoursTexts.Kind(a.Session!.Kind).ToLower(FrenchFormat.French)} « {a.Session.Title} », {FrenchFormat.Dates(a.Event.Dates)})")
                    .Distinct()]));
        }

        if (reading.Operation == Operation.Who && !SaysFirstPerson(understanding)
            && reading.Attribute is AskedAttribute.None or AskedAttribute.Speakers or AskedAttribute.Sessions or AskedAttribute.Participants)
        {
            // "La personne de SIA Habitat à la table ronde, c'est qui ?": a structure said in full is asked for its people.
            if (speaker is null && PeopleOf(reading, understanding, byNameOnly: true) is { } fromStructure) return fromStructure;

            // One session named best: its speakers. Several equally named are for the answer that asks which one.
            if (session is not null && (reading.Subjects.FirstOrDefault()?.Kind is EntityKind.Session || reading.Attribute == AskedAttribute.Speakers))
                return FactTexts.SpeakersOf(
                    $"{ParcoursTexts.Kind(session.Session.Kind).ToLower(FrenchFormat.French)} « {session.Session.Title} » (parcours {session.Parcours.Name})",
                    FrenchFormat.List([.. session.Session.Speakers.Select(FrenchFormat.Person)]));

            if (speaker is null && session is null && parcours is null && PersonDescribed(reading, understanding) is { } described) return described;
        }

        return null;
    }

    /// <summary>
    /// "La personne qui a présenté l'état des lieux de l'emploi, c'était qui ?", "un intervenant était annoncé sous réserve,
    /// c'était qui ?": the one person whose role, structure, status or contribution says most of what the question says of
    /// them, at least half of it.
    /// </summary>
    private string? PersonDescribed(Reading reading, Understanding understanding)
    {
        var said = ClaimStems(reading, understanding);
        if (said.Count == 0) return null;
        var held = _catalog.Speakers.SelectMany(entry => entry.Appearances)
            .Select(a => (a, count: FrenchStems.Of($"{a.Speaker.Role} {a.Speaker.Organisation} {a.Speaker.Status} {a.Speaker.Contribution}") is var stems
                ? said.Count(w => stems.Any(x => FrenchStems.Same(w, x))) : 0))
            .Where(x => x.count * 2 >= said.Count && x.count > 0).ToList();
        if (held.Count == 0) return null;
        var best = held.Max(x => x.count);
        var people = held.Where(x => x.count == best).Select(x => x.a).DistinctBy(a => a.Speaker.Name).ToList();
        return people is [var one] ? FactTexts.PersonDid(FrenchFormat.PersonAndContribution(one.Speaker), one.Event.Title) : null;
    }

    /// <summary>"Qui vient de la CMA ?", "qui représente Entreprendre Ensemble ?": the people whose structure is the one named.</summary>
    private string? PeopleOf(Reading reading, Understanding understanding, bool byNameOnly = false) =>
        PeopleFrom(reading, understanding, byNameOnly) is not var (label, people) ? null
        : people.Count == 0 ? FactTexts.NobodyFrom(label) : FactTexts.FromOrganisation(label, FrenchFormat.List([.. people.Select(FrenchFormat.Person)]));

    /// <summary>The structure named and the people the documents cite from it; null when no structure is named.</summary>
    private (string Label, List<Speaker> People)? PeopleFrom(Reading reading, Understanding understanding, bool byNameOnly = false)
    {
        // A structure the people's own lines name in full ("Entreprendre Ensemble Dunkerque") is more precise than
        // a known organisation matched on one of its words ("Dunkerquois").
        var said = FrenchNormaliser.Normalise(understanding.Normalised).Tokens.Where(t => t.Length >= 3 && !FrenchStopWords.Contains(t)).ToList();
        var speakers = _catalog.Speakers.Select(e => e.Appearances[0].Speaker).ToList();
        var byText = speakers.Where(sp => sp.Organisation is { } org && WordsOf(org) is { Count: > 0 } words
                                          && words.All(w => said.Any(t => FuzzyMatcher.WordSimilarity(t, w) >= 0.85))).ToList();
        // Part of a structure's name ("l'IAE") is enough when a person or a structure is asked for, and the question's own
        // words point to that structure only.
        // A person speaking of their own structure ("je travaille chez un bailleur de l'Oise") asks for none.
        if (byText.Count == 0 && (reading.Operation is Operation.Who or Operation.Where || reading.Attribute == AskedAttribute.Organisation)
            && !SaysFirstPerson(understanding))
            byText = ByDistinctiveWords(speakers, [.. reading.ContentWords]);
        // Said with sessions ("au plateau radio d'Emergence"), the people of those sessions only.
        var named = NamedSessions(reading, understanding).SelectMany(x => x.Session.Speakers).Select(x => x.Name).ToHashSet();
        List<Speaker> InSessions(List<Speaker> people) => named.Count > 0 && people.Any(p => named.Contains(p.Name)) ? [.. people.Where(p => named.Contains(p.Name))] : people;
        if (byNameOnly && byText.Count == 0) return null;
        // "La directrice de la maison de quartier Les Moulins": of the people of the structure, the one with that role.
        var roles = reading.AttributeEvidence.SelectMany(e => e.Split(' ')).Where(RoleWords.Contains).ToList();
        var organisation = reading.Subject(EntityKind.Organisation) is { Score: >= 0.9 } o ? _catalog.Organisation(o.Id) : null;
        var names = organisation is null ? [] : organisation.Aliases.Prepend(organisation.Name).Select(FrenchNormaliser.Fold).Where(n => n.Length >= 3).ToList();
        var byOrganisation = organisation is null ? [] : speakers.Where(sp => sp.OrganisationId == organisation.Id
                                          || (sp.Organisation is { } org && names.Any(n => Contains(FrenchNormaliser.Fold(org), n)))).ToList();
        var people = InSessions([.. byText.Union(byOrganisation)]);
        if (roles.Count > 0)
        {
            people = [.. people.Where(p => p.Role is { } role && roles.Any(r => FrenchNormaliser.Normalise(role).Tokens.Any(t => t.StartsWith(r[..^1], StringComparison.Ordinal))))];
            if (people.Count == 0) return null;
        }

        var label = organisation?.Name ?? byText.FirstOrDefault()?.Organisation;
        return label is null ? null : (label, people);
    }

    /// <summary>Words of a role asked of a structure ("le président de…", "la directrice de…"), as the reading words write them.</summary>
    private static readonly HashSet<string> RoleWords = ["president", "presidente", "directeur", "directrice", "responsable", "chef", "dirigeant", "dirigeante"];

    /// <summary>The words that name a structure, without the small ones ("de", "la").</summary>
    /// <summary>
    /// "L'IAE", "Entreprendre Ensemble": a structure named by part of its name, by the words said that belong to the names
    /// of two structures at most. The one structure whose name holds most of them is meant, when every other structure
    /// they touch shares its words ("Ensemble" is also in "Réussir Ensemble…").
    /// </summary>
    private static List<Speaker> ByDistinctiveWords(List<Speaker> speakers, List<string> said)
    {
        var structures = speakers.Select(sp => sp.Organisation).OfType<string>().Distinct().Select(o => (Name: o, Words: WordsOf(o))).ToList();
        var distinctive = said.Distinct().Where(t => structures.Count(o => o.Words.Contains(t)) is 1 or 2).ToList();
        var held = structures.Where(o => distinctive.Any(o.Words.Contains)).ToList();
        if (held.Count == 0) return [];
        // Two structures named in part ("l'IAE, les chantiers école") are not one structure found: the whole names decide.
        var best = held.Max(o => distinctive.Count(o.Words.Contains));
        var first = held.First(o => distinctive.Count(o.Words.Contains) == best);
        return held.All(o => distinctive.Where(o.Words.Contains).All(first.Words.Contains)) && held.Count(o => distinctive.Count(o.Words.Contains) == best) == 1
            ? [.. speakers.Where(sp => sp.Organisation == first.Name)]
            : [];
    }

    private static List<string> WordsOf(string organisation) =>
        [.. FrenchNormaliser.Normalise(organisation).Tokens.Where(t => t.Length >= 3 && !FrenchStopWords.Contains(t))];

    private static bool Contains(string text, string name) =>
        $" {text} ".Contains($" {name} ", StringComparison.Ordinal) || $" {text},".Contains($" {name},", StringComparison.Ordinal);

    /// <summary>"Quelles personnes de l'ADULM…", "il y a des intervenants de Zorglub ?": people asked for by what they are.</summary>
    private static bool AsksForPeople(Reading reading) =>
        reading is { Operation: Operation.Describe, Interrogative: true }
        || reading.AttributeEvidence.Any(e => e is "intervenants de" or "personnes de" or "gens de");

    private static bool SaysFirstPerson(Understanding understanding) =>
        understanding.Normalised.Split(' ').Any(t => t is "je" or "j'" or "m'" or "me" or "moi" or "nous");

    /// <summary>
    /// The one event whose description holds most of these words (two at least, and two thirds of them), or null when
    /// none does or several do.
    /// </summary>
    private WeekEvent? EventMentioning(IReadOnlyList<string> words)
    {
        var stems = words.SelectMany(FrenchStems.Of).Distinct().ToList();
        if (stems.Count < 2) return null;
        var found = data.Events.Where(e => FrenchStems.Of(string.Join(" ", e.Facts.Prepend(e.Summary))) is var text
                                           && stems.Count(w => text.Any(t => FrenchStems.Same(w, t))) is var held && held >= 2 && held * 3 >= stems.Count * 2)
            .ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>
    /// Who organised an event: said plainly, or as the correction of a premise that names another structure ("organisée par
    /// Pôle emploi, non ?", "pourquoi c'est BPI France qui pilote le World Forum ?"). The week's organisers are left to the
    /// answer that also names its partners.
    /// </summary>
    private string? OrganisersAnswer(Reading reading)
    {
        // "Qui vient de l'ANIS au Pop-Up ?" asks for people, not for the Pop-Up's organisers.
        if (reading.Attribute != AskedAttribute.Organisers) return null;
        // The event must be what is asked about, the first thing said: "le PAQTE signé en clôture, porté par qui ?" is about the PAQTE.
        var subject = reading.Subjects.Where(x => x.Kind is not EntityKind.Organisation).MinBy(x => x.TokenStart);
        var claimed = reading.Subjects.Where(x => x.Kind == EntityKind.Organisation).Select(x => x.Id).ToList();
        var (title, organiserIds) = subject switch
        {
            { Kind: EntityKind.WeekEvent } when _catalog.Event(subject.Id) is { OrganiserIds.Count: > 0 } e => (e.Title, e.OrganiserIds),
            { Kind: EntityKind.Week } when claimed.Count > 0 && reading.Operation == Operation.Check => (FactTexts.TheWeek(data.Week.Name), data.Week.OrganiserIds),
            _ => (null, []),
        };
        if (title is null) return null;
        if (subject!.Kind == EntityKind.Week)
        {
            // "C'est la Région qui a organisé la semaine ?": the MEL organised it, in partnership with the others.
            var week = FactTexts.PartnersOf(title, OrganisationName(organiserIds[0]), FrenchFormat.List([.. organiserIds.Skip(1).Select(OrganisationName)]));
            return claimed.All(id => id == organiserIds[0]) ? FactTexts.Confirmed(week)
                : claimed.All(organiserIds.Contains) ? FactTexts.NotExactly(week) : FactTexts.Corrected(week);
        }

        var fact = FactTexts.OrganisersOf(title, FrenchFormat.List([.. organiserIds.Select(OrganisationName)]));
        // "Pourquoi organiser les ateliers du PIA ?" asks for a reason, which the organisers' names are not.
        if (claimed.Count == 0) return reading.Operation is Operation.Check or Operation.Why ? null : fact;
        return claimed.All(organiserIds.Contains) ? FactTexts.Confirmed(fact) : FactTexts.Corrected(fact);
    }

    /// <summary>The name and aliases of an organisation or a place, folded, for finding them in a person's line.</summary>
    private List<string> NamesOf(EntityMatch match)
    {
        IEnumerable<string> names = match.Kind switch
        {
            EntityKind.Organisation when _catalog.Organisation(match.Id) is { } o => o.Aliases.Prepend(o.Name),
            EntityKind.Place when _catalog.Place(match.Id) is { } p => p.Aliases.Prepend(p.Name),
            _ => [],
        };
        return [.. names.Select(FrenchNormaliser.Fold).Where(n => n.Length >= 3)];
    }

    /// <summary>", à Plaine Images (Tourcoing)" for an event with a known place, else nothing.</summary>
    private string PlaceOf(EntityMatch match) =>
        match.Kind == EntityKind.WeekEvent && _catalog.Event(match.Id)?.PlaceId is { } placeId && _catalog.Place(placeId) is { } place
            ? $", à {place.Name}{(place.City is null ? "" : $" ({place.City})")}"
            : "";

    // ---- What the data knows of a thing ----

    private T? Thing<T>(Reading reading, EntityKind kind, Func<string, T?> find) where T : class =>
        reading.Subject(kind) is { } match ? find(match.Id) : null;

    /// <summary>
    /// The sessions named with the best score ("les deux plateaux radio" names both), in the data's order; "la deuxième
    /// table ronde" keeps the one of that rank.
    /// </summary>
    private List<SessionInParcours> NamedSessions(Reading reading, Understanding understanding)
    {
        // The sessions the reading keeps as what is asked about (not one a qualifier introduces), best named first.
        var named = reading.Subjects.Where(x => x.Kind == EntityKind.Session).ToList();
        var top = named.Count == 0 ? 0 : named.Max(x => x.Score);
        var sessions = named.Where(x => x.Score >= top - 0.01).Select(x => _catalog.Session(x.Id)).OfType<SessionInParcours>().Distinct()
            .OrderBy(x => _catalog.Sessions.ToList().IndexOf(x)).ToList();
        if (sessions.Count < 2 || reading.Ordinal == 0) return sessions;
        var rank = reading.Ordinal > 0 ? reading.Ordinal - 1 : sessions.Count - 1;
        return rank < sessions.Count ? [sessions[rank]] : sessions;
    }

    private Domain.Model.Parcours? ParcoursOfDocument(EntityMatch match) =>
        (match.Kind == EntityKind.Fiche ? data.Fiches.FirstOrDefault(f => f.Id == match.Id)?.ParcoursId
            : data.Resources.FirstOrDefault(r => r.Id == match.Id)?.ParcoursId) is { } id ? _catalog.Parcours(id) : null;

    private WeekEvent? PopUp() => data.Parcours.Select(p => _catalog.Event(p.EventId)).FirstOrDefault();

    private IReadOnlyList<DateOnly> WeekDays() => [.. _catalog.Days.Select(d => d.Date)];

    private string OrganisationName(string id) => _catalog.Organisation(id)?.Name ?? id;

    private string PlaceOfParcours(Domain.Model.Parcours parcours) =>
        _catalog.Event(parcours.EventId) is { } e
            ? $"{FrenchFormat.Dates(e.Dates)}{(e.PlaceId is not null && _catalog.Place(e.PlaceId) is { } place ? $", à {place.Name}{(place.City is null ? "" : $" ({place.City})")}" : "")}"
            : "";

    private string TitleOf(EntityMatch match) => match.Kind switch
    {
        EntityKind.Week => FactTexts.TheWeek(data.Week.Name),
        EntityKind.WeekEvent => _catalog.Event(match.Id)?.Title ?? match.Id,
        EntityKind.Parcours => FactTexts.TheParcours(_catalog.Parcours(match.Id)?.Name ?? match.Id),
        EntityKind.Session => _catalog.Session(match.Id)?.Session.Title ?? match.Id,
        EntityKind.Organisation => OrganisationName(match.Id),
        EntityKind.Place => _catalog.Place(match.Id)?.Name ?? match.Id,
        EntityKind.Fiche => data.Fiches.FirstOrDefault(f => f.Id == match.Id)?.Name ?? match.Id,
        EntityKind.Link => data.Links.FirstOrDefault(l => l.Id == match.Id)?.Title ?? match.Id,
        EntityKind.Resource => data.Resources.FirstOrDefault(r => r.Id == match.Id)?.Title ?? match.Id,
        EntityKind.Paqte => data.Paqte.Name,
        _ => match.Id,
    };

    private IReadOnlyList<DateOnly>? DatesOf(EntityMatch match) => match.Kind switch
    {
        EntityKind.Week => WeekDays(),
        EntityKind.WeekEvent => _catalog.Event(match.Id)?.Dates,
        EntityKind.Parcours => _catalog.Parcours(match.Id) is { } p ? _catalog.Event(p.EventId)?.Dates : null,
        EntityKind.Session => _catalog.Session(match.Id) is { } s ? _catalog.Event(s.Parcours.EventId)?.Dates : null,
        EntityKind.Paqte => _catalog.Event(data.Paqte.EventId)?.Dates,
        _ => null,
    };

    /// <summary>The numbers the data gives about a thing, each with what it counts.</summary>
    private List<(AskedAttribute Attribute, int Value, string Words)> CountsOf(EntityMatch match)
    {
        var counts = new List<(AskedAttribute, int, string)>();
        if (match.Kind == EntityKind.WeekEvent && _catalog.Event(match.Id) is { } e)
        {
            if (e.ParticipantCount is { } participants) counts.Add((AskedAttribute.Participants, participants, "participants"));
            if (_catalog.ParcoursOf(e.Id).Count is > 0 and var parcours) counts.Add((AskedAttribute.Parcours, parcours, "parcours"));
            counts.Add((AskedAttribute.Days, e.Dates.Count, e.Dates.Count == 1 ? "jour" : "jours"));
        }
        else if (match.Kind == EntityKind.Week)
        {
            counts.Add((AskedAttribute.Days, WeekDays().Count, "jours"));
            counts.Add((AskedAttribute.Events, data.Events.Count, "événements"));
        }
        else if (match.Kind == EntityKind.Parcours && _catalog.Parcours(match.Id) is { } p)
        {
            counts.Add((AskedAttribute.Speakers, p.Sessions.SelectMany(s => s.Speakers).Select(s => s.Name).Distinct().Count(), "intervenants"));
            counts.Add((AskedAttribute.Sessions, p.Sessions.Count, "séances"));
        }

        return counts;
    }

    private List<string>? OrganisersOf(EntityMatch? match) => match?.Kind switch
    {
        EntityKind.Week => [.. data.Week.OrganiserIds.Select(OrganisationName)],
        EntityKind.WeekEvent => _catalog.Event(match.Id) is { } e ? [.. e.OrganiserIds.Select(OrganisationName)] : null,
        _ => null,
    };

    /// <summary>The events an organisation organised or carried, and the parcours it was a partner of, each with its day.</summary>
    private List<string> EventsOf(string organisationId) =>
    [
        .. data.Events.Where(e => e.OrganiserIds.Contains(organisationId)).Select(e => $"{e.Title} ({FrenchFormat.Dates(e.Dates)})"),
        .. data.Parcours.Where(p => p.PartnerIds.Contains(organisationId)).Select(p => FactTexts.ParcoursOfEvent(p.Name, _catalog.Event(p.EventId)?.Title ?? "")),
    ];

    /// <summary>
    /// The sessions of a parcours, or of every parcours of an event, of the kind the question's word says ("ateliers",
    /// "visites", "tables rondes"); every kind for "séances".
    /// </summary>
    private List<SessionInParcours> SessionsOfKind(Reading reading, Domain.Model.Parcours? parcours, WeekEvent? weekEvent)
    {
        var within = parcours is not null ? [parcours] : weekEvent is not null ? _catalog.ParcoursOf(weekEvent.Id) : [];
        string[] Kinds(string word) => word switch
        {
            _ when word.StartsWith("atelier", StringComparison.Ordinal) =>
                [SessionKinds.Atelier, SessionKinds.AtelierConference, SessionKinds.AtelierCoConstruction],
            _ when word.StartsWith("table", StringComparison.Ordinal) => [SessionKinds.TableRonde],
            _ when word.StartsWith("plateau", StringComparison.Ordinal) => [SessionKinds.PlateauRadio],
            _ when word.StartsWith("visit", StringComparison.Ordinal) => [SessionKinds.Visite, SessionKinds.Decouverte],
            _ => [.. SessionKinds.All],
        };
        var kinds = reading.AttributeEvidence.SelectMany(Kinds).ToHashSet();
        return [.. within.SelectMany(p => p.Sessions.Where(x => kinds.Contains(x.Kind)).Select(x => new SessionInParcours(x, p)))];
    }

    /// <summary>Of the parcours named, the only one whose themes, summary or sessions hold every other word of the question.</summary>
    private Domain.Model.Parcours? WhichParcoursHolds(Reading reading)
    {
        var named = reading.Subjects.Where(x => x.Kind == EntityKind.Parcours).Select(x => _catalog.Parcours(x.Id)).OfType<Domain.Model.Parcours>().Distinct().ToList();
        // The question's own words and the other things it names ("l'économie informelle", a session's name).
        var words = reading.ContentWords.Concat(reading.Subjects.Where(x => x.Kind != EntityKind.Parcours).Select(x => x.MatchedText))
            .SelectMany(FrenchStems.Of).Distinct().ToList();
        if (words.Count == 0) return null;
        var holding = named.Where(p => FrenchStems.Of(string.Join(" ", p.Themes.Append(p.Summary).Concat(p.Sessions.Select(s => s.Title)))) is var text
                                       && words.All(w => text.Any(t => FrenchStems.Same(w, t)))).ToList();
        return holding.Count == 1 ? holding[0] : null;
    }

    /// <summary>The facts of an event that hold one of these words (by stem).</summary>
    private static List<string> FactsHolding(WeekEvent weekEvent, IEnumerable<string> words)
    {
        var stems = words.SelectMany(FrenchStems.Of).ToList();
        return [.. weekEvent.Facts.Where(f => FrenchStems.Of(f).Any(w => stems.Any(x => FrenchStems.Same(x, w))))];
    }

    private string SummaryOf(EntityMatch match) => match.Kind switch
    {
        EntityKind.Week => data.Week.Summary,
        EntityKind.WeekEvent => _catalog.Event(match.Id)?.Summary ?? "",
        EntityKind.Parcours => _catalog.Parcours(match.Id)?.Summary ?? "",
        _ => "",
    };

    /// <summary>What the data says of a thing, sentence by sentence: where a premise is looked for.</summary>
    private IEnumerable<string> TextsOf(EntityMatch match) => match.Kind switch
    {
        EntityKind.Fiche => data.Fiches.Where(f => f.Id == match.Id).SelectMany(f => f.Facts.Prepend(f.Summary)),
        EntityKind.Place => _catalog.Place(match.Id) is { } p ? [$"{p.Name} : {p.Description}"] : [],
        EntityKind.Organisation => _catalog.Organisation(match.Id)?.Description is { } d ? [$"{OrganisationName(match.Id)} : {d}"] : [],
        EntityKind.WeekEvent => _catalog.Event(match.Id) is { } e
            ? [e.Summary, .. e.Facts, .. PlaceTexts(e.PlaceId)]
            : [],
        EntityKind.Parcours => _catalog.Parcours(match.Id) is { } p ? [p.Summary] : [],
        EntityKind.Session => _catalog.Session(match.Id) is { Session: var s } ? [s.Summary ?? s.Title, .. s.Questions] : [],
        EntityKind.Week => data.Week.Facts.Prepend(data.Week.Summary),
        // The PAQTE, and what its event says of it.
        EntityKind.Paqte => _catalog.Event(data.Paqte.EventId) is { } signedAt
            ? [data.Paqte.Summary, .. signedAt.Facts.Prepend(signedAt.Summary).Where(t => FrenchNormaliser.Fold(t).Contains("paqte", StringComparison.Ordinal))]
            : [data.Paqte.Summary],
        _ => [],
    };

    private IEnumerable<string> PlaceTexts(string? placeId) =>
        placeId is not null && _catalog.Place(placeId) is { } place ? [$"{place.Name} : {place.Description}"] : [];

    private static string Titles(IEnumerable<string> titles) => FrenchFormat.Capitalise(FrenchFormat.List([.. titles.Select(t => $"« {t} »")]));

}
