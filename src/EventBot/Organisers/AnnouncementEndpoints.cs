using System.Text.Json;
using EventBot.Domain.Outreach;
using EventBot.Http;

namespace EventBot.Organisers;

/// <summary>
/// <c>POST /api/organisers/announcements</c> queues an announcement (202 with its id and recipient count, 400 in French
/// when refused); <c>GET /api/organisers/announcements/{id}</c> is its delivery report, <c>GET …/announcements</c> the list.
/// Recipients appear by user key only.
/// </summary>
public static class AnnouncementEndpoints
{
    /// <summary>Far above the longest text allowed; a larger body is refused unread.</summary>
    private const int MaxBodyBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The body, as typed by the organiser.</summary>
    public sealed record AnnouncementBody(string? Text, string? Parcours, string? Day, string? SendAt, string? Audience);

    public sealed record Accepted(string Id, int Recipients, DateTimeOffset SendAt);

    public sealed record Summary(
        string Id, string Text, string? ParcoursId, string? Day, string Audience, DateTimeOffset CreatedAt, DateTimeOffset SendAt,
        int Recipients, IReadOnlyDictionary<string, int> Counts);

    public sealed record RecipientStatus(string Recipient, string Status, int Attempts, DateTimeOffset? SentAt, string? Error);

    public sealed record Report(
        string Id, string Text, string? ParcoursId, string? Day, string Audience, DateTimeOffset CreatedAt, DateTimeOffset SendAt,
        int Recipients, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<RecipientStatus> Deliveries);

    public static RouteGroupBuilder MapAnnouncements(this RouteGroupBuilder organisers)
    {
        organisers.MapPost("/announcements", CreateAsync);
        organisers.MapGet("/announcements", (AnnouncementService announcements) =>
            Results.Ok(announcements.All().Select(a => ToSummary(announcements.Report(a.Id)!)).ToList()));
        organisers.MapGet("/announcements/{id}", (string id, AnnouncementService announcements) =>
            announcements.Report(id) is { } report
                ? Results.Ok(ToReport(report))
                : Results.Problem(detail: $"Aucune annonce n'a l'identifiant « {id} ».", statusCode: StatusCodes.Status404NotFound));
        return organisers;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, AnnouncementService announcements)
    {
        var bytes = await BoundedBody.ReadAtMostAsync(request.Body, MaxBodyBytes, request.HttpContext.RequestAborted);
        if (bytes is null)
        {
            return Refused(["La requête est trop grande."], StatusCodes.Status413PayloadTooLarge);
        }

        AnnouncementBody? body;
        try
        {
            body = JsonSerializer.Deserialize<AnnouncementBody>(bytes, Json);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return Refused([
                "Le corps de la requête doit être un objet JSON, par exemple {\"text\": \"La salle a changé\", \"parcours\": \"Emergence\"} " +
                "(champs texte : text, parcours, day, sendAt, audience)."]);
        }

        var (announcement, errors) = announcements.Create(new AnnouncementRequest(body.Text, body.Parcours, body.Day, body.SendAt, body.Audience));
        return announcement is null
            ? Refused(errors)
            : Results.Accepted(
                $"{OrganiserApiExtensions.Prefix}/announcements/{announcement.Id}",
                new Accepted(announcement.Id, announcement.RecipientCount, announcement.SendAt));
    }

    private static IResult Refused(IReadOnlyList<string> errors, int status = StatusCodes.Status400BadRequest) =>
        Results.Problem(
            title: "Annonce refusée",
            detail: string.Join(" ", errors),
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    private static Summary ToSummary(AnnouncementReport report)
    {
        var a = report.Announcement;
        return new Summary(a.Id, a.Text, a.ParcoursId, Day(a), Audience(a.Audience), a.CreatedAt, a.SendAt, a.RecipientCount, Counts(report));
    }

    private static Report ToReport(AnnouncementReport report)
    {
        var a = report.Announcement;
        return new Report(
            a.Id, a.Text, a.ParcoursId, Day(a), Audience(a.Audience), a.CreatedAt, a.SendAt, a.RecipientCount, Counts(report),
            report.Deliveries.Select(d => new RecipientStatus(d.RecipientKey, Status(d.Status), d.Attempts, d.SentAt, d.Error)).ToList());
    }

    /// <summary>Every status, zeros included, so that a page can read any count.</summary>
    private static Dictionary<string, int> Counts(AnnouncementReport report) =>
        report.Counts.ToDictionary(pair => Status(pair.Key), pair => pair.Value);

    private static string Status(DeliveryStatus status) => status.ToString().ToLowerInvariant();

    private static string? Day(Announcement announcement) => announcement.Day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Said back as the organiser says it.</summary>
    private static string Audience(AnnouncementAudience audience) => audience switch
    {
        AnnouncementAudience.SignedUp => "inscrits",
        AnnouncementAudience.Waiting => "attente",
        _ => "tous",
    };
}
