using Microsoft.Extensions.Options;

namespace EventBot.DirectLine;

/// <summary>
/// The part of the Bot Connector API the bot's connector client calls under the <c>serviceUrl</c> the embedded
/// Direct Line gives it (<c>ConversationsExtensions</c>): SendToConversation
/// (<c>POST /v3/conversations/{id}/activities</c>), ReplyToActivity (<c>…/activities/{activityId}</c>), and the
/// members. Replies, proactive messages and typing indicators are stored in the conversation for the clients,
/// and answered <c>{"id"}</c> as the real connector does.
/// </summary>
/// <remarks>
/// Local mode has no bot credentials to check: the unguessable conversation id is what lets a caller in (an
/// unknown one is a 404). Updating and deleting activities is not offered (405); the bot does not use it.
/// </remarks>
public static class EmbeddedConnectorEndpoints
{
    public const string Prefix = "/v3/conversations";

    public static RouteGroupBuilder MapEmbeddedConnectorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix);
        group.MapPost("/{conversationId}/activities", (string conversationId, HttpContext context, DirectLineConversations conversations,
            DirectLineChannel channel, IOptions<DirectLineOptions> options) =>
            ReceiveAsync(conversationId, replyToId: null, context, conversations, channel, options.Value));
        group.MapPost("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpContext context,
            DirectLineConversations conversations, DirectLineChannel channel, IOptions<DirectLineOptions> options) =>
            ReceiveAsync(conversationId, activityId, context, conversations, channel, options.Value));
        group.MapGet("/{conversationId}/members", Members);
        group.MapGet("/{conversationId}/activities/{activityId}/members", (string conversationId, DirectLineConversations conversations,
            DirectLineChannel channel) => Members(conversationId, conversations, channel));
        return group;
    }

    private static async Task<IResult> ReceiveAsync(
        string conversationId, string? replyToId, HttpContext context, DirectLineConversations conversations, DirectLineChannel channel, DirectLineOptions options)
    {
        if (conversations.Find(conversationId) is not { } conversation)
        {
            return DirectLineHttp.ConversationNotFound();
        }

        var body = await DirectLineHttp.ReadObjectAsync(context.Request, options.MaxActivityBytes, optional: false, context.RequestAborted);
        if (body.Failure is not null)
        {
            return body.Failure;
        }

        if (DirectLineHttp.ToActivity(body.Json!) is not { Type: { Length: > 0 } } activity)
        {
            return DirectLineHttp.BadArgument("L'activité doit avoir un « type » et la forme attendue par le Bot Framework.");
        }

        return Results.Json(new DirectLineEndpoints.IdResponse(channel.ReceiveBotActivity(conversation, activity, replyToId)));
    }

    /// <summary>The user and the bot (GetConversationMembers, GetActivityMembers).</summary>
    private static IResult Members(string conversationId, DirectLineConversations conversations, DirectLineChannel channel)
    {
        if (conversations.Find(conversationId) is not { } conversation)
        {
            return DirectLineHttp.ConversationNotFound();
        }

        var bot = channel.Bot;
        return Results.Json(new[]
        {
            new { id = conversation.User.Id, name = conversation.User.Name, role = "user" },
            new { id = bot.Id, name = bot.Name, role = "bot" },
        });
    }
}
