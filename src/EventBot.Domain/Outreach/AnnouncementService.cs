using System.Globalization;
using System.Text;
using EventBot.Domain.Model;
using EventBot.Domain.SignUps;
using EventBot.Domain.Store;

namespace EventBot.Domain.Outreach;

/// <summary>What an organiser asks for, as typed (API body or chat command); every field is checked by <see cref="AnnouncementService"/>.</summary>
/// <param name="Parcours">A parcours id or name, any case or accents; null for every parcours.</param>
/// <param name="Day">yyyy-MM-dd, a day of the week; null for every day.</param>
/// <param name="SendAt">ISO 8601; without an offset, Paris time; null or past: at once.</param>
/// <param name="Audience">"inscrits", "attente" or "tous"; null: "tous" without parcours and day, else "inscrits".</param>
public sealed record AnnouncementRequest(
    string? Text,
    string? Parcours = null,
    string? Day = null,
    string? SendAt = null,
    string? Audience = null);

/// <summary>Who an announcement reaches and when, once the request is checked.</summary>
public sealed record AnnouncementPlan(
    string Text,
    string? ParcoursId,
    DateOnly? Day,
    AnnouncementAudience Audience,
    DateTimeOffset SendAt,
    IReadOnlyList<string> RecipientKeys);

/// <summary>The plan, or the French reasons it is refused.</summary>
public sealed record AnnouncementCheck(AnnouncementPlan? Plan, IReadOnlyList<string> Errors);

/// <summary>The delivery report of an announcement: counts per status and each recipient's status, by user key only.</summary>
public sealed record AnnouncementReport(
    Announcement Announcement,
    IReadOnlyDictionary<DeliveryStatus, int> Counts,
    IReadOnlyList<Delivery> Deliveries);

