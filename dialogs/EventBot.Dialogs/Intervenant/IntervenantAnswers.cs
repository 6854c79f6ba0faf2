using System.Runtime.CompilerServices;
using EventBot.Dialogs.Parcours;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Model;

namespace EventBot.Dialogs.Intervenant;

/// <summary>Answers to "qui ?": a speaker and where they speak, the speakers of a session, a parcours or an organisation.</summary>
public sealed class IntervenantAnswers(EventData data)
{
    /// <summary>Where a speaker appears: a session of a parcours, or an event of the week.</summary>
    private sealed record Appearance(Speaker Speaker, string Where);

    /// <summary>Every appearance of every speaker, and the words of their organisations.</summary>
    private sealed record SpeakerIndex(IReadOnlyList<Appearance> Appearances, HashSet<string> OrganisationWords)
    {
        public static SpeakerIndex Of(EventData data)
        {
            List<Appearance> appearances =
            [
                .. data.Parcours.SelectMany(p => p.Sessions.SelectMany(s => s.Speakers.Select(sp =>
                    new Appearance(sp, $"{ParcoursTexts.Kind(s.Kind)} « {s.Title} » ({IntervenantTexts.Parcours(p.Name)}{DayOf(data, p)})")))),
                .. data.Events.SelectMany(e => e.Speakers.Select(sp => new Appearance(sp,
                    $"{e.Title} ({FrenchFormat.Dates(e.Dates)})" + (sp.Contribution is null ? "" : $" : {sp.Contribution.TrimEnd('.')}")))),
                .. data.Fiches.SelectMany(f => f.People.Select(sp => new Appearance(sp, Main.MainTexts.FicheTitle(f.Name)))),
            ];
            var words = appearances.Select(a => a.Speaker.Organisation).OfType<string>().Distinct()
                .SelectMany(o => Language.Text.FrenchNormaliser.Normalise(o).Tokens).ToHashSet();
            return new SpeakerIndex(appearances, words);
        }
    }

    /// <summary>", Pop-Up dév éco, le mercredi 16 octobre 2019": the day a parcours took place, from its event.</summary>
    private static string DayOf(EventData data, Domain.Model.Parcours parcours) =>
        data.Events.FirstOrDefault(e => e.Id == parcours.EventId) is { } e ? $", {e.Title}, {FrenchFormat.Dates(e.Dates)}" : "";

    /// <summary>Worked out once per data snapshot: the data does not change under a turn.</summary>
    private static readonly ConditionalWeakTable<EventData, SpeakerIndex> Indexes = new();

    private SpeakerIndex Index => Indexes.GetValue(data, SpeakerIndex.Of);

    private IReadOnlyList<Appearance> Appearances() => Index.Appearances;

    /// <summary>A speaker by name (the id an entity match gives for a speaker).</summary>
    public Reply Speaker(string name)
    {
        var appearances = Appearances().Where(a => SameName(a.Speaker.Name, name)).ToList();
        if (appearances.Count == 0)
        {
            return IntervenantTexts.NotFound;
        }

        var person = appearances[0].Speaker;
        var text = IntervenantTexts.SpeaksIn(FrenchFormat.Person(person)) + "\n" + FrenchFormat.Bullets(appearances.Select(a => a.Where).Distinct());
        var card = new InfoCard(person.Name)
            .Subtitle(string.Join(", ", new[] { person.Role, person.Organisation }.Where(x => !string.IsNullOrWhiteSpace(x))))
            .Fact(IntervenantTexts.Status, person.Status);
        foreach (var where in appearances.Select(a => a.Where).Distinct())
        {
            card.Item(where);
        }

        return new Reply(text, card.Build(text));
    }

    public Reply OfSession(Session session) =>
        List(IntervenantTexts.In($"{ParcoursTexts.Kind(session.Kind)} « {session.Title} »"), session.Speakers);

    /// <summary>The event's speakers, with what the sources say of its participants and speakers.</summary>
    public Reply OfEvent(WeekEvent e)
    {
        var about = e.Facts.Where(f => f.Contains("intervenant", StringComparison.OrdinalIgnoreCase) || f.Contains("participant", StringComparison.OrdinalIgnoreCase)).ToList();
        if (FrenchFormat.Captions(data.Media.Where(m => m.EventId == e.Id && m.ParcoursId is null)) is { } captions)
        {
            about.Add(captions);
        }

        if (e.Speakers.Count == 0)
        {
            return $"{e.Title} : {e.Summary}\n{IntervenantTexts.NoSpeakers}" + (about.Count > 0 ? "\n" + string.Join("\n", about) : "");
        }

        var list = List(IntervenantTexts.In(e.Title), e.Speakers);
        return about.Count == 0 ? list : list with { Text = list.Text + "\n" + string.Join("\n", about) };
    }

    /// <summary>The people a fiche expérience names.</summary>
    public Reply OfFiche(Fiche fiche) =>
        fiche.People.Count == 0 ? IntervenantTexts.NoSpeakers : List(IntervenantTexts.In(Main.MainTexts.FicheTitle(fiche.Name)), fiche.People);

