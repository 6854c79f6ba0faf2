using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace EventBot.DirectLine;

/// <summary>
/// The Direct Line 3.0 client API under <c>/v3/directline</c>, the part Web Chat (DirectLineJS) calls: start or
/// resume a conversation, post activities, read them by watermark (polling) or on a WebSocket, and manage tokens.
/// Every call but starting needs <c>Authorization: Bearer &lt;token&gt;</c> (the stream takes it as <c>?t=</c>,
/// since browsers cannot set headers on a WebSocket).
/// </summary>
public static class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";

    /// <summary>What a start, a reconnect and the token calls answer.</summary>
    public sealed record ConversationResponse(
        [property: JsonPropertyName("conversationId")] string ConversationId,
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("streamUrl"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl);

    public sealed record IdResponse([property: JsonPropertyName("id")] string Id);

    /// <summary>Longest user id or name a client may propose.</summary>
    public const int MaxUserIdLength = 64;

    public const int MaxUserNameLength = 100;

    public static RouteGroupBuilder MapDirectLineEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix);
        group.MapPost("/conversations", StartAsync);
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", Refresh);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.ConnectAsync);
        return group;
    }

    /// <summary>
    /// POST /conversations. Without a token: a new conversation (201), for the <c>user</c> proposed in the body
    /// (<c>{"user":{"id","name"}}</c>) or a generated <c>dl_…</c> user. With a token (DirectLineJS posts here with
    /// the token it was given): that token's conversation (200).
    /// </summary>
    private static async Task<IResult> StartAsync(
        HttpContext context,
        DirectLineAuthorization authorization,
        DirectLineConversations conversations,
        DirectLineTokens tokens,
        DirectLineChannel channel,
        DirectLineServiceUrl serviceUrl,
        IOptions<DirectLineOptions> options,
        [FromServices] IBot bot)
    {
        var request = context.Request;
        if (request.Headers.Authorization.Count > 0)
        {
            var token = DirectLineAuthorization.BearerToken(request);
            var outcome = authorization.Check(token, conversationId: null);
            if (outcome.Failure is not null)
            {
                return outcome.Failure;
            }

            var existing = outcome.Access!;
            await channel.StartAsync(existing.Conversation, serviceUrl.For(request), bot);
            return Results.Json(new ConversationResponse(
                existing.Conversation.Id, existing.Token, tokens.SecondsLeft(existing.Grant), StreamUrl(request, existing.Conversation.Id, existing.Token, null)));
        }

        var created = await CreateAsync(context, conversations, tokens, options.Value);
        if (created.Failure is not null)
        {
            return created.Failure;
        }

        var (conversation, issued) = created.Value!.Value;
        await channel.StartAsync(conversation, serviceUrl.For(request), bot);
        return Results.Json(
            new ConversationResponse(conversation.Id, issued.Token, issued.ExpiresInSeconds, StreamUrl(request, conversation.Id, issued.Token, null)),
            statusCode: StatusCodes.Status201Created);
    }

    /// <summary>
    /// POST /tokens/generate: a conversation and its token, not started yet (the page hands the token to Web Chat,
    /// which starts it). Azure wants the bot's secret here; local mode has none.
    /// </summary>
    private static async Task<IResult> GenerateAsync(
        HttpContext context, DirectLineConversations conversations, DirectLineTokens tokens, IOptions<DirectLineOptions> options)
    {
        var created = await CreateAsync(context, conversations, tokens, options.Value);
        if (created.Failure is not null)
        {
            return created.Failure;
        }

        var (conversation, issued) = created.Value!.Value;
        return Results.Json(new ConversationResponse(conversation.Id, issued.Token, issued.ExpiresInSeconds, null));
    }

    /// <summary>POST /tokens/refresh: a new token for the same conversation, with a full lifetime.</summary>
    private static IResult Refresh(HttpContext context, DirectLineAuthorization authorization, DirectLineTokens tokens)
    {
        var outcome = authorization.Check(DirectLineAuthorization.BearerToken(context.Request), conversationId: null);
        if (outcome.Failure is not null)
        {
            return outcome.Failure;
        }

        var issued = tokens.Issue(outcome.Access!.Conversation.Id);
        return Results.Json(new ConversationResponse(issued.ConversationId, issued.Token, issued.ExpiresInSeconds, null));
    }

    /// <summary>
    /// GET /conversations/{id}?watermark=N: resume (a reloaded page, a dropped WebSocket). The stream URL
    /// replays from the watermark; without one, the whole history kept (DirectLineJS cannot pass a watermark
    /// on its first WebSocket connection, and a reloaded page wants the conversation back).
    /// </summary>
    private static async Task<IResult> ReconnectAsync(
        string conversationId,
        HttpContext context,
        DirectLineAuthorization authorization,
        DirectLineTokens tokens,
        DirectLineChannel channel,
        DirectLineServiceUrl serviceUrl,
        [FromServices] IBot bot)
    {
        var request = context.Request;
        var outcome = authorization.Check(DirectLineAuthorization.BearerToken(request), conversationId);
        if (outcome.Failure is not null)
        {
            return outcome.Failure;
        }

        if (!TryReadWatermark(request, out var watermark))
        {
            return BadWatermark();
        }

        var access = outcome.Access!;
        await channel.StartAsync(access.Conversation, serviceUrl.For(request), bot);
        return Results.Json(new ConversationResponse(
            conversationId, access.Token, tokens.SecondsLeft(access.Grant), StreamUrl(request, conversationId, access.Token, watermark)));
    }

    /// <summary>POST /conversations/{id}/activities: the client's activity to the bot; 200 <c>{"id"}</c> once the bot's turn is over.</summary>
    private static async Task<IResult> PostActivityAsync(
        string conversationId,
        HttpContext context,
        DirectLineAuthorization authorization,
        DirectLineChannel channel,
        DirectLineServiceUrl serviceUrl,
        IOptions<DirectLineOptions> options,
        ILogger<DirectLineChannel> logger,
        [FromServices] IBot bot)
    {
        var request = context.Request;
        var outcome = authorization.Check(DirectLineAuthorization.BearerToken(request), conversationId);
        if (outcome.Failure is not null)
        {
            return outcome.Failure;
        }

        var body = await DirectLineHttp.ReadObjectAsync(request, options.Value.MaxActivityBytes, optional: false, context.RequestAborted);
        if (body.Failure is not null)
        {
            return body.Failure;
        }

        if (body.Json!["type"] is not JValue { Type: JTokenType.String, Value: string type } || !DirectLineChannel.ClientActivityTypes.Contains(type))
        {
            return DirectLineHttp.BadArgument("L'activité doit avoir un champ « type » : « message », « event » ou « typing ».");
        }

        if (DirectLineHttp.ToActivity(body.Json) is not { } activity)
        {
            return DirectLineHttp.BadArgument("Un champ de l'activité n'a pas la forme attendue par le Bot Framework.");
        }

        try
        {
            var id = await channel.SendUserActivityAsync(outcome.Access!.Conversation, activity, serviceUrl.For(request), bot);
            return Results.Json(new IdResponse(id));
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The adapter's error handler already answered the user; this is the bot failing, not the request.
            logger.LogError(failure, "The bot failed on an activity of Direct Line conversation {ConversationId}.", conversationId);
            return DirectLineHttp.Error(StatusCodes.Status502BadGateway, "BotError", "Le bot n'a pas pu traiter l'activité.");
        }
    }

    /// <summary>GET /conversations/{id}/activities?watermark=N: what arrived after N (polling).</summary>
    private static IResult GetActivities(string conversationId, HttpContext context, DirectLineAuthorization authorization)
    {
        var outcome = authorization.Check(DirectLineAuthorization.BearerToken(context.Request), conversationId);
        if (outcome.Failure is not null)
        {
            return outcome.Failure;
        }

        return TryReadWatermark(context.Request, out var watermark)
            ? DirectLineHttp.ActivitySet(outcome.Access!.Conversation.ReadAfter(watermark ?? 0))
            : BadWatermark();
    }

    /// <summary>The <c>watermark</c> query parameter: absent or empty is null; otherwise a non-negative integer.</summary>
    public static bool TryReadWatermark(HttpRequest request, out long? watermark)
    {
        watermark = null;
        var text = request.Query["watermark"].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            watermark = value;
            return true;
        }

        return false;
    }

    public static IResult BadWatermark() =>
        DirectLineHttp.BadArgument("Le paramètre « watermark » doit être un entier positif, celui d'une réponse précédente.");

    /// <summary>The WebSocket address for this conversation, on the host and scheme the client used.</summary>
    private static string StreamUrl(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = watermark is { } from ? $"watermark={from}&t={Uri.EscapeDataString(token)}" : $"t={Uri.EscapeDataString(token)}";
        return $"{scheme}://{request.Host}{request.PathBase}{Prefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream?{query}";
    }

    private sealed record Created((DirectLineConversation Conversation, DirectLineTokens.IssuedToken Token)? Value, IResult? Failure);

    /// <summary>A conversation for the user proposed in the (optional) body, and its first token.</summary>
    private static async Task<Created> CreateAsync(
        HttpContext context, DirectLineConversations conversations, DirectLineTokens tokens, DirectLineOptions options)
    {
        var body = await DirectLineHttp.ReadObjectAsync(context.Request, options.MaxActivityBytes, optional: true, context.RequestAborted);
        if (body.Failure is not null)
        {
            return new Created(null, body.Failure);
        }

        var user = new ChannelAccount($"dl_{DirectLineIds.Random(12)}", role: RoleTypes.User);
        if (body.Json?["user"] is { Type: not JTokenType.Null } proposed)
        {
            if (proposed is not JObject account
                || account["id"] is not JValue { Type: JTokenType.String, Value: string id }
                || string.IsNullOrWhiteSpace(id) || id.Length > MaxUserIdLength || id.Any(char.IsControl)
                || id == options.BotId
                || account["name"] is { Type: not JTokenType.Null and not JTokenType.String }
                || account["name"]?.ToString().Length > MaxUserNameLength)
            {
                return new Created(null, DirectLineHttp.BadArgument(
                    $"« user » doit être {{\"id\": \"…\", \"name\": \"…\"}} : un id de 1 à {MaxUserIdLength} caractères, un nom d'au plus {MaxUserNameLength}."));
            }

            user = new ChannelAccount(id, account["name"]?.Type == JTokenType.String ? (string?)account["name"] : null, RoleTypes.User);
        }

        var conversation = conversations.Create(user);
        return new Created((conversation, tokens.Issue(conversation.Id)), null);
    }
}
