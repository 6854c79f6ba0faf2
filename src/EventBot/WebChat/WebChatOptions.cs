namespace EventBot.WebChat;

/// <summary>
/// The <c>EventBot:WebChat</c> section: how the page at <c>/</c> reaches the bot in production mode (an app id
/// configured), through Azure's Direct Line. In local mode the page uses the embedded Direct Line and needs nothing here.
/// </summary>
public sealed class WebChatOptions
{
    public const string Section = "EventBot:WebChat";

    /// <summary>
    /// The Direct Line channel's secret (Azure portal, Bot → Channels → Direct Line). Exchanged server-side for a
    /// conversation token by <c>POST /api/webchat/token</c>; never sent to the browser. From the environment or a
    /// secret store (<c>EventBot__WebChat__DirectLineSecret</c>), never from the repository.
    /// </summary>
    public string? DirectLineSecret { get; set; }

    /// <summary>Azure's Direct Line base URL (a regional one, e.g. <c>https://europe.directline.botframework.com/v3/directline</c>, also works).</summary>
    public string DirectLineEndpoint { get; set; } = "https://directline.botframework.com/v3/directline";
}
