using EventBot.Http;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EventBot.DirectLine;

/// <summary>
/// What the Direct Line and connector endpoints share: reading a bounded JSON body, activities in the Bot
/// Framework's own (Newtonsoft) serialization, and errors in Direct Line's shape <c>{"error":{"code","message"}}</c>.
/// </summary>
internal static class DirectLineHttp
{
    /// <summary>A body read, or why it could not be.</summary>
    public sealed record Body(JObject? Json, IResult? Failure);

    public sealed record ErrorDetail(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("message")] string Message);

    public sealed record ErrorResponse([property: JsonPropertyName("error")] ErrorDetail Error);

    public static IResult Error(int statusCode, string code, string message) =>
        Results.Json(new ErrorResponse(new ErrorDetail(code, message)), statusCode: statusCode);

    public static IResult TooLarge(int limit) => Error(
        StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"L'activité dépasse {limit / 1024} Ko.");

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation inconnue (ou terminée).");

    /// <summary>
    /// Serializes as the Bot Framework does (nulls left out), for the clients: without <c>serviceUrl</c>, the
    /// host's internal address, which is the bot's business only.
    /// </summary>
    public static string Serialize(Activity activity)
    {
        var json = JObject.FromObject(activity, HttpHelper.BotMessageSerializer);
        json.Remove("serviceUrl");
        return json.ToString(Formatting.None);
    }

    /// <summary><c>{"activities":[…],"watermark":"N"}</c>, the shape of a GET of activities and of each stream frame.</summary>
    public static string ActivitySetJson(DirectLineConversation.ActivitySet set)
    {
        var builder = new StringBuilder("{\"activities\":[");
        builder.AppendJoin(',', set.Activities);
        builder.Append("],\"watermark\":\"").Append(set.Watermark).Append("\"}");
        return builder.ToString();
    }

    public static IResult ActivitySet(DirectLineConversation.ActivitySet set) =>
        Results.Text(ActivitySetJson(set), "application/json; charset=utf-8");

    /// <summary>
    /// Reads at most <paramref name="limit"/> bytes of JSON object. An empty body is allowed when
    /// <paramref name="optional"/> (start requests). Read by hand because the test server enforces no size limit
    /// and a chunked request has no Content-Length.
    /// </summary>
    public static async Task<Body> ReadObjectAsync(HttpRequest request, int limit, bool optional, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return new Body(null, TooLarge(limit));
        }

        byte[]? bytes;
        try
        {
            bytes = await BoundedBody.ReadAtMostAsync(request.Body, limit, cancellationToken);
        }
        catch (BadHttpRequestException tooLargeForKestrel) when (tooLargeForKestrel.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            bytes = null;
        }

        if (bytes is null)
        {
            return new Body(null, TooLarge(limit));
        }

        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return optional ? new Body(null, null) : new Body(null, BadArgument("Le corps de la requête est vide."));
        }

        JToken json;
        try
        {
            // Dates stay strings, as the adapter reads them; past the root value the reader throws on anything but comments.
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(bytes))) { DateParseHandling = DateParseHandling.None };
            json = JToken.ReadFrom(reader);
            while (reader.Read())
            {
            }
        }
        catch (JsonException)
        {
            return new Body(null, BadArgument("Le corps de la requête n'est pas du JSON valide."));
        }

        return json is JObject jsonObject
            ? new Body(jsonObject, null)
            : new Body(null, BadArgument("Le corps de la requête doit être un objet JSON."));
    }

    /// <summary>The activity in <paramref name="json"/>, or null when a field has a shape the Bot Framework cannot read.</summary>
    public static Activity? ToActivity(JObject json)
    {
        try
        {
            return json.ToObject<Activity>(HttpHelper.BotMessageSerializer);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
