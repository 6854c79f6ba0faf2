using EventBot.Dialogs.Parcours;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Model;

namespace EventBot.Dialogs.Lieu;

/// <summary>Answers to "où ?": a place, or where an event, a parcours or a session takes place.</summary>
public sealed class LieuAnswers(EventData data)
{
    private readonly ParcoursAnswers _parcours = new(data);

    public Reply DescribePlace(Place place)
    {
        var parent = data.Places.FirstOrDefault(p => p.Id == place.PartOfPlaceId);
        var lines = new List<string> { Title(place) + " : " + place.Description };
        if (parent is not null)
        {
            lines.Add(LieuTexts.Within(place.Name, Title(parent)));
        }

        lines.Add(place.Address is null ? LieuTexts.AddressUnknown : $"{LieuTexts.Address} : {place.Address}.");
        if (FrenchFormat.Captions(data.Media.Where(m => m.PlaceId == place.Id)) is { } captions)
        {
            lines.Add(captions);
        }
        var text = string.Join("\n", lines);
        var card = new InfoCard(place.Name).Subtitle(place.City).Body(place.Description)
            .Fact(LieuTexts.Part, parent?.Name)
            .Fact(LieuTexts.Address, place.Address);
        return new Reply(text, card.Build(text));
    }

    public Reply WhereIsEvent(WeekEvent e)
    {
        var place = data.Places.FirstOrDefault(p => p.Id == e.PlaceId);
        if (place is null)
        {
            return $"{e.Title} : {LieuTexts.PlaceUnknown}";
        }

        var text = LieuTexts.EventPlace(e.Title, Title(place), FrenchFormat.Dates(e.Dates)) + "\n" + place.Description;
        return new Reply(text, new InfoCard(e.Title).Subtitle(FrenchFormat.Dates(e.Dates)).Fact(LieuTexts.City, place.City)
            .Body($"{place.Name} : {place.Description}").Build(text));
    }

    public Reply WhereIsParcours(Domain.Model.Parcours parcours)
    {
        var host = _parcours.HostEvent(parcours);
        var place = data.Places.FirstOrDefault(p => p.Id == host?.PlaceId);
        var what = ParcoursTexts.Heading(parcours.Name);
        return place is null || host is null
            ? $"{what} : {LieuTexts.PlaceUnknown}"
            : $"{LieuTexts.EventPlace(what, Title(place), FrenchFormat.Dates(host.Dates))} {LieuTexts.RoomUnknown}";
    }

    public Reply WhereIsSession(Session session)
    {
        var parcours = _parcours.ParcoursOf(session);
        var place = _parcours.PlaceOf(session, parcours);
        var what = $"{ParcoursTexts.Kind(session.Kind)} « {session.Title} »";
        var text = place is null ? $"{what} : {LieuTexts.PlaceUnknown}" : LieuTexts.PlaceOf(what, Title(place));
        if (parcours is not null && _parcours.HostEvent(parcours) is { } host)
        {
            text += $" ({ParcoursTexts.SessionIn(parcours.Name)}, {host.Title}, {FrenchFormat.Dates(host.Dates)})";
        }

        text += " " + (session.Room is null ? LieuTexts.RoomUnknown : LieuTexts.Room(session.Room));
        return new Reply(text, null, parcours is null ? null : [ParcoursTexts.Heading(parcours.Name)]);
    }

    /// <summary>Where several sessions take place, when the data gives no room for any of them.</summary>
    public Reply WhereAreSessions(IReadOnlyList<Session> sessions)
    {
        var lines = sessions.Select(s => WhereIsSession(s).Text);
        return new Reply(string.Join("\n", lines));
    }

    /// <summary>Every place the sources name, when the question names none.</summary>
    public Reply Places()
    {
        var text = LieuTexts.Known(FrenchFormat.List(data.Places.Select(Title).ToList())) + "\n" +
                   FrenchFormat.Bullets(data.Places.Select(p => $"{p.Name} : {p.Description}"));
        var card = new InfoCard(LieuTexts.PlacesTitle);
        foreach (var p in data.Places)
        {
            card.Item(p.Name, p.City, p.Description, Main.MainTexts.AskWhere(p.Name));
        }

        return new Reply(text, card.Build(text), data.Places.Select(p => Main.MainTexts.AskWhere(p.Name)).ToList());
    }

    private static string Title(Place place) => place.City is null ? place.Name : $"{place.Name} ({place.City})";
}
