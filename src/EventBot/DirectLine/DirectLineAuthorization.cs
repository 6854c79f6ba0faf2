using Microsoft.Extensions.Primitives;

namespace EventBot.DirectLine;

/// <summary>
/// Checks the bearer token of a request against a conversation. 401 without a token, 404 for an unknown
/// conversation (ids are unguessable, so saying so leaks nothing useful), 403 for a token that is wrong, expired
/// or for another conversation: 403 is what Web Chat (DirectLineJS) reads as "expired token, get a new one".
/// </summary>
public sealed class DirectLineAuthorization(DirectLineTokens tokens, DirectLineConversations conversations)
{
    /// <summary>A request allowed on a conversation, with the token it presented.</summary>
    public sealed record Access(DirectLineConversation Conversation, string Token, DirectLineTokens.Grant Grant);

    public sealed record Outcome(Access? Access, IResult? Failure);

    /// <summary>The token of <c>Authorization: Bearer …</c>, or null when there is none.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        StringValues header = request.Headers.Authorization;
        var value = header.Count == 1 ? header[0]?.Trim() : null;
        const string scheme = "Bearer ";
        if (value is null || !value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = value[scheme.Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    /// <summary>Checks <paramref name="token"/> for <paramref name="conversationId"/>; with none, for the token's own conversation.</summary>
    public Outcome Check(string? token, string? conversationId)
    {
        if (token is null)
        {
            return Fail(StatusCodes.Status401Unauthorized, "Unauthorized", "Jeton manquant : en-tête « Authorization: Bearer <jeton> » attendu.");
        }

        var conversation = conversationId is null ? null : conversations.Find(conversationId);
        if (conversationId is not null && conversation is null)
        {
            return new Outcome(null, DirectLineHttp.ConversationNotFound());
        }

        switch (tokens.Check(token, out var grant))
        {
            case DirectLineTokens.Status.Unknown:
                return Fail(StatusCodes.Status403Forbidden, "Forbidden", "Jeton invalide.");
            case DirectLineTokens.Status.Expired:
                return Fail(StatusCodes.Status403Forbidden, "TokenExpired", "Jeton expiré : démarrez une nouvelle conversation.");
        }

        if (conversationId is not null && grant!.ConversationId != conversationId)
        {
            return Fail(StatusCodes.Status403Forbidden, "Forbidden", "Ce jeton est celui d'une autre conversation.");
        }

        conversation ??= conversations.Find(grant!.ConversationId);
        return conversation is null
            ? new Outcome(null, DirectLineHttp.ConversationNotFound())
            : new Outcome(new Access(conversation, token, grant!), null);
    }

    private static Outcome Fail(int statusCode, string code, string message) =>
        new(null, DirectLineHttp.Error(statusCode, code, message));
}
