using EventBot.Domain.Catalog;
using EventBot.Domain.Model;

namespace EventBot.Domain.Reminders;

/// <summary>
/// When a reminder goes, computed from the event data of the moment (so a live update of an hour moves it).
/// <see cref="Start"/> is null when the data gives no hour: the reminder then goes the evening before and the
/// text says the hour is not known; nothing is guessed.
/// </summary>
/// <param name="Title">How the texts name the target ("l'atelier « … »", "le parcours Emergence du Pop-Up dév éco").</param>
/// <param name="Day">The day it takes place, in the event's time zone.</param>
/// <param name="Start">Its start, when the data gives the hour.</param>
/// <param name="DueAt">When the reminder should go.</param>
/// <param name="ExpiresAt">After this the reminder is useless and is dropped: the end (or, without one, the start) of
/// a session with an hour; the end of the day for one without.</param>
/// <param name="Place">Where, as the data says it (place and room), or null.</param>
public sealed record ReminderTime(string Title, DateOnly Day, DateTimeOffset? Start, DateTimeOffset DueAt, DateTimeOffset ExpiresAt, string? Place)
{
    /// <summary>The event's time zone: the data's dates and hours are Lille's.</summary>
    public static readonly TimeZoneInfo EventTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public bool HourKnown => Start is not null;

    /// <summary>The reminder's time for <paramref name="target"/> in <paramref name="data"/>, or null when the target is not in the data.</summary>
    /// <param name="now">Chooses the day of an event that spans several: the first that is not over.</param>
    public static ReminderTime? Compute(EventData data, ReminderTarget target, TimeSpan lead, ReminderOptions options, DateTimeOffset now) =>
        Compute(EventCatalog.Of(data), target, lead, options, now);

    /// <summary>As above, over a catalog already built (the scheduler builds one per round, not one per reminder).</summary>
    public static ReminderTime? Compute(EventCatalog catalog, ReminderTarget target, TimeSpan lead, ReminderOptions options, DateTimeOffset now)
    {
        var found = Find(catalog, target, now);
        if (found is null)
        {
            return null;
        }

        var (title, day, start, end, place) = found.Value;
        if (start is { } hour)
        {
            var startsAt = At(day, hour);
            var endsAt = end is { } until && until > hour ? At(day, until) : startsAt;
            return new ReminderTime(title, day, startsAt, startsAt - lead, endsAt, place);
        }

        return new ReminderTime(title, day, null, At(day.AddDays(-1), options.EveningBeforeAt), At(day.AddDays(1), TimeOnly.MinValue), place);
    }

    /// <summary>A local date and hour in Lille, as an instant (summer or winter time as it was that day).</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, EventTimeZone.GetUtcOffset(local));
    }

    /// <summary>The day <paramref name="instant"/> falls on in Lille.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, EventTimeZone).DateTime);

    private static (string Title, DateOnly Day, TimeOnly? Start, TimeOnly? End, string? Place)? Find(EventCatalog catalog, ReminderTarget target, DateTimeOffset now)
    {
        switch (target.Kind)
        {
            case ReminderTargetKind.Session when catalog.Session(target.Id) is { } found:
            {
                var weekEvent = catalog.Event(found.Parcours.EventId);
                if (weekEvent is null)
                {
                    return null;
                }

                var session = found.Session;
                var place = PlaceText(catalog, session.PlaceId ?? weekEvent.PlaceId, session.Room);
                return (ReminderTexts.SessionTitle(session, found.Parcours), DayOf(weekEvent, now), session.StartTime, session.EndTime, place);
            }

            case ReminderTargetKind.Parcours when catalog.Parcours(target.Id) is { } parcours:
            {
                var weekEvent = catalog.Event(parcours.EventId);
                if (weekEvent is null)
                {
                    return null;
                }

                // The parcours starts when its event does (the morning welcome); failing that, with its first
                // session, but only when every session has an hour: an unknown one might come first.
                var sessions = parcours.Sessions;
                var allTimed = sessions.Count > 0 && sessions.All(s => s.StartTime is not null);
                var start = weekEvent.StartTime ?? (allTimed ? sessions.Min(s => s.StartTime) : null);
                var end = weekEvent.EndTime ?? (sessions.Count > 0 && sessions.All(s => s.EndTime is not null) ? sessions.Max(s => s.EndTime) : null);
                return (ReminderTexts.ParcoursTitle(parcours, weekEvent), DayOf(weekEvent, now), start, end, PlaceText(catalog, weekEvent.PlaceId, null));
            }

            case ReminderTargetKind.Event when catalog.Event(target.Id) is { } weekEvent:
                return (ReminderTexts.EventTitle(weekEvent), DayOf(weekEvent, now), weekEvent.StartTime, weekEvent.EndTime, PlaceText(catalog, weekEvent.PlaceId, null));

            default:
                return null;
        }
    }

    private static DateOnly DayOf(WeekEvent weekEvent, DateTimeOffset now)
    {
        var today = DayOf(now);
        var days = weekEvent.Dates.Order().ToList();
        return days.FirstOrDefault(d => d >= today, days[^1]);
    }

    private static string? PlaceText(EventCatalog catalog, string? placeId, string? room)
    {
        var place = placeId is null ? null : catalog.Place(placeId);
        return (place?.Name, room) switch
        {
            (null, null) => null,
            ({ } name, null) => name,
            (null, { } r) => r,
            ({ } name, { } r) => $"{name}, {r}",
        };
    }
}
