using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace EventBot.Adapters;

/// <summary>
/// The configured authentication, except that the connector client and the user-token client of a turn are built
/// the first time they are used rather than at the start of every turn.
/// </summary>
/// <remarks>
/// The adapter builds both for every incoming activity, and each costs a few regular expressions parsed anew (the user
/// agent of <c>Microsoft.Rest.ServiceClient</c>): about a fifth of a turn's allocations. A turn answered in the HTTP
/// response (<c>expectReplies</c>, the embedded Direct Line) never sends through the connector, and this bot has no
/// sign-in, so never needs a token.
/// </remarks>
public sealed class OnDemandClientsAuthentication(BotFrameworkAuthentication configured) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        OnDemand(await configured.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        OnDemand(await configured.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new OnDemandConnectorFactory(configured.CreateConnectorFactory(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new OnDemandUserTokenClient(() => configured.CreateUserTokenClientAsync(claimsIdentity, cancellationToken)));

    public override BotFrameworkClient CreateBotFrameworkClient() => configured.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => configured.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        configured.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private static AuthenticateRequestResult OnDemand(AuthenticateRequestResult result)
    {
        result.ConnectorFactory = new OnDemandConnectorFactory(result.ConnectorFactory);
        return result;
    }
}
