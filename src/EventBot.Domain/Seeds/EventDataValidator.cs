using System.Text.RegularExpressions;
using EventBot.Domain.Model;

namespace EventBot.Domain.Seeds;

/// <summary>
/// Consistency rules the JSON shape alone cannot express: unique ids, references that resolve, dates inside the week,
/// known session kinds, absolute links, sizes as the sources write them. Reports every problem at once, with its JSON path,
/// so that a broken seed file or an organiser's live update is fixed in one go.
/// </summary>
public static partial class EventDataValidator
{
    /// <summary>Every problem found; empty when the data is usable.</summary>
    public static IReadOnlyList<EventDataProblem> FindProblems(EventData data) => new Checker(data).Run();

    /// <summary>Throws an <see cref="EventDataException"/> listing every problem; <paramref name="source"/> names the data in the message.</summary>
    public static void EnsureValid(EventData data, string source)
    {
        var problems = FindProblems(data);
        if (problems.Count > 0)
        {
            throw new EventDataException(source, problems);
        }
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex(@"^\d+(\.\d+)? (Ko|Mo)$")]
    private static partial Regex Size();

    private sealed class Checker(EventData data)
    {
        private readonly List<EventDataProblem> _problems = [];

        // Ids share one namespace: dialogs and media point at "an id", so the same id on two things would be ambiguous.
        private readonly Dictionary<string, string> _idPaths = new(StringComparer.Ordinal);

        private readonly HashSet<string> _organisations = Ids(data.Organisations.Select(o => o.Id));
        private readonly HashSet<string> _places = Ids(data.Places.Select(p => p.Id));
        private readonly HashSet<string> _events = Ids(data.Events.Select(e => e.Id));
        private readonly HashSet<string> _parcours = Ids(data.Parcours.Select(p => p.Id));
        private readonly HashSet<string> _resources = Ids(data.Resources.Select(r => r.Id));

        public IReadOnlyList<EventDataProblem> Run()
        {
            CheckWeek(data.Week, "$.week");
            ForEach(data.Organisations, "$.organisations", CheckOrganisation);
            ForEach(data.Places, "$.places", CheckPlace);
            ForEach(data.Events, "$.events", CheckEvent);
            ForEach(data.Parcours, "$.parcours", CheckParcours);
            ForEach(data.Resources, "$.resources", CheckResource);
            ForEach(data.Fiches, "$.fiches", CheckFiche);
            ForEach(data.Links, "$.links", CheckLink);
            ForEach(data.Media, "$.media", CheckMedia);
            CheckPaqte(data.Paqte, "$.paqte");
            ForEach(data.Sources, "$.sources", CheckSource);
            return _problems;
        }

        private void CheckWeek(Week week, string path)
        {
            Text(week.Name, $"{path}.name");
            Text(week.Summary, $"{path}.summary");
            if (week.EndDate < week.StartDate)
            {
                Add($"{path}.endDate", $"the week ends ({week.EndDate:yyyy-MM-dd}) before it starts ({week.StartDate:yyyy-MM-dd})");
            }

            References(week.OrganiserIds, _organisations, "organisation", $"{path}.organiserIds");
            References(week.PartnerIds, _organisations, "organisation", $"{path}.partnerIds");
            Reference(week.ProgrammeResourceId, _resources, "resource", $"{path}.programmeResourceId");
        }

        private void CheckOrganisation(Organisation organisation, string path)
        {
            Id(organisation.Id, path);
            Text(organisation.Name, $"{path}.name");
        }

        private void CheckPlace(Place place, string path)
        {
            Id(place.Id, path);
            Text(place.Name, $"{path}.name");
            Text(place.Description, $"{path}.description");
            Reference(place.PartOfPlaceId, _places, "place", $"{path}.partOfPlaceId");
            if (place.PartOfPlaceId == place.Id)
            {
                Add($"{path}.partOfPlaceId", "a place cannot be part of itself");
            }
        }

        private void CheckEvent(WeekEvent weekEvent, string path)
        {
            Id(weekEvent.Id, path);
            Text(weekEvent.Title, $"{path}.title");
            Text(weekEvent.Kind, $"{path}.kind");
            Text(weekEvent.Summary, $"{path}.summary");
            if (weekEvent.Dates.Count == 0)
            {
                Add($"{path}.dates", "an event needs at least one date");
            }

            for (var i = 0; i < weekEvent.Dates.Count; i++)
            {
                var date = weekEvent.Dates[i];
                if (date < data.Week.StartDate || date > data.Week.EndDate)
                {
                    Add($"{path}.dates[{i}]",
                        $"{date:yyyy-MM-dd} is outside the week ({data.Week.StartDate:yyyy-MM-dd} to {data.Week.EndDate:yyyy-MM-dd})");
                }
            }

            References(weekEvent.OrganiserIds, _organisations, "organisation", $"{path}.organiserIds");
            Reference(weekEvent.PlaceId, _places, "place", $"{path}.placeId");
            Times(weekEvent.StartTime, weekEvent.EndTime, path);
            ForEach(weekEvent.Speakers, $"{path}.speakers", CheckSpeaker);
            Url(weekEvent.Url, $"{path}.url");
        }

