namespace EventBot.DirectLine;

/// <summary>
/// The <c>EventBot:DirectLine</c> section: the embedded Direct Line 3.0 service that lets Web Chat talk to the bot
/// without Azure. It only runs in local mode (no <c>MicrosoftAppId</c>); with an app id, Azure's Direct Line is the
/// channel and these endpoints answer 404.
/// </summary>
public sealed class DirectLineOptions
{
    public const string Section = "EventBot:DirectLine";

    /// <summary>
    /// The channel id the bot sees. "directline" is what a bot behind Azure sees for Web Chat built with
    /// <c>createDirectLine</c>, so user keys (<c>channelId:userId</c>) look the same in both modes.
    /// </summary>
    public const string ChannelId = "directline";

    /// <summary>Off switch for local mode too (say, when only the Emulator is used).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a token is valid; Web Chat refreshes its token every 15 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Conversations kept in memory; past this, the oldest started is dropped with its history.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>Activities kept per conversation (user's and bot's); past this, the oldest are dropped.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 1_000;

    /// <summary>Largest activity body accepted, from the client or from the bot (413 past it); the same 256 KB as /api/messages.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// The base URL the bot's replies are POSTed to (the activity's <c>serviceUrl</c>). Empty: the host's own
    /// listening address (http preferred), or, when there is none (test server), the request's scheme and host.
    /// Set it when the bot must reach itself through another address.
    /// </summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The bot's account in the conversation (<c>recipient</c> of the user's activities).</summary>
    public string BotId { get; set; } = "eventbot";

    public string BotName { get; set; } = "EventBot";

    /// <summary>Why the options cannot be used, or null.</summary>
    public string? FindProblem() =>
        TokenLifetime <= TimeSpan.Zero ? "EventBot:DirectLine:TokenLifetime must be positive."
        : MaxConversations < 1 ? "EventBot:DirectLine:MaxConversations must be at least 1."
        : MaxActivitiesPerConversation < 1 ? "EventBot:DirectLine:MaxActivitiesPerConversation must be at least 1."
        : MaxActivityBytes < 1024 ? "EventBot:DirectLine:MaxActivityBytes must be at least 1024."
        : !string.IsNullOrWhiteSpace(ServiceUrl) && !Uri.TryCreate(ServiceUrl, UriKind.Absolute, out _) ? "EventBot:DirectLine:ServiceUrl must be an absolute URL."
        : string.IsNullOrWhiteSpace(BotId) ? "EventBot:DirectLine:BotId must not be empty."
        : null;
}

/// <summary>Says which setting is wrong when the options are first read (at start: the endpoints are mapped then).</summary>
internal sealed class DirectLineOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<DirectLineOptions>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, DirectLineOptions options) =>
        options.FindProblem() is { } problem
            ? Microsoft.Extensions.Options.ValidateOptionsResult.Fail(problem)
            : Microsoft.Extensions.Options.ValidateOptionsResult.Success;
}
