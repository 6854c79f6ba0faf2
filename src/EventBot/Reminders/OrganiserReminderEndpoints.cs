using System.Globalization;
using System.Text;
using EventBot.Domain.Catalog;
using EventBot.Domain.Reminders;
using EventBot.Domain.SignUps;
using EventBot.Domain.Store;
using Microsoft.Extensions.Options;

namespace EventBot.Reminders;

/// <summary>
/// <c>POST /api/organisers/reminders</c>: a reminder of a session, a parcours or an event, for the people signed up
/// (confirmed) to the parcours of the session or parcours, or for everyone signed up when it is an event of the week.
/// One reminder per person and target: it replaces the person's own reminder for the same thing.
/// </summary>
public static class OrganiserReminderEndpoints
{
    public const int MaxNoteLength = 500;

    /// <param name="Target">A session, parcours or event: its id, name or title (any case or accents).</param>
    /// <param name="LeadMinutes">How long before the start, when the data gives the hour; the default lead otherwise.</param>
    /// <param name="Note">A line from the organisers added to the reminder.</param>
    public sealed record ReminderRequest(string? Target, int? LeadMinutes, string? Note);

    public sealed record TargetInfo(string Kind, string Id, string Title);

    /// <param name="Recipients">People the reminder was scheduled for.</param>
    /// <param name="AlreadySent">Of those, people who had already been sent this reminder: not sent again.</param>
    /// <param name="Stopped">Of those, people who said "stop rappels": held back until they take it back.</param>
    /// <param name="HourKnown">False: the data has no hour, the reminder goes the evening before.</param>
    public sealed record ReminderScheduled(TargetInfo Target, int Recipients, int AlreadySent, int Stopped, DateTimeOffset DueAt, bool HourKnown);

    public static RouteGroupBuilder MapOrganiserReminders(this RouteGroupBuilder organisers)
    {
        organisers.MapPost("/reminders", Schedule);
        return organisers;
    }

    private static IResult Schedule(
        ReminderRequest? request,
        IEventDataProvider eventData,
        ISignUpService signUps,
        IReminderStore reminders,
        IOptions<ReminderOptions> options,
        TimeProvider clock)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Target))
        {
            return Problem(ReminderApiTexts.MissingTarget);
        }

        if (request.LeadMinutes is { } minutes && (minutes < 1 || TimeSpan.FromMinutes(minutes) > Language.Reminders.ReminderRequestRecognizer.MaxLead))
        {
            return Problem(ReminderApiTexts.BadLead);
        }

        var note = request.Note?.Trim();
        if (note is { Length: > MaxNoteLength })
        {
            return Problem(ReminderApiTexts.NoteTooLong(MaxNoteLength));
        }

        var catalog = EventCatalog.Of(eventData.Current);
        if (Resolve(catalog, request.Target) is not { } found)
        {
            return Problem(ReminderApiTexts.UnknownTarget(request.Target.Trim()));
        }

        var (target, title, parcoursId) = found;
        var now = clock.GetUtcNow();
        var lead = request.LeadMinutes is { } m ? TimeSpan.FromMinutes(m) : (TimeSpan?)null;
        var time = ReminderTime.Compute(catalog.Data, target, lead ?? options.Value.DefaultLeadTime, options.Value, now)!;
        if (now >= time.ExpiresAt)
        {
            return Problem(ReminderApiTexts.Over(title));
        }

        var people = signUps.All()
            .Where(s => s.Status == SignUpStatus.Confirmed && (parcoursId is null || s.ParcoursId == parcoursId))
            .Select(s => s.UserKey)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var stopped = reminders.StoppedUsers();
        var alreadySent = 0;
        foreach (var userKey in people)
        {
            var saved = reminders.Save(new Reminder(
                Reminder.IdFor(userKey, target), userKey, target, lead, ReminderOrigin.Organiser, ReminderStatus.Pending, now,
                Note: string.IsNullOrEmpty(note) ? null : note));
            alreadySent += saved.Status == ReminderStatus.Pending ? 0 : 1;
        }

        var result = new ReminderScheduled(
            new TargetInfo(target.Kind.ToString().ToLowerInvariant(), target.Id, title),
            people.Count,
            alreadySent,
            people.Count(stopped.Contains),
            time.DueAt,
            time.HourKnown);
        return Results.Json(result, statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>By id first, then by name, title or alias; sessions, then parcours, then events.</summary>
    private static (ReminderTarget Target, string Title, string? ParcoursId)? Resolve(EventCatalog catalog, string typed)
    {
        var key = Fold(typed);
        bool Named(string id, string name, IEnumerable<string> aliases) =>
            Fold(id) == key || Fold(name) == key || aliases.Any(a => Fold(a) == key);

        if (catalog.Sessions.FirstOrDefault(s => Named(s.Session.Id, s.Session.Title, s.Session.Aliases)) is { } session)
        {
            return (new ReminderTarget(ReminderTargetKind.Session, session.Session.Id), session.Session.Title, session.Parcours.Id);
        }

        if (catalog.Data.Parcours.FirstOrDefault(p => Named(p.Id, p.Name, p.Aliases)) is { } parcours)
        {
            return (new ReminderTarget(ReminderTargetKind.Parcours, parcours.Id), parcours.Name, parcours.Id);
        }

        if (catalog.Data.Events.FirstOrDefault(e => Named(e.Id, e.Title, e.Aliases)) is { } weekEvent)
        {
            return (new ReminderTarget(ReminderTargetKind.Event, weekEvent.Id), weekEvent.Title, null);
        }

        return null;
    }

    private static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Replace('’', '\'').Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
    }

    private static IResult Problem(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
