using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EventBot.DirectLine;

/// <summary>
/// The channel's side of the Bot Framework protocol: fills in an activity as Azure's Direct Line does before it
/// reaches a bot, keeps it in the conversation (clients see their own messages, with ids, as Web Chat expects),
/// and runs the turn through the host's adapter. The bot answers through its connector client, to the
/// <c>serviceUrl</c> set here: <see cref="EmbeddedConnectorEndpoints"/> of this same process.
/// </summary>
/// <remarks>
/// The way in is the adapter's HTTP entry point called in process (see <see cref="RunTurnAsync"/>) rather than a
/// POST to /api/messages on loopback: the same adapter, authentication, middleware, error handler and connector
/// client run, without a socket or knowing the host's address for the way in. (CloudAdapter does not implement
/// <c>ProcessActivityAsync(ClaimsIdentity, …)</c>, and its overload taking an Authorization header is protected.)
/// The way out is HTTP, as with any channel, so that proactive messages work the same.
/// </remarks>
public sealed class DirectLineChannel(
    IBotFrameworkHttpAdapter httpAdapter,
    IOptions<DirectLineOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    IServiceProvider services,
    ILogger<DirectLineChannel> logger)
{
    /// <summary>The activity types a client may send; others (conversationUpdate, invoke…) are the channel's or need replies in the response.</summary>
    public static readonly IReadOnlySet<string> ClientActivityTypes =
        new HashSet<string>(StringComparer.Ordinal) { ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing };

    public ChannelAccount Bot => new(options.Value.BotId, options.Value.BotName, RoleTypes.Bot);

    /// <summary>
    /// Tells the bot about a new conversation once (conversationUpdate, bot and user added), as Direct Line does
    /// when a client connects: the bot's welcome is then the first thing in the conversation. A failure is logged:
    /// the conversation itself is fine.
    /// </summary>
    public async Task StartAsync(DirectLineConversation conversation, string serviceUrl, IBot bot)
    {
        if (!conversation.TryMarkStarted())
        {
            return;
        }

        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = $"{conversation.Id}|start",
            ChannelId = DirectLineOptions.ChannelId,
            ServiceUrl = serviceUrl,
            Timestamp = clock.GetUtcNow(),
            Conversation = new ConversationAccount(id: conversation.Id),
            From = User(conversation, name: null),
            Recipient = Bot,
            MembersAdded = [Bot, User(conversation, name: null)],
        };

        try
        {
            await RunTurnAsync(update, bot);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError(failure, "The bot failed on the start of Direct Line conversation {ConversationId}.", conversation.Id);
        }
    }

    /// <summary>
    /// Sends a client's activity to the bot as its user, after storing it; returns the id it got. Fields that
    /// belong to the channel are overwritten; everything else (text, value, attachments, locale,
    /// localTimestamp, channelData, entities…) passes through.
    /// </summary>
    public async Task<string> SendUserActivityAsync(DirectLineConversation conversation, Activity activity, string serviceUrl, IBot bot)
    {
        activity.ChannelId = DirectLineOptions.ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Timestamp = clock.GetUtcNow();
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        // The user is the conversation's: a client cannot speak as someone else (sign-ups are keyed by user id).
        activity.From = User(conversation, activity.From?.Name);
        activity.Recipient = Bot;
        // expectReplies would put the replies in the adapter's return value instead of sending them to the connector.
        activity.DeliveryMode = null;
        activity.CallerId = null;

        var id = conversation.Append(activity, DirectLineHttp.Serialize);
        await RunTurnAsync(activity, bot);
        return id;
    }

    /// <summary>Stores an activity the bot sent (reply, proactive message, typing…) for the clients; returns its id.</summary>
    public string ReceiveBotActivity(DirectLineConversation conversation, Activity activity, string? replyToId)
    {
        activity.ChannelId = DirectLineOptions.ChannelId;
        activity.Timestamp = clock.GetUtcNow();
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From ??= Bot;
        activity.From.Role ??= RoleTypes.Bot;
        activity.Recipient ??= User(conversation, name: null);
        activity.ReplyToId ??= replyToId;
        return conversation.Append(activity, DirectLineHttp.Serialize);
    }

    private static ChannelAccount User(DirectLineConversation conversation, string? name) =>
        new(conversation.User.Id, name ?? conversation.User.Name, RoleTypes.User);

    /// <summary>
    /// Runs the turn through <see cref="IBotFrameworkHttpAdapter.ProcessAsync"/>, the entry point /api/messages
    /// uses, on an in-memory request without Authorization header: the adapter deserializes the activity,
    /// authenticates it (anonymous in local mode), builds its connector client for the serviceUrl, and runs the
    /// middleware, the bot and the error handler exactly as for a request from a channel. No socket is involved.
    /// </summary>
    private async Task RunTurnAsync(Activity activity, IBot bot)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json; charset=utf-8";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(
            JObject.FromObject(activity, HttpHelper.BotMessageSerializer).ToString(Formatting.None)));
        context.Response.Body = new MemoryStream();

        // Not the client's request token: a client that goes away does not cut the bot's turn short (Direct Line does not either).
        await httpAdapter.ProcessAsync(context.Request, context.Response, bot, lifetime.ApplicationStopping);
        if (context.Response.StatusCode >= StatusCodes.Status400BadRequest)
        {
            throw new InvalidOperationException(
                $"The adapter answered {context.Response.StatusCode} to a {activity.Type} activity of the embedded Direct Line.");
        }
    }
}
