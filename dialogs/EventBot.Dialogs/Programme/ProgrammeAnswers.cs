using EventBot.Dialogs.Replies;
using EventBot.Domain.Catalog;
using EventBot.Domain.Model;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Programme;

/// <summary>Answers about days and times: the week, a day, today, tonight, what comes next, when something happens.</summary>
public sealed class ProgrammeAnswers(EventData data)
{
    private readonly EventCatalog _catalog = EventCatalog.Of(data);

    private IReadOnlyList<DateOnly> WeekDays =>
        Enumerable.Range(0, data.Week.EndDate.DayNumber - data.Week.StartDate.DayNumber + 1)
            .Select(i => data.Week.StartDate.AddDays(i)).ToList();

    private string WeekDates => FrenchFormat.Dates(WeekDays);

    public IReadOnlyList<WeekEvent> EventsOn(DateOnly day) =>
        _catalog.EventsOn(day).OrderBy(e => e.StartTime ?? TimeOnly.MinValue).ToList();

    /// <summary>The whole week, day by day.</summary>
    public Reply Week(string? preface = null) =>
        preface is null ? SnapshotReplies.Get(data, new WeekProgramme(), _ => WeekWith(null)) : WeekWith(preface);

    /// <summary>The keys of the programmes that are the same for everyone (see <see cref="SnapshotReplies"/>).</summary>
    private sealed record WeekProgramme;

    private sealed record DayProgramme(DateOnly Day);

    private Reply WeekWith(string? preface)
    {
        var lines = WeekDays.Select(d => $"{FrenchFormat.DateCapitalised(d)} : {FrenchFormat.List(EventsOn(d).Select(e => e.Title).ToList())}");
        var text = (preface ?? ProgrammeTexts.Week(data.Week.Name, WeekDates, WeekDays.Count)) + "\n" + FrenchFormat.Bullets(lines) + "\n" + ProgrammeTexts.NoHours;
        var card = new InfoCard(ProgrammeTexts.WeekTitle).Subtitle($"{data.Week.Name}, {WeekDates}");
        foreach (var day in WeekDays)
        {
            card.Item(FrenchFormat.DateCapitalised(day), body: string.Join("\n", EventsOn(day).Select(e => e.Title)),
                query: $"{ProgrammeTexts.DayButton} {FrenchFormat.Date(day)}");
        }

        var programme = data.Resources.FirstOrDefault(r => r.Id == data.Week.ProgrammeResourceId);
        card.Note(ProgrammeTexts.NoHours).OpenUrl(ProgrammeTexts.DownloadProgramme, programme?.Url);
        return new Reply(text, card.Build(text), DaySuggestions(WeekDays));
    }

    /// <summary>The programme of the days asked; a day outside the week gets the week instead.</summary>
    public Reply Days(IReadOnlyList<DateOnly> days, string? prefix = null)
    {
        var inWeek = days.Where(d => d >= data.Week.StartDate && d <= data.Week.EndDate).Distinct().Order().ToList();
        if (inWeek.Count == 0)
        {
            return Week(ProgrammeTexts.OutsideWeek(FrenchFormat.Date(days[0]), WeekDates));
        }

        if (inWeek.Count > 1)
        {
            return Week();
        }

        return Day(inWeek[0], prefix);
    }

    /// <summary>The programme of a day: all its events, or <paramref name="only"/> these.</summary>
    public Reply Day(DateOnly day, string? prefix = null, IReadOnlyList<WeekEvent>? only = null) =>
        prefix is null && only is null ? SnapshotReplies.Get(data, new DayProgramme(day), key => DayWith(key.Day, null, null)) : DayWith(day, prefix, only);

    private Reply DayWith(DateOnly day, string? prefix, IReadOnlyList<WeekEvent>? only)
    {
        var events = only ?? EventsOn(day);
        var heading = prefix ?? $"{ProgrammeTexts.DayPrefix} {FrenchFormat.Date(day)} :";
        if (events.Count == 0)
        {
            return new Reply($"{heading}\n{ProgrammeTexts.NoEventThatDay}", null, DaySuggestions(WeekDays));
        }

        var lines = events.Select(e => $"{e.Title}{DayLabel(e, day)}{PlaceSuffix(e)} : {e.Summary}");
        var text = $"{heading}\n{FrenchFormat.Bullets(lines)}\n{HoursNote(events)}";
        var card = new InfoCard(FrenchFormat.DateCapitalised(day)).Subtitle(data.Week.Name);
        foreach (var e in events)
        {
            card.Item(e.Title + DayLabel(e, day), PlaceName(e), e.Summary, $"{ProgrammeTexts.SeeEvent} : {e.Title}");
        }

        card.Note(HoursNote(events));
        var neighbours = new[] { day.AddDays(-1), day.AddDays(1) }.Where(d => d >= data.Week.StartDate && d <= data.Week.EndDate);
        foreach (var d in neighbours)
        {
            card.Ask($"{FrenchFormat.Capitalise(FrenchFormat.ShortDate(d))}", $"{ProgrammeTexts.DayButton} {FrenchFormat.Date(d)}");
        }

        var suggestions = events.Any(e => data.Parcours.Any(p => p.EventId == e.Id))
            ? new List<string> { ProgrammeTexts.ParcoursButton }
            : [];
        suggestions.AddRange(DaySuggestions(neighbours.ToList()));
        return new Reply(text, card.Build(text), suggestions);
    }

