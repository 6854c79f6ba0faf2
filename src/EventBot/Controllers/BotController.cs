using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EventBot.Controllers;

/// <summary>
/// The Bot Framework endpoint. The body is checked before the adapter sees it, so that a malformed request
/// gets a 400 (or 413) that says why in French rather than an empty error.
/// </summary>
[ApiController]
[Route("api/messages")]
public sealed class BotController(IBotFrameworkHttpAdapter adapter, IBot bot) : ControllerBase
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

        // Buffered so that the adapter can read the body again after the check.
        Request.EnableBuffering();
        byte[]? body;
        try
        {
            body = await ReadAtMostAsync(Request.Body, MaxActivityBytes, cancellationToken);
        }
        catch (BadHttpRequestException tooLargeForKestrel) when (tooLargeForKestrel.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        if (body is null)
        {
            return TooLarge();
        }

        if (FindProblem(body) is { } problem)
        {
            return Problem(title: "Activité invalide", detail: problem, statusCode: StatusCodes.Status400BadRequest);
        }

        Request.Body.Position = 0;
        await adapter.ProcessAsync(Request, Response, bot, cancellationToken);
        return new EmptyResult();
    }

    private ObjectResult TooLarge() => Problem(
        title: "Activité trop volumineuse",
        detail: $"Le corps de la requête dépasse {MaxActivityBytes / 1024} Ko.",
        statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>
    /// The body, or null when it is longer than <paramref name="limit"/>: a chunked request has no
    /// Content-Length, and the test server enforces no size limit.
    /// </summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Why the body is not an activity, or null if it is one. Parsed with Newtonsoft.Json, the parser the
    /// adapter uses, so that both agree on what is valid JSON.
    /// </summary>
    private static string? FindProblem(byte[] body)
    {
        JToken json;
        try
        {
            using var reader = new StreamReader(new MemoryStream(body));
            json = JToken.Parse(reader.ReadToEnd());
        }
        catch (JsonException)
        {
            return "Le corps de la requête n'est pas du JSON valide.";
        }

        if (json is not JObject activity)
        {
            return "Le corps de la requête doit être un objet JSON (une activité).";
        }

        return activity["type"] is JValue { Type: JTokenType.String, Value: string type } && !string.IsNullOrWhiteSpace(type)
            ? null
            : "L'activité doit avoir un champ « type » (par exemple « message »).";
    }
}
