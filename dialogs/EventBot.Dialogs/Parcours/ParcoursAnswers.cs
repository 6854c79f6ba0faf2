using EventBot.Dialogs.Framework;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Model;

namespace EventBot.Dialogs.Parcours;

/// <summary>Answers about the parcours of the Pop-Up and their sessions.</summary>
public sealed class ParcoursAnswers(EventData data)
{
    public IReadOnlyList<Choice> Choices() =>
        data.Parcours.Select(p => new Choice(p.Id, p.Name, [.. p.Aliases, ParcoursTexts.Heading(p.Name)])).ToList();

    /// <summary>The six parcours, one line each.</summary>
    public Reply List(string? preface = null) =>
        preface is null ? SnapshotReplies.Get(data, new ParcoursList(), _ => ListWith(null)) : ListWith(preface);

    /// <summary>The key of the list, the same for everyone (see <see cref="SnapshotReplies"/>).</summary>
    private sealed record ParcoursList;

    private Reply ListWith(string? preface)
    {
        var host = HostEvent(data.Parcours[0]);
        var intro = ParcoursTexts.List(host?.Title ?? "", data.Parcours.Count, host is null ? "" : FrenchFormat.Dates(host.Dates));
        var text = $"{preface ?? intro}\n" +
                   FrenchFormat.Bullets(data.Parcours.Select(p => $"{p.Name} : {p.Summary}")) +
                   $"\n{ParcoursTexts.AskWhich}";
        var card = new InfoCard(ParcoursTexts.ListTitle).Subtitle(intro);
        foreach (var p in data.Parcours)
        {
            card.Item(p.Name, p.Audience, p.Summary, $"{ParcoursTexts.Heading(p.Name)}");
        }

        return new Reply(text, card.Build(text), data.Parcours.Select(p => ParcoursTexts.Heading(p.Name)).ToList());
    }

    /// <summary>One parcours: what it is about, for whom, its sessions and speakers.</summary>
    public Reply Describe(Domain.Model.Parcours parcours, string? preface = null)
    {
        var host = HostEvent(parcours);
        var when = host is null ? null : ParcoursTexts.ParcoursOf(host.Title, FrenchFormat.Dates(host.Dates));
        var partners = FrenchFormat.List(parcours.PartnerIds.Select(OrganisationName).ToList());
        var lines = new List<string> { preface ?? ParcoursTexts.Heading(parcours.Name) + (when is null ? "" : $" ({when})"), parcours.Summary };
        if (parcours.Audience is not null)
        {
            lines.Add($"{ParcoursTexts.ForWhom} : {parcours.Audience}");
        }

        if (partners.Length > 0)
        {
            lines.Add($"{ParcoursTexts.Partners} : {partners}");
        }

        if (parcours.Themes.Count > 0)
        {
            lines.Add($"{ParcoursTexts.Themes} : {FrenchFormat.List(parcours.Themes)}");
        }

        lines.Add($"{ParcoursTexts.Sessions} :");
        lines.Add(FrenchFormat.Bullets(parcours.Sessions.Select(SessionLine)));
        if (FrenchFormat.Captions(data.Media.Where(m => m.ParcoursId == parcours.Id)) is { } captions)
        {
            lines.Add(captions);
        }

        var text = string.Join("\n", lines);

        var card = new InfoCard(ParcoursTexts.Heading(parcours.Name)).Subtitle(when).Body(parcours.Summary)
            .Fact(ParcoursTexts.ForWhom, parcours.Audience)
            .Fact(ParcoursTexts.Partners, partners)
            .Fact(ParcoursTexts.Themes, FrenchFormat.List(parcours.Themes));
        foreach (var session in parcours.Sessions)
        {
            card.Item($"{ParcoursTexts.Kind(session.Kind)}{SessionPlace(session)} : {session.Title}", SpeakerNames(session), query: session.Title);
        }

        card.Note(ParcoursTexts.NoHoursNorRooms)
            .Ask(ParcoursTexts.WhoSpeaks, Main.MainTexts.AskWhoSpeaks(parcours.Name))
            .Ask(ParcoursTexts.SignUp, Main.MainTexts.AskSignUp(parcours.Name));
        var suggestions = new List<string> { Main.MainTexts.AskSignUp(parcours.Name), Main.MainTexts.AskWhoSpeaks(parcours.Name) };
        if (data.Resources.Any(r => r.ParcoursId == parcours.Id))
        {
            suggestions.Add(Main.MainTexts.AskResources(parcours.Name));
        }

        suggestions.Add(ParcoursTexts.OtherParcours);
        return new Reply(text, card.Build(text), suggestions);
    }

