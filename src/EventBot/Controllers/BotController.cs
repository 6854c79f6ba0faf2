using EventBot.Adapters;
using EventBot.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EventBot.Controllers;

/// <summary>
/// The Bot Framework endpoint. The body is read and checked once, before the adapter runs the turn, so that a
/// malformed request gets a 400 (or 413) that says why in French rather than an empty error.
/// </summary>
[ApiController]
[Route("api/messages")]
public sealed class BotController(EventBotAdapter adapter, IBot bot, ILogger<BotController> logger) : ControllerBase
{
    /// <summary>An activity is a few kilobytes; 256 KB leaves room for attachments sent inline.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    [HttpPost]
    [RequestSizeLimit(MaxActivityBytes)]
    public async Task<IActionResult> PostAsync(CancellationToken cancellationToken)
    {
        if (Request.ContentLength > MaxActivityBytes)
        {
            return TooLarge();
        }

        byte[]? body;
        try
        {
            body = await BoundedBody.ReadAtMostAsync(Request.Body, MaxActivityBytes, cancellationToken);
        }
        catch (BadHttpRequestException tooLargeForKestrel) when (tooLargeForKestrel.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        if (body is null)
        {
            return TooLarge();
        }

        if (FindProblem(body, out var activity) is { } problem)
        {
            return Problem(title: "Activité invalide", detail: problem, statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            await adapter.ProcessAsync(activity!, Request, Response, bot, cancellationToken);
        }
        catch (ArgumentException malformedToken) when (!Response.HasStarted)
        {
            // The adapter answers 401 to a token it can read and refuses, but lets a token it cannot even parse
            // (IdentityModel's SecurityTokenMalformedException is an ArgumentException) escape as a 500.
            logger.LogWarning("Request refused: malformed Authorization token ({Reason}).", malformedToken.GetType().Name);
            return Problem(
                title: "Authentification refusée",
                detail: "Le jeton d'authentification du canal est invalide.",
                statusCode: StatusCodes.Status401Unauthorized);
        }
        catch (InvalidOperationException noSigningKeys) when (!Response.HasStarted)
        {
            // IdentityModel could not fetch the Bot Framework's signing keys: no token can be checked, a valid one
            // included, so this is the bot's outage (503, the channel retries), not the caller's fault.
            logger.LogError(noSigningKeys, "Channel tokens cannot be checked: the Bot Framework's signing keys are unreachable.");
            Response.Headers.RetryAfter = "30";
            return Problem(
                title: "Service momentanément indisponible",
                detail: "L'authentification du canal ne peut pas être vérifiée pour le moment. Réessayez dans quelques instants.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return new EmptyResult();
    }

    private ObjectResult TooLarge() => Problem(
        title: "Activité trop volumineuse",
        detail: $"Le corps de la requête dépasse {MaxActivityBytes / 1024} Ko.",
        statusCode: StatusCodes.Status413PayloadTooLarge);
    /// <summary>
    /// Why the body is not an activity, or null if it is one, then in <paramref name="activity"/>. Read with the
    /// adapter's own serializer, so that what passes here is what the adapter would have read.
    /// </summary>
    private static string? FindProblem(byte[] body, out Activity? activity)
    {
        activity = null;
        var read = WellFormedActivity.Read(body);
        if (read is null && FindMalformation(body, out read) is { } malformation)
        {
            return malformation;
        }

        // The state of a turn is keyed by channel and conversation, and replies go to serviceUrl: without them the
        // turn could only fail.
        if (string.IsNullOrWhiteSpace(read!.ChannelId))
        {
            return "L'activité doit indiquer son canal (« channelId »).";
        }

        if (string.IsNullOrWhiteSpace(read.Conversation?.Id))
        {
            return "L'activité doit indiquer sa conversation (« conversation.id »).";
        }

        if (string.IsNullOrWhiteSpace(read.ServiceUrl) && read.DeliveryMode != DeliveryModes.ExpectReplies)
        {
            return "L'activité doit indiquer où envoyer les réponses (« serviceUrl »), sauf en « expectReplies ».";
        }

        if (read.ServiceUrl is not null
            && !(Uri.TryCreate(read.ServiceUrl, UriKind.Absolute, out var serviceUrl) && serviceUrl.Scheme is "http" or "https"))
        {
            return "« serviceUrl » doit être une adresse http ou https complète.";
        }

        activity = read;
        return null;
    }

    /// <summary>
    /// For a body <see cref="WellFormedActivity"/> refused: what is wrong with it, read as JSON step by step (or null, and
    /// the activity, if it is one after all).
    /// </summary>
    private static string? FindMalformation(byte[] body, out Activity? activity)
    {
        activity = null;
        JToken json;
        try
        {
            // Dates stay strings here, as the adapter reads them: only the shape is checked.
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body))) { DateParseHandling = DateParseHandling.None };
            json = JToken.ReadFrom(reader);

            // Past the root value, the reader skips comments and throws on anything else.
            while (reader.Read())
            {
            }
        }
        catch (JsonException)
        {
            return "Le corps de la requête n'est pas du JSON valide.";
        }

        if (json is not JObject fields)
        {
            return "Le corps de la requête doit être un objet JSON (une activité).";
        }

        if (fields["type"] is not JValue { Type: JTokenType.String, Value: string type } || string.IsNullOrWhiteSpace(type))
        {
            return "L'activité doit avoir un champ « type » (par exemple « message »).";
        }

        try
        {
            activity = fields.ToObject<Activity>(HttpHelper.BotMessageSerializer)!;
        }
        catch (JsonException)
        {
            return "Un champ de l'activité n'a pas la forme attendue par le Bot Framework.";
        }

        return null;
    }
}