        private void CheckParcours(Parcours parcours, string path)
        {
            Id(parcours.Id, path);
            Text(parcours.Name, $"{path}.name");
            Text(parcours.Summary, $"{path}.summary");
            Reference(parcours.EventId, _events, "event", $"{path}.eventId");
            References(parcours.PartnerIds, _organisations, "organisation", $"{path}.partnerIds");
            ForEach(parcours.Sessions, $"{path}.sessions", CheckSession);
        }

        private void CheckSession(Session session, string path)
        {
            Id(session.Id, path);
            Text(session.Title, $"{path}.title");
            if (!SessionKinds.All.Contains(session.Kind))
            {
                Add($"{path}.kind", $"unknown session kind \"{session.Kind}\" (expected one of: {string.Join(", ", SessionKinds.All)})");
            }

            Reference(session.PlaceId, _places, "place", $"{path}.placeId");
            Times(session.StartTime, session.EndTime, path);
            ForEach(session.Speakers, $"{path}.speakers", CheckSpeaker);
        }

        private void CheckSpeaker(Speaker speaker, string path)
        {
            Text(speaker.Name, $"{path}.name");
            Reference(speaker.OrganisationId, _organisations, "organisation", $"{path}.organisationId");
        }

        private void CheckResource(Resource resource, string path)
        {
            Id(resource.Id, path);
            Text(resource.Title, $"{path}.title");
            Text(resource.Kind, $"{path}.kind");
            Text(resource.Description, $"{path}.description");
            if (resource.Size is { } size && !Size().IsMatch(size))
            {
                Add($"{path}.size", $"size \"{size}\" must be written like \"557.14 Ko\" or \"1.03 Mo\"");
            }

            Url(resource.Url, $"{path}.url");
            Reference(resource.ParcoursId, _parcours, "parcours", $"{path}.parcoursId");
            Reference(resource.EventId, _events, "event", $"{path}.eventId");
        }

        private void CheckFiche(Fiche fiche, string path)
        {
            Id(fiche.Id, path);
            Text(fiche.Name, $"{path}.name");
            Text(fiche.Summary, $"{path}.summary");
            Reference(fiche.ParcoursId, _parcours, "parcours", $"{path}.parcoursId");
            Reference(fiche.ResourceId, _resources, "resource", $"{path}.resourceId");
            ForEach(fiche.People, $"{path}.people", CheckSpeaker);
        }

        private void CheckLink(Link link, string path)
        {
            Id(link.Id, path);
            Text(link.Title, $"{path}.title");
            Text(link.Description, $"{path}.description");
            Url(link.Url, $"{path}.url");
            Reference(link.ParcoursId, _parcours, "parcours", $"{path}.parcoursId");
            Reference(link.EventId, _events, "event", $"{path}.eventId");
        }

        private void CheckMedia(Media media, string path)
        {
            Text(media.Caption, $"{path}.caption");
            Reference(media.EventId, _events, "event", $"{path}.eventId");
            Reference(media.ParcoursId, _parcours, "parcours", $"{path}.parcoursId");
            Reference(media.PlaceId, _places, "place", $"{path}.placeId");
        }

        private void CheckPaqte(Paqte paqte, string path)
        {
            Text(paqte.Name, $"{path}.name");
            Text(paqte.Summary, $"{path}.summary");
            Reference(paqte.EventId, _events, "event", $"{path}.eventId");
            ForEach(paqte.Axes, $"{path}.axes", (axis, axisPath) =>
            {
                Text(axis.Verb, $"{axisPath}.verb");
                Text(axis.Description, $"{axisPath}.description");
            });
        }

        private void CheckSource(Source source, string path)
        {
            Text(source.Title, $"{path}.title");
            Text(source.LastModified, $"{path}.lastModified");
            Url(source.Url, $"{path}.url");
        }

        private void Id(string id, string ownerPath)
        {
            var path = $"{ownerPath}.id";
            if (!KebabCase().IsMatch(id))
            {
                Add(path, $"id \"{id}\" must be lowercase kebab-case (e.g. \"lieu-totem\")");
            }
            else if (!_idPaths.TryAdd(id, path))
            {
                Add(path, $"duplicate id \"{id}\" (already used at {_idPaths[id]})");
            }
        }

        private void Text(string value, string path)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(path, "must not be empty");
            }
        }

        private void Url(string? url, string path)
        {
            if (url is not null
                && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            {
                Add(path, $"\"{url}\" is not an absolute http(s) URL");
            }
        }

        private void Times(TimeOnly? start, TimeOnly? end, string ownerPath)
        {
            if (start is { } from && end is { } to && to <= from)
            {
                Add($"{ownerPath}.endTime", $"ends at {to:HH:mm}, not after its start at {from:HH:mm}");
            }
        }

        private void Reference(string? id, HashSet<string> known, string kind, string path)
        {
            if (id is not null && !known.Contains(id))
            {
                Add(path, $"unknown {kind} \"{id}\"");
            }
        }

        private void References(IReadOnlyList<string> ids, HashSet<string> known, string kind, string path)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                Reference(ids[i], known, kind, $"{path}[{i}]");
            }
        }

        private static void ForEach<T>(IReadOnlyList<T> items, string path, Action<T, string> check)
        {
            for (var i = 0; i < items.Count; i++)
            {
                check(items[i], $"{path}[{i}]");
            }
        }

        private void Add(string path, string message) => _problems.Add(new EventDataProblem(path, message));

        private static HashSet<string> Ids(IEnumerable<string> ids) => new(ids, StringComparer.Ordinal);
    }
}
