namespace EventBot.Options;

/// <summary>
/// The standard Bot Framework settings, read at the root of the configuration (the same keys
/// ConfigurationBotFrameworkAuthentication reads); here to tell at start-up whether authentication is on.
/// </summary>
public sealed class BotFrameworkOptions
{
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    public string MicrosoftAppId { get; set; } = "";

    public string MicrosoftAppTenantId { get; set; } = "";

    /// <summary>No app id: the bot accepts unauthenticated requests (Emulator, local tests).</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
