using System.Text.Json;
using System.Text.Json.Nodes;
using EventBot.Domain.Seeds;
using EventBot.Domain.SignUps;
using EventBot.Http;
using EventBot.LiveData;

namespace EventBot.Organisers;

/// <summary>
/// The event data, read and changed live by organisers (<see cref="LiveEventData"/>):
/// <c>GET /data</c> (version and data), <c>PUT /data</c> (the whole data, as the seed file), <c>PATCH /data/sessions/{id}</c>,
/// <c>/data/events/{id}</c> and <c>/data/places/{id}</c> (room, hours, place, address), <c>POST /data/resources</c> (one more
/// document), <c>POST /data/restore</c> (back to the previous version). Every change is validated as the seed file at
/// start-up: a 400 names each problem with its JSON path, and nothing is applied.
/// </summary>
public static class EventDataEndpoints
{
    /// <summary>Far above the seed file (about 50 KB).</summary>
    private const int MaxBodyBytes = 2 * 1024 * 1024;

    public sealed record DataVersion(long Version, bool HasPrevious);

    public sealed record Problem(string Path, string Message, long? Line, long? Position);

    /// <summary>What can be changed in each kind of thing: the facts the sources leave unknown.</summary>
    private static readonly (string Route, string Collection, string? Nested, string NoneSuch, string[] Fields)[] Editable =
    [
        ("sessions", "parcours", "sessions", "Aucune séance", ["room", "startTime", "endTime", "placeId"]),
        ("events", "events", null, "Aucun événement", ["startTime", "endTime", "placeId"]),
        ("places", "places", null, "Aucun lieu", ["address"]),
    ];

    public static RouteGroupBuilder MapEventData(this RouteGroupBuilder organisers)
    {
        organisers.MapGet("/data", (LiveEventData live) =>
            Results.Json(new JsonObject
            {
                ["version"] = live.Version,
                ["hasPrevious"] = live.HasPrevious,
                ["data"] = live.CurrentJson(),
            }));
        organisers.MapPut("/data", async (HttpRequest request, LiveEventData live) =>
        {
            var bytes = await BoundedBody.ReadAtMostAsync(request.Body, MaxBodyBytes, request.HttpContext.RequestAborted);
            return bytes is null
                ? Results.Problem(detail: EventDataTexts.TooLarge, statusCode: StatusCodes.Status413PayloadTooLarge)
                : Change(live, () => live.Replace(System.Text.Encoding.UTF8.GetString(bytes)));
        });
        foreach (var editable in Editable)
        {
            organisers.MapMethods($"/data/{editable.Route}/{{id}}", [HttpMethods.Patch], async (string id, HttpRequest request, LiveEventData live) =>
            {
                var (body, refused) = await ReadObjectAsync(request);
                return refused ?? Change(live, () => live.Edit(data => SetFields(data, editable, id, body!)));
            });
        }

        organisers.MapPost("/data/resources", async (HttpRequest request, LiveEventData live) =>
        {
            var (body, refused) = await ReadObjectAsync(request);
            return refused ?? Change(live, () => live.Edit(data => data["resources"]!.AsArray().Add(body)));
        });
        organisers.MapPost("/data/restore", (LiveEventData live) =>
        {
            try
            {
                return live.RestorePrevious() is { } version
                    ? Results.Ok(new DataVersion(version, live.HasPrevious))
                    : Results.Problem(detail: EventDataTexts.NoPrevious, statusCode: StatusCodes.Status409Conflict);
            }
            catch (StorageUnavailableException)
            {
                return Results.Problem(detail: EventDataTexts.Unavailable, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return organisers;
    }

    private static IResult Change(LiveEventData live, Func<long> change)
    {
        try
        {
            var version = change();
            return Results.Ok(new DataVersion(version, live.HasPrevious));
        }
        catch (EventDataException invalid)
        {
            var problems = invalid.Problems.Select(p => new Problem(p.Path, p.Message, p.Line, p.Position)).ToList();
            return Results.Problem(
                title: EventDataTexts.Refused,
                detail: string.Join(" ", invalid.Problems.Select(p => $"{p.Path} : {p.Message}.")),
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["problems"] = problems });
        }
        catch (DataEditRefusedException refused)
        {
            return Results.Problem(
                title: EventDataTexts.Refused,
                detail: refused.Message,
                statusCode: refused.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest);
        }
        catch (StorageUnavailableException)
        {
            return Results.Problem(detail: EventDataTexts.Unavailable, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<(JsonObject? Body, IResult? Refused)> ReadObjectAsync(HttpRequest request)
    {
        var bytes = await BoundedBody.ReadAtMostAsync(request.Body, MaxBodyBytes, request.HttpContext.RequestAborted);
        if (bytes is null)
        {
            return (null, Results.Problem(detail: EventDataTexts.TooLarge, statusCode: StatusCodes.Status413PayloadTooLarge));
        }

        try
        {
            if (JsonNode.Parse(bytes) is JsonObject body)
            {
                return (body, null);
            }
        }
        catch (JsonException)
        {
            // Said below, as for any body that is not an object.
        }

        return (null, Results.Problem(title: EventDataTexts.Refused, detail: EventDataTexts.NotAnObject, statusCode: StatusCodes.Status400BadRequest));
    }

    /// <summary>Sets (or, with null, removes) the given fields of the thing with that id.</summary>
    private static void SetFields(
        JsonObject data, (string Route, string Collection, string? Nested, string NoneSuch, string[] Fields) editable, string id, JsonObject body)
    {
        if (body.Count == 0)
        {
            throw new DataEditRefusedException(EventDataTexts.EmptyEdit, notFound: false);
        }

        if (body.Select(p => p.Key).FirstOrDefault(k => !editable.Fields.Contains(k)) is { } unknown)
        {
            throw new DataEditRefusedException(EventDataTexts.UnknownField(unknown, editable.Fields), notFound: false);
        }

        var items = data[editable.Collection]!.AsArray().Select(n => n!.AsObject());
        if (editable.Nested is { } nested)
        {
            items = items.SelectMany(parent => parent[nested]!.AsArray().Select(n => n!.AsObject()));
        }

        var target = items.FirstOrDefault(item => (string?)item["id"] == id)
                     ?? throw new DataEditRefusedException(EventDataTexts.NotFound(editable.NoneSuch, id), notFound: true);
        foreach (var (field, value) in body)
        {
            if (value is null)
            {
                target.Remove(field);
            }
            else
            {
                target[field] = value.DeepClone();
            }
        }
    }
}