    /// <summary>"Aujourd'hui", "maintenant", "ce soir".</summary>
    public Reply Now(DateTimeOffset localNow, RelativeDay? relative)
    {
        var today = DateOnly.FromDateTime(localNow.DateTime);
        if (today < data.Week.StartDate || today > data.Week.EndDate)
        {
            return Week(ProgrammeTexts.TodayOutsideWeek(FrenchFormat.Date(today), WeekDates, today > data.Week.EndDate));
        }

        if (relative == RelativeDay.Tonight)
        {
            var evening = EventsOn(today).Where(IsEvening).ToList();
            if (evening.Count == 0)
            {
                var closing = data.Events.Where(IsEvening).SelectMany(e => e.Dates).Order().Select(FrenchFormat.Date).FirstOrDefault();
                return Day(today, ProgrammeTexts.NoEveningToday(closing is null ? "" : $"le {closing}") + $"\n{ProgrammeTexts.Today}, {FrenchFormat.Date(today)} :");
            }

            return Day(today, ProgrammeTexts.Tonight(FrenchFormat.Date(today)), evening);
        }

        var prefix = relative == RelativeDay.Now
            ? ProgrammeTexts.NowDuring(FrenchFormat.Time(TimeOnly.FromDateTime(localNow.DateTime)))
            : $"{ProgrammeTexts.Today}, {FrenchFormat.Date(today)} :";
        return Day(today, prefix);
    }

    /// <summary>"Et après ?", "la veille ?": the day after (or before) the one last shown, or today.</summary>
    public Reply Next(DateTimeOffset localNow, DateOnly? lastShown, int step = 1)
    {
        var from = lastShown ?? DateOnly.FromDateTime(localNow.DateTime);
        if (from < data.Week.StartDate)
        {
            return Day(data.Week.StartDate);
        }

        // Without hours, what comes next on a day of the week is the rest of that day, then the next.
        if (lastShown is null && step > 0 && from <= data.Week.EndDate && EventsOn(from).Count > 0)
        {
            var today = Day(from, ProgrammeTexts.RestOfToday(FrenchFormat.Date(from)));
            return from < data.Week.EndDate
                ? today with { Suggestions = [$"{ProgrammeTexts.DayButton} {FrenchFormat.ShortDate(from.AddDays(1))}"] }
                : today;
        }

        var next = from.AddDays(step);
        if (step < 0)
        {
            return next < data.Week.StartDate ? Week() : Day(next);
        }

        if (next > data.Week.EndDate)
        {
            return Week(ProgrammeTexts.NextAfterWeek(WeekDates));
        }

        return Day(next, ProgrammeTexts.NextDay(FrenchFormat.Date(next)));
    }

    /// <summary>When an event happens; the hour only when the data gives one.</summary>
    public Reply When(WeekEvent e)
    {
        var text = ProgrammeTexts.When(e.Title, FrenchFormat.Dates(e.Dates)) + " " +
                   (e.StartTime is { } start ? ProgrammeTexts.WhenAt(FrenchFormat.Time(start)) : ProgrammeTexts.WhenHourUnknown);
        return new Reply(text, null, [$"{ProgrammeTexts.SeeEvent} : {e.Title}"]);
    }

    /// <summary>When a session with a known hour happens: its event's day and its hours.</summary>
    public Reply When(Session session, WeekEvent e)
    {
        var what = $"{Parcours.ParcoursTexts.Kind(session.Kind)} « {session.Title} »";
        var hours = session.StartTime is { } start
            ? session.EndTime is { } end
                ? ProgrammeTexts.WhenFromTo(FrenchFormat.Time(start), FrenchFormat.Time(end))
                : ProgrammeTexts.WhenAt(FrenchFormat.Time(start))
            : ProgrammeTexts.WhenHourUnknown;
        return new Reply(ProgrammeTexts.When(what, FrenchFormat.Dates(e.Dates)) + " " + hours, null, [$"{ProgrammeTexts.SeeEvent} : {e.Title}"]);
    }

    public Reply WhenWeek() =>
        new($"{ProgrammeTexts.Week(data.Week.Name, WeekDates, WeekDays.Count)} {ProgrammeTexts.NoHours}", null, DaySuggestions(WeekDays));

    private static bool IsEvening(WeekEvent e) =>
        e.Kind.Contains("soiree", StringComparison.OrdinalIgnoreCase) || e.Title.Contains("soirée", StringComparison.OrdinalIgnoreCase);

    private static string DayLabel(WeekEvent e, DateOnly day)
    {
        var sorted = e.Dates.Order().ToList();
        return ProgrammeTexts.EventDayLabel(sorted.IndexOf(day) + 1, sorted.Count);
    }

    private string? PlaceName(WeekEvent e)
    {
        var place = data.Places.FirstOrDefault(p => p.Id == e.PlaceId);
        return place is null ? null : place.City is null ? place.Name : $"{place.Name} ({place.City})";
    }

    private string PlaceSuffix(WeekEvent e) => PlaceName(e) is { } name ? $", {name}" : "";

    private static string HoursNote(IReadOnlyList<WeekEvent> events) =>
        events.All(e => e.StartTime is null) ? ProgrammeTexts.NoHours : "";

    private static List<string> DaySuggestions(IReadOnlyList<DateOnly> days) =>
        days.Select(d => $"{ProgrammeTexts.DayButton} {FrenchFormat.ShortDate(d)}").ToList();
}
