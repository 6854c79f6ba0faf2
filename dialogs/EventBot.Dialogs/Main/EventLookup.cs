using EventBot.Domain.Catalog;
using EventBot.Domain.Model;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Main;

/// <summary>Finds the thing of the event an entity match or a chosen button points to.</summary>
public sealed class EventLookup(EventData data)
{
    private readonly EventCatalog _catalog = EventCatalog.Of(data);

    public EventData Data => data;

    public Domain.Model.Parcours? Parcours(string id) => _catalog.Parcours(id);
    public Session? Session(string id) => _catalog.Session(id)?.Session;
    public Domain.Model.Parcours? ParcoursOfSession(string sessionId) => _catalog.Session(sessionId)?.Parcours;
    public WeekEvent? Event(string id) => _catalog.Event(id);
    public Place? Place(string id) => _catalog.Place(id);
    public Resource? Resource(string id) => data.Resources.FirstOrDefault(r => r.Id == id);
    public Fiche? Fiche(string id) => data.Fiches.FirstOrDefault(f => f.Id == id);
    public Link? Link(string id) => data.Links.FirstOrDefault(l => l.Id == id);
    public Organisation? Organisation(string id) => _catalog.Organisation(id);

    /// <summary>The name a button shows for an entity.</summary>
    public string Title(EntityKind kind, string id) => kind switch
    {
        EntityKind.Parcours => Parcours(id)?.Name is { } n ? $"Parcours {n}" : id,
        EntityKind.Session => Session(id)?.Title ?? id,
        EntityKind.WeekEvent => Event(id)?.Title ?? id,
        EntityKind.Place => Place(id)?.Name ?? id,
        EntityKind.Resource => Resource(id)?.Title ?? id,
        EntityKind.Fiche => Fiche(id)?.Name ?? id,
        EntityKind.Link => Link(id)?.Title ?? id,
        EntityKind.Organisation => Organisation(id)?.Name ?? id,
        _ => id,
    };

    /// <summary>A choice's value carries the entity: "Session:atelier-economie-informelle".</summary>
    public static string Key(EntityKind kind, string id) => $"{kind}:{id}";

    public static (EntityKind Kind, string Id)? Parse(string? key)
    {
        var colon = key?.IndexOf(':') ?? -1;
        return colon > 0 && Enum.TryParse<EntityKind>(key![..colon], out var kind) ? (kind, key[(colon + 1)..]) : null;
    }
}
