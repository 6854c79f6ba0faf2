using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using EventBot.DirectLine;
using EventBot.Options;
using Microsoft.Extensions.Options;

namespace EventBot.WebChat;

/// <summary>
/// What the page at <c>/</c> asks the bot: which Direct Line to use (<c>GET /api/webchat/config</c>), and, in
/// production mode, a conversation token (<c>POST /api/webchat/token</c>) obtained from Azure's Direct Line with the
/// secret, which stays on the server.
/// </summary>
public static class WebChatEndpoints
{
    /// <summary>The named HttpClient that calls Azure's Direct Line (tests give it a fake handler).</summary>
    public const string HttpClientName = "EventBot.WebChat.DirectLine";

    /// <summary>
    /// <c>mode</c>: <c>local</c> (embedded Direct Line at <c>directLine</c>, a path on this host), <c>azure</c>
    /// (token from <c>/api/webchat/token</c>, Direct Line at <c>directLine</c>, an absolute URL) or <c>off</c>
    /// (local mode with the embedded Direct Line disabled: no channel for the page).
    /// </summary>
    public sealed record ConfigResponse(
        [property: JsonPropertyName("mode")] string Mode,
        [property: JsonPropertyName("directLine"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DirectLine);

    public sealed record TokenResponse(
        [property: JsonPropertyName("conversationId")] string ConversationId,
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);

    public sealed record ErrorResponse([property: JsonPropertyName("error")] string Error);

    public static void MapWebChatEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/webchat/config", GetConfig);
        endpoints.MapPost("/api/webchat/token", GenerateTokenAsync);
    }

    private static IResult GetConfig(
        HttpContext context, IOptions<BotFrameworkOptions> botFramework, IOptions<DirectLineOptions> directLine, IOptions<WebChatOptions> webChat)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (!botFramework.Value.IsLocalMode)
        {
            return Results.Json(new ConfigResponse("azure", webChat.Value.DirectLineEndpoint.TrimEnd('/')));
        }

        return directLine.Value.Enabled
            ? Results.Json(new ConfigResponse("local", DirectLineEndpoints.Prefix))
            : Results.Json(new ConfigResponse("off", null));
    }

    private static async Task<IResult> GenerateTokenAsync(
        HttpContext context,
        IOptions<BotFrameworkOptions> botFramework,
        IOptions<WebChatOptions> options,
        IHttpClientFactory httpClients,
        ILogger<WebChatOptions> logger)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (botFramework.Value.IsLocalMode)
        {
            return Error(StatusCodes.Status404NotFound,
                "Pas de jeton en mode local : la page utilise le Direct Line intégré (/v3/directline).");
        }

        var secret = options.Value.DirectLineSecret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            logger.LogError("POST /api/webchat/token: EventBot:WebChat:DirectLineSecret is not configured; the web page cannot reach the bot.");
            return Error(StatusCodes.Status503ServiceUnavailable,
                "La discussion en ligne n'est pas encore configurée (secret Direct Line manquant). Réessayez plus tard ou contactez les organisateurs.");
        }

        // One user id per token, so that Direct Line binds the token to it and the bot's per-user state is per visitor.
        var userId = $"dl_{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.DirectLineEndpoint.TrimEnd('/') + "/tokens/generate")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { user = new { id = userId } }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        try
        {
            using var client = httpClients.CreateClient(HttpClientName);
            client.Timeout = TimeSpan.FromSeconds(15);
            using var response = await client.SendAsync(request, context.RequestAborted);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogError("Azure Direct Line refused to generate a token: HTTP {Status}.", (int)response.StatusCode);
                return Unavailable();
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(context.RequestAborted));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("conversationId", out var conversationId) || conversationId.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("token", out var token) || token.ValueKind != JsonValueKind.String)
            {
                logger.LogError("Azure Direct Line answered a token request without conversationId and token.");
                return Unavailable();
            }

            var expiresIn = root.TryGetProperty("expires_in", out var expires) && expires.TryGetInt32(out var seconds) ? seconds : 1800;
            return Results.Json(new TokenResponse(conversationId.GetString()!, token.GetString()!, expiresIn));
        }
        catch (Exception failure) when (failure is HttpRequestException or JsonException or TaskCanceledException && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(failure, "Azure Direct Line could not be reached to generate a token.");
            return Unavailable();
        }
    }

    private static IResult Unavailable() => Error(StatusCodes.Status502BadGateway,
        "Le service de discussion (Direct Line) ne répond pas. Réessayez dans un instant.");

    private static IResult Error(int statusCode, string message) => Results.Json(new ErrorResponse(message), statusCode: statusCode);
}
