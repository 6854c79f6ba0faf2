namespace EventBot.Domain.Model;

/// <summary>
/// Everything the sources say about the week "MEL toi du territoire" and its Pop-Up dév éco,
/// as loaded from <c>seeds/event.json</c>. A fact the sources do not give is null or absent, never guessed.
/// </summary>
public sealed class EventData
{
    public required Week Week { get; init; }
    public required IReadOnlyList<Organisation> Organisations { get; init; }
    public required IReadOnlyList<Place> Places { get; init; }
    public required IReadOnlyList<WeekEvent> Events { get; init; }
    public required IReadOnlyList<Parcours> Parcours { get; init; }
    public required IReadOnlyList<Resource> Resources { get; init; }
    public required IReadOnlyList<Fiche> Fiches { get; init; }
    public required IReadOnlyList<Link> Links { get; init; }
    public required IReadOnlyList<Media> Media { get; init; }
    public required Paqte Paqte { get; init; }
    /// <summary>The web pages the data was extracted from.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }
}

/// <summary>The whole week: name, dates, who organised it and why.</summary>
public sealed class Week
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required DateOnly StartDate { get; init; }
    public required DateOnly EndDate { get; init; }
    /// <summary>A short answer, in our words, to "c'est quoi MEL toi du territoire ?".</summary>
    public required string Summary { get; init; }
    /// <summary>Plain facts the sources give about the week (its framework, its ambition), each a short sentence.</summary>
    public IReadOnlyList<string> Facts { get; init; } = [];
    /// <summary>Organisation ids of who organised the week.</summary>
    public required IReadOnlyList<string> OrganiserIds { get; init; }
    /// <summary>Organisation ids of the partners thanked by the sources.</summary>
    public IReadOnlyList<string> PartnerIds { get; init; } = [];
    /// <summary>Id of the programme leaflet in <see cref="EventData.Resources"/>, if any.</summary>
    public string? ProgrammeResourceId { get; init; }
}

public sealed class Organisation
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>What the sources say of it, in a short sentence; null when they say nothing.</summary>
    public string? Description { get; init; }
}

public sealed class Place
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Town, when the sources give it.</summary>
    public string? City { get; init; }
    /// <summary>The place this one is part of (La Chaufferie is at the Plaine Images), if the sources say so.</summary>
    public string? PartOfPlaceId { get; init; }
    public required string Description { get; init; }
    /// <summary>Unknown in the sources: filled in by organisers later.</summary>
    public string? Address { get; init; }
}

/// <summary>One event of the week (a launch, the World Forum, the Pop-Up, a closing evening…).</summary>
public sealed class WeekEvent
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Every day the event runs on (the World Forum spans three).</summary>
    public required IReadOnlyList<DateOnly> Dates { get; init; }
    public required string Kind { get; init; }
    public required string Summary { get; init; }
    public IReadOnlyList<string> OrganiserIds { get; init; } = [];
    public string? PlaceId { get; init; }
    /// <summary>Null: the sources give no hour.</summary>
    public TimeOnly? StartTime { get; init; }
    public TimeOnly? EndTime { get; init; }
    public IReadOnlyList<Speaker> Speakers { get; init; } = [];
    /// <summary>Plain facts the sources give (figures, themes, formats), each a short sentence.</summary>
    public IReadOnlyList<string> Facts { get; init; } = [];
    /// <summary>The source's link for this event, exactly as given.</summary>
    public string? Url { get; init; }
    /// <summary>Themes or sectors the sources name for this event (the five filières of the circuits courts…).</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];
    /// <summary>Number of participants, when the sources give it (160 at the Pop-Up).</summary>
    public int? ParticipantCount { get; init; }
}

/// <summary>One of the six parcours of the Pop-Up dév éco.</summary>
public sealed class Parcours
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>The event the parcours belongs to (the Pop-Up).</summary>
    public required string EventId { get; init; }
    public required string Summary { get; init; }
    /// <summary>Who it is for, as the sources say; null when they do not.</summary>
    public string? Audience { get; init; }
    public IReadOnlyList<string> PartnerIds { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public required IReadOnlyList<Session> Sessions { get; init; }
}

