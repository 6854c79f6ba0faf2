using EventBot.Domain.Model;

namespace EventBot.Domain.Catalog;

/// <summary>A day of the week with every event running that day (multi-day events appear on each of their days).</summary>
public sealed record WeekDay(DateOnly Date, IReadOnlyList<WeekEvent> Events);

/// <summary>A session together with the parcours it belongs to.</summary>
public sealed record SessionInParcours(Session Session, Parcours Parcours);

/// <summary>
/// One time someone speaks: at an event directly (<see cref="Session"/> null) or in a session of a parcours.
/// <see cref="Speaker"/> carries the role and organisation given for that appearance.
/// </summary>
public sealed record SpeakerAppearance(Speaker Speaker, WeekEvent Event, Parcours? Parcours, Session? Session);

/// <summary>Someone who speaks during the week, with all their appearances.</summary>
public sealed record SpeakerEntry(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<SpeakerAppearance> Appearances);