    /// <summary>The speakers whose role or organisation names a place ("Directeur de la Plaine Image").</summary>
    public Reply? OfPlace(Place place) => OfNames(new[] { place.Name }.Concat(place.Aliases).ToList(), place.Name);

    public Reply OfParcours(Domain.Model.Parcours parcours)
    {
        var lines = parcours.Sessions.Where(s => s.Speakers.Count > 0)
            .Select(s => $"{ParcoursTexts.Kind(s.Kind)} « {s.Title} » : {FrenchFormat.List(s.Speakers.Select(FrenchFormat.Person).ToList())}")
            .ToList();
        if (lines.Count == 0)
        {
            return IntervenantTexts.NoSpeakers;
        }

        var partners = FrenchFormat.List(parcours.PartnerIds.Select(id => data.Organisations.FirstOrDefault(o => o.Id == id)?.Name ?? id).ToList());
        var header = new List<string>();
        var host = data.Events.FirstOrDefault(e => e.Id == parcours.EventId);
        var hostOrganisers = FrenchFormat.List((host?.OrganiserIds ?? []).Select(id => data.Organisations.FirstOrDefault(o => o.Id == id)?.Name ?? id).ToList());
        if (partners.Length > 0)
        {
            header.Add($"{ParcoursTexts.Heading(parcours.Name)} : {IntervenantTexts.With(partners)}" +
                       (host is null || hostOrganisers.Length == 0 ? "" : $" ({host.Title}, organisé par {hostOrganisers})"));
        }

        if (parcours.Audience is not null)
        {
            header.Add($"{ParcoursTexts.ForWhom} : {parcours.Audience}");
        }

        var text = string.Join("\n", header.Append(IntervenantTexts.In(ParcoursTexts.Heading(parcours.Name)))) + "\n" + FrenchFormat.Bullets(lines);
        var card = new InfoCard($"{IntervenantTexts.Title} — {ParcoursTexts.Heading(parcours.Name)}");
        foreach (var s in parcours.Sessions.Where(s => s.Speakers.Count > 0))
        {
            card.Item($"{ParcoursTexts.Kind(s.Kind)} : {s.Title}", body: string.Join("\n", s.Speakers.Select(FrenchFormat.Person)));
        }

        return new Reply(text, card.Build(text), [ParcoursTexts.Heading(parcours.Name)]);
    }

    /// <summary>The speakers who come from an organisation (matched on its name and aliases).</summary>
    public Reply? OfOrganisation(Organisation organisation) =>
        OfNames(new[] { organisation.Name }.Concat(organisation.Aliases).ToList(), organisation.Name);

    /// <summary>
    /// The speakers whose organisation contains a distinctive word of the question ("META",
    /// "Dunkerque"); null when no word is distinctive enough to pick them.
    /// </summary>
    public Reply? OfWords(string normalisedQuestion)
    {
        var words = normalisedQuestion.Split(' ')
            .Where(w => w.Length >= 3 && !Language.Text.FrenchStopWords.Contains(w) && !IntervenantTexts.QuestionWords.Contains(w))
            .Where(Index.OrganisationWords.Contains)
            .ToList();
        return words.Count == 0 ? null : OfNames(words, string.Join(" ", words).ToUpperInvariant());
    }

    private Reply? OfNames(IReadOnlyList<string> names, string title)
    {
        var appearances = Appearances()
            .Where(a => new[] { a.Speaker.Organisation, a.Speaker.Role }.Any(text =>
                text is not null && names.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase))))
            .ToList();
        if (appearances.Count == 0)
        {
            return null;
        }

        var text = IntervenantTexts.FromOrganisation(title) + "\n" +
                   FrenchFormat.Bullets(appearances.Select(a => $"{FrenchFormat.Person(a.Speaker)} — {a.Where}"));
        return new Reply(text);
    }

    /// <summary>How many speakers, and the choice of a parcours to see them.</summary>
    public Reply Overview(WeekEvent? host) => new(
        string.Join(" ", (host?.Facts.Where(f => f.Contains("intervenant", StringComparison.OrdinalIgnoreCase)) ?? []).Append(IntervenantTexts.AskWhich)),
        null,
        data.Parcours.Select(p => Main.MainTexts.AskWhoSpeaks(p.Name)).ToList());

    private Reply List(string heading, IReadOnlyList<Speaker> speakers)
    {
        if (speakers.Count == 0)
        {
            return IntervenantTexts.NoSpeakers;
        }

        var text = heading + "\n" + FrenchFormat.Bullets(speakers.Select(FrenchFormat.Person));
        var card = new InfoCard(IntervenantTexts.Title).Subtitle(heading.TrimEnd(' ', ':'));
        foreach (var s in speakers)
        {
            card.Item(s.Name, string.Join(", ", new[] { s.Role, s.Organisation, s.Status }.Where(x => !string.IsNullOrWhiteSpace(x))));
        }

        return new Reply(text, card.Build(text));
    }

    private static bool SameName(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
