using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using EventBot.Domain.Model;

namespace EventBot.Domain.Catalog;

/// <summary>
/// Read-only lookups over one <see cref="EventData"/> snapshot, for the dialogs. Pure: build one per snapshot
/// (cheap, the data is small); it never changes afterwards. Unknown ids give null or an empty list.
/// </summary>
public sealed class EventCatalog
{
    private readonly Dictionary<string, WeekEvent> _events;
    private readonly Dictionary<string, Parcours> _parcours;
    private readonly Dictionary<string, SessionInParcours> _sessions;
    private readonly Dictionary<string, Place> _places;
    private readonly Dictionary<string, Organisation> _organisations;
    private readonly Dictionary<string, SpeakerEntry> _speakersByName;

    /// <summary>One catalog per snapshot, built at its first use: dialogs ask for it at every turn.</summary>
    private static readonly ConditionalWeakTable<EventData, EventCatalog> Built = new();

    /// <summary>The catalog of <paramref name="data"/>, shared by every turn that uses this snapshot.</summary>
    public static EventCatalog Of(EventData data) => Built.GetValue(data, snapshot => new EventCatalog(snapshot));

    public EventCatalog(EventData data)
    {
        Data = data;
        _events = data.Events.ToDictionary(e => e.Id);
        _parcours = data.Parcours.ToDictionary(p => p.Id);
        Sessions = [.. data.Parcours.SelectMany(p => p.Sessions.Select(s => new SessionInParcours(s, p)))];
        _sessions = Sessions.ToDictionary(s => s.Session.Id);
        _places = data.Places.ToDictionary(p => p.Id);
        _organisations = data.Organisations.ToDictionary(o => o.Id);
        Days = [.. EachDay(data.Week).Select(day => new WeekDay(day, EventsOn(day)))];
        Speakers = BuildSpeakers();
        _speakersByName = IndexSpeakers(Speakers);
    }

    public EventData Data { get; }

    /// <summary>Every day from the first to the last of the week, in order, each with its events.</summary>
    public IReadOnlyList<WeekDay> Days { get; }

    /// <summary>Every session of every parcours, in file order.</summary>
    public IReadOnlyList<SessionInParcours> Sessions { get; }

    /// <summary>Everyone who speaks at an event or in a session, in order of first appearance.</summary>
    public IReadOnlyList<SpeakerEntry> Speakers { get; }

    /// <summary>The events running on <paramref name="date"/>, in file order (the World Forum is on each of its three days).</summary>
    public IReadOnlyList<WeekEvent> EventsOn(DateOnly date) => [.. Data.Events.Where(e => e.Dates.Contains(date))];

    public WeekEvent? Event(string id) => _events.GetValueOrDefault(id);

    public Parcours? Parcours(string id) => _parcours.GetValueOrDefault(id);

    /// <summary>The parcours of an event (the six of the Pop-Up).</summary>
    public IReadOnlyList<Parcours> ParcoursOf(string eventId) => [.. Data.Parcours.Where(p => p.EventId == eventId)];

    public SessionInParcours? Session(string id) => _sessions.GetValueOrDefault(id);

    public Place? Place(string id) => _places.GetValueOrDefault(id);

    public Organisation? Organisation(string id) => _organisations.GetValueOrDefault(id);

    public IReadOnlyList<Resource> ResourcesOf(string parcoursId) => [.. Data.Resources.Where(r => r.ParcoursId == parcoursId)];

    public IReadOnlyList<Fiche> FichesOf(string parcoursId) => [.. Data.Fiches.Where(f => f.ParcoursId == parcoursId)];

    /// <summary>
    /// A speaker by exact name or alias, ignoring case and accents ("ghislain de muynck"). Fuzzy matching of
    /// misspellings belongs to the language layer, which can feed it the names and aliases of <see cref="Speakers"/>.
    /// </summary>
    public SpeakerEntry? Speaker(string name) => _speakersByName.GetValueOrDefault(Fold(name));

    private static IEnumerable<DateOnly> EachDay(Week week)
    {
        for (var day = week.StartDate; day <= week.EndDate; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private List<SpeakerEntry> BuildSpeakers()
    {
        var appearances = Data.Events.SelectMany(e => e.Speakers.Select(s => new SpeakerAppearance(s, e, null, null)))
            .Concat(Sessions.SelectMany(sp => sp.Session.Speakers.Select(s =>
                new SpeakerAppearance(s, _events[sp.Parcours.EventId], sp.Parcours, sp.Session))));

        // The same person appears with the same name each time; grouping on the folded name tolerates case slips.
        return [.. appearances
            .GroupBy(a => Fold(a.Speaker.Name))
            .Select(g => new SpeakerEntry(
                g.First().Speaker.Name,
                [.. g.SelectMany(a => a.Speaker.Aliases).Distinct(StringComparer.Ordinal)],
                [.. g]))];
    }

    private static Dictionary<string, SpeakerEntry> IndexSpeakers(IEnumerable<SpeakerEntry> speakers)
    {
        // A name shared by two people (two "Dubois") must not silently point at the first one: it is left out.
        var byName = speakers
            .SelectMany(speaker => speaker.Aliases.Prepend(speaker.Name).Select(name => (Key: Fold(name), Speaker: speaker)))
            .GroupBy(entry => entry.Key, StringComparer.Ordinal)
            .Where(group => group.Select(entry => entry.Speaker).Distinct().Count() == 1);
        return byName.ToDictionary(group => group.Key, group => group.First().Speaker, StringComparer.Ordinal);
    }

    private static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string([.. kept]).ToLowerInvariant();
    }
}