/// <summary>
/// Turns an organiser's request into one outbox message per person: checks it, finds the people (sign-ups of a
/// parcours or a day, its waiting list, or everyone the bot can write to), keeps the announcement and queues the batch.
/// The organisers' API and their chat command both go through here.
/// </summary>
public sealed class AnnouncementService(
    IEventDataProvider eventData,
    ISignUpService signUps,
    IReachablePeople reachable,
    IOutbox outbox,
    IAnnouncementStore announcements,
    TimeProvider clock)
{
    /// <summary>Long enough for any notice; Teams and Web Chat show it whole.</summary>
    public const int MaxTextLength = 2000;

    private static readonly TimeZoneInfo EventTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Checks the request and finds its recipients, without queuing anything (a chat command shows this before confirming).</summary>
    public AnnouncementCheck Check(AnnouncementRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var data = eventData.Current;
        var errors = new List<string>();

        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(AnnouncementTexts.EmptyText);
        }
        else if (text.Length > MaxTextLength)
        {
            errors.Add(AnnouncementTexts.TooLong(MaxTextLength));
        }

        Parcours? parcours = null;
        if (!string.IsNullOrWhiteSpace(request.Parcours))
        {
            parcours = FindParcours(data, request.Parcours);
            if (parcours is null)
            {
                errors.Add(AnnouncementTexts.UnknownParcours(request.Parcours.Trim(), data.Parcours.Select(p => p.Name)));
            }
        }

        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(request.Day))
        {
            if (!DateOnly.TryParseExact(request.Day.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                errors.Add(AnnouncementTexts.BadDay);
            }
            else if (parsed < data.Week.StartDate || parsed > data.Week.EndDate)
            {
                errors.Add(AnnouncementTexts.DayOutsideWeek(Say(data.Week.StartDate), Say(data.Week.EndDate)));
            }
            else
            {
                day = parsed;
            }
        }

        var now = clock.GetUtcNow();
        var sendAt = now;
        if (!string.IsNullOrWhiteSpace(request.SendAt))
        {
            if (ParseSendAt(request.SendAt.Trim()) is { } parsed)
            {
                sendAt = parsed > now ? parsed : now;
            }
            else
            {
                errors.Add(AnnouncementTexts.BadSendAt);
            }
        }

        AnnouncementAudience? audience = null;
        if (!string.IsNullOrWhiteSpace(request.Audience))
        {
            audience = ParseAudience(request.Audience);
            if (audience is null)
            {
                errors.Add(AnnouncementTexts.BadAudience);
            }
        }

        // The day narrows the parcours: those that take place that day (the six parcours are all on the Pop-Up's day).
        var dayParcours = day is { } d ? data.Parcours.Where(p => IsOn(data, p, d)).ToList() : null;
        if (day is { } theDay && parcours is not null && !dayParcours!.Contains(parcours))
        {
            errors.Add(AnnouncementTexts.ParcoursNotThatDay(parcours.Name, Say(theDay)));
        }
        else if (day is { } someDay && dayParcours!.Count == 0)
        {
            errors.Add(AnnouncementTexts.NoParcoursThatDay(Say(someDay)));
        }

        if (errors.Count > 0)
        {
            return new AnnouncementCheck(null, errors);
        }

        var bySignUp = parcours is not null || day is not null || audience is AnnouncementAudience.SignedUp or AnnouncementAudience.Waiting;
        var chosenAudience = audience ?? (bySignUp ? AnnouncementAudience.SignedUp : AnnouncementAudience.Everyone);
        IReadOnlyList<string> recipients;
        if (bySignUp)
        {
            var parcoursIds = parcours is not null ? [parcours.Id] : (dayParcours ?? data.Parcours.ToList()).Select(p => p.Id).ToHashSet();
            recipients = signUps.All()
                .Where(s => parcoursIds.Contains(s.ParcoursId) && IsIn(s, chosenAudience))
                .Select(s => s.UserKey)
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }
        else
        {
            recipients = reachable.UserKeys().Distinct(StringComparer.Ordinal).ToList();
        }

        return new AnnouncementCheck(new AnnouncementPlan(text, parcours?.Id, day, chosenAudience, sendAt, recipients), []);
    }

    /// <summary>Checks the request, keeps the announcement and queues one message per recipient; the errors when refused.</summary>
    public (Announcement? Announcement, IReadOnlyList<string> Errors) Create(AnnouncementRequest request)
    {
        var check = Check(request);
        if (check.Plan is not { } plan)
        {
            return (null, check.Errors);
        }

        var announcement = new Announcement(
            Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
            plan.Text,
            plan.ParcoursId,
            plan.Day,
            plan.Audience,
            clock.GetUtcNow(),
            plan.SendAt,
            plan.RecipientKeys.Count);

        // Kept before queuing: a crash in between leaves an announcement reported with nobody queued, never messages without one.
        announcements.Add(announcement);
        outbox.Enqueue(plan.RecipientKeys.Select(key => new OutgoingMessage(
            MessageId(announcement.Id, key),
            key,
            AnnouncementTexts.Message(plan.Text),
            plan.SendAt,
            BatchId: announcement.Id)));
        return (announcement, []);
    }

    /// <summary>The announcement and where each of its messages stands; null for an unknown id.</summary>
    public AnnouncementReport? Report(string id)
    {
        if (announcements.Find(id) is not { } announcement)
        {
            return null;
        }

        var deliveries = outbox.Batch(announcement.Id);
        var counts = Enum.GetValues<DeliveryStatus>().ToDictionary(status => status, status => deliveries.Count(d => d.Status == status));
        return new AnnouncementReport(announcement, counts, deliveries);
    }

    /// <summary>Every announcement, newest first.</summary>
    public IReadOnlyList<Announcement> All() => announcements.All();

    public static string MessageId(string announcementId, string recipientKey) => $"announcement:{announcementId}:{recipientKey}";

    private static bool IsIn(SignUp signUp, AnnouncementAudience audience) => audience switch
    {
        AnnouncementAudience.SignedUp => signUp.Status == SignUpStatus.Confirmed,
        AnnouncementAudience.Waiting => signUp.Status == SignUpStatus.Waiting,
        _ => true,
    };

    private static bool IsOn(EventData data, Parcours parcours, DateOnly day) =>
        data.Events.FirstOrDefault(e => e.Id == parcours.EventId)?.Dates.Contains(day) == true;

    private static Parcours? FindParcours(EventData data, string typed)
    {
        var key = Fold(typed);
        return data.Parcours.FirstOrDefault(p => Fold(p.Id) == key || Fold(p.Name) == key || p.Aliases.Any(a => Fold(a) == key));
    }

    private static AnnouncementAudience? ParseAudience(string typed) => Fold(typed) switch
    {
        "inscrits" or "inscrit" or "inscrites" => AnnouncementAudience.SignedUp,
        "attente" or "liste d'attente" or "en attente" => AnnouncementAudience.Waiting,
        "tous" or "tout le monde" => AnnouncementAudience.Everyone,
        _ => null,
    };

    /// <summary>An instant with an offset as given; a date and time without one is Paris time.</summary>
    private static DateTimeOffset? ParseSendAt(string typed)
    {
        if (!DateTime.TryParse(typed, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return null;
        }

        return parsed.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(parsed, EventTimeZone.GetUtcOffset(parsed))
            : DateTimeOffset.Parse(typed, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }

    private static string Say(DateOnly day) => day.ToString("dddd d MMMM yyyy", French);

    /// <summary>Lower case, without accents or surrounding spaces: "Émergence " and "emergence" are one name.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            folded.Append(c == '’' ? '\'' : c);
        }

        return folded.ToString();
    }
}