/// <summary>An atelier, visit, round table, radio set… inside a parcours.</summary>
public sealed class Session
{
    public required string Id { get; init; }
    /// <summary>One of <see cref="SessionKinds"/>.</summary>
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>What the session is about, in our words, when the sources describe it beyond its title.</summary>
    public string? Summary { get; init; }
    /// <summary>The questions the session raises, as in the sources.</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];
    public IReadOnlyList<Speaker> Speakers { get; init; } = [];
    public string? PlaceId { get; init; }
    /// <summary>Unknown in the sources: filled in by organisers later.</summary>
    public string? Room { get; init; }
    public TimeOnly? StartTime { get; init; }
    public TimeOnly? EndTime { get; init; }
}

public static class SessionKinds
{
    public const string Atelier = "atelier";
    public const string AtelierConference = "atelier-conference";
    public const string AtelierCoConstruction = "atelier-co-construction";
    public const string Visite = "visite";
    public const string Decouverte = "decouverte";
    public const string TableRonde = "table-ronde";
    public const string PlateauRadio = "plateau-radio";

    public static readonly IReadOnlyList<string> All =
        [Atelier, AtelierConference, AtelierCoConstruction, Visite, Decouverte, TableRonde, PlateauRadio];
}

/// <summary>Someone who speaks, leads or hosts, with what the sources say of them.</summary>
public sealed class Speaker
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Job or role, as in the sources; null when not given.</summary>
    public string? Role { get; init; }
    /// <summary>Organisation, as in the sources; null when not given.</summary>
    public string? Organisation { get; init; }
    /// <summary>For instance "sous réserve"; null when confirmed or not said.</summary>
    public string? Status { get; init; }
    /// <summary>Id in <see cref="EventData.Organisations"/> when their organisation is one of the known ones.</summary>
    public string? OrganisationId { get; init; }
    /// <summary>What they did or presented there, in our words ("Discours de clôture."); null when not said.</summary>
    public string? Contribution { get; init; }
}

/// <summary>A downloadable document (bibliographie, programme, fiche, slides).</summary>
public sealed class Resource
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required string Kind { get; init; }
    public required string Description { get; init; }
    /// <summary>Size exactly as the source writes it ("1.03 Mo").</summary>
    public string? Size { get; init; }
    public string? Url { get; init; }
    public string? ParcoursId { get; init; }
    public string? EventId { get; init; }
}

/// <summary>A "fiche expérience": one initiative described for the Pop-Up.</summary>
public sealed class Fiche
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required string ParcoursId { get; init; }
    public required string Summary { get; init; }
    public IReadOnlyList<string> Facts { get; init; } = [];
    /// <summary>The downloadable fiche in <see cref="EventData.Resources"/>.</summary>
    public string? ResourceId { get; init; }
    /// <summary>People the fiche names (its leader…), with their role.</summary>
    public IReadOnlyList<Speaker> People { get; init; } = [];
}

/// <summary>A web link the sources give (webdoc, YouTube channel, ADULM dossier).</summary>
public sealed class Link
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required string Description { get; init; }
    public required string Url { get; init; }
    public string? ParcoursId { get; init; }
    public string? EventId { get; init; }
}

/// <summary>A photo or video the sources show, known by its caption only.</summary>
public sealed class Media
{
    public required string Caption { get; init; }
    public string? EventId { get; init; }
    public string? ParcoursId { get; init; }
    /// <summary>The place shown, when the caption names it ("La chaufferie - accueil du matin").</summary>
    public string? PlaceId { get; init; }
}

/// <summary>The PAQTE signed at the closing evening and its four axes.</summary>
public sealed class Paqte
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required string Summary { get; init; }
    public required string EventId { get; init; }
    public required IReadOnlyList<PaqteAxis> Axes { get; init; }
}

public sealed class PaqteAxis
{
    public required string Verb { get; init; }
    public required string Description { get; init; }
}

public sealed class Source
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required string LastModified { get; init; }
}