    /// <summary>One session: its kind, title, parcours, questions, speakers, and what is not known.</summary>
    public Reply DescribeSession(Session session)
    {
        var parcours = ParcoursOf(session);
        var lines = new List<string> { $"{ParcoursTexts.Kind(session.Kind)} : {session.Title}" };
        if (session.Summary is not null)
        {
            lines.Add(session.Summary);
        }

        if (parcours is not null)
        {
            lines.Add(ParcoursTexts.SessionIn(parcours.Name) + WhenWhere(parcours, session));
        }

        if (session.Questions.Count > 0)
        {
            lines.Add($"{ParcoursTexts.Questions} :\n{FrenchFormat.Bullets(session.Questions)}");
        }

        if (session.Speakers.Count > 0)
        {
            lines.Add($"{ParcoursTexts.Speakers} :\n{FrenchFormat.Bullets(session.Speakers.Select(FrenchFormat.Person))}");
        }

        lines.Add(RoomAndTime(session));
        var text = string.Join("\n", lines);
        var card = new InfoCard(session.Title).Subtitle(ParcoursTexts.Kind(session.Kind) + (parcours is null ? "" : $" · {ParcoursTexts.SessionIn(parcours.Name)}"))
            .Body(session.Summary)
            .Fact(ParcoursTexts.Where, PlaceOf(session, parcours)?.Name)
            .Fact(ParcoursTexts.Room, session.Room ?? ParcoursTexts.Unknown)
            .Fact(ParcoursTexts.Time, session.StartTime is { } t ? FrenchFormat.Time(t) : ParcoursTexts.Unknown);
        foreach (var q in session.Questions)
        {
            card.Item(q);
        }

        foreach (var s in session.Speakers)
        {
            card.Item(s.Name, string.Join(", ", new[] { s.Role, s.Organisation, s.Status }.Where(x => x is not null)));
        }

        if (parcours is not null)
        {
            card.Ask(ParcoursTexts.SeeParcours, ParcoursTexts.Heading(parcours.Name));
        }

        return new Reply(text, card.Build(text), parcours is null ? null : [ParcoursTexts.Heading(parcours.Name)]);
    }

    /// <summary>Several sessions at once, each with its parcours and speakers.</summary>
    public Reply Sessions(IReadOnlyList<Session> sessions)
    {
        var lines = sessions.Select(s => $"{SessionLine(s)}" + (ParcoursOf(s) is { } p ? $" ({ParcoursTexts.SessionIn(p.Name)})" : ""));
        var text = FrenchFormat.Bullets(lines);
        var card = new InfoCard(ParcoursTexts.Sessions);
        foreach (var s in sessions)
        {
            card.Item($"{ParcoursTexts.Kind(s.Kind)} : {s.Title}", ParcoursOf(s) is { } p ? ParcoursTexts.SessionIn(p.Name) : null, SpeakerNames(s), s.Title);
        }

        return new Reply(text, card.Build(text));
    }

    public Domain.Model.Parcours? ParcoursOf(Session session) =>
        data.Parcours.FirstOrDefault(p => p.Sessions.Contains(session));

    public WeekEvent? HostEvent(Domain.Model.Parcours parcours) => data.Events.FirstOrDefault(e => e.Id == parcours.EventId);

    public Place? PlaceOf(Session session, Domain.Model.Parcours? parcours) =>
        data.Places.FirstOrDefault(p => p.Id == (session.PlaceId ?? (parcours is null ? null : HostEvent(parcours)?.PlaceId)));

    private string WhenWhere(Domain.Model.Parcours parcours, Session session)
    {
        var host = HostEvent(parcours);
        var place = PlaceOf(session, parcours);
        var parts = new List<string>();
        if (host is not null)
        {
            parts.Add($"{host.Title}, {FrenchFormat.Dates(host.Dates)}");
        }

        if (place is not null)
        {
            parts.Add(place.City is null ? place.Name : $"{place.Name} ({place.City})");
        }

        return parts.Count == 0 ? "" : $" — {string.Join(", ", parts)}";
    }

    private static string RoomAndTime(Session session) => (session.Room, session.StartTime) switch
    {
        (null, null) => ParcoursTexts.NoHoursNorRooms,
        _ => $"{ParcoursTexts.Room} : {session.Room ?? ParcoursTexts.Unknown}. {ParcoursTexts.Time} : {(session.StartTime is { } t ? FrenchFormat.Time(t) : ParcoursTexts.Unknown)}.",
    };

    private string SessionLine(Session s) =>
        $"{ParcoursTexts.Kind(s.Kind)}{SessionPlace(s)} : {s.Title}" + (s.Speakers.Count > 0 ? $" — avec {SpeakerNames(s)}" : "");

    private string SessionPlace(Session s) =>
        data.Places.FirstOrDefault(p => p.Id == s.PlaceId) is { } place ? $" ({place.Name})" : "";

    private static string SpeakerNames(Session s) =>
        FrenchFormat.List(s.Speakers.Select(p => p.Status is null ? p.Name : $"{p.Name} ({p.Status})").ToList());

    private string OrganisationName(string id) => data.Organisations.FirstOrDefault(o => o.Id == id)?.Name ?? id;
}
