using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace EventBot.DirectLine;

/// <summary>
/// The <c>serviceUrl</c> put on the activities handed to the bot: the address where the bot's connector client
/// POSTs its replies, i.e. this process. The host's own listening address is preferred to the request's host
/// because the latter is what the browser used (a public name, a proxy) and the bot may not reach itself through
/// it; http is preferred to https so that a development certificate is never in the way.
/// </summary>
public sealed class DirectLineServiceUrl(IServer server, IOptions<DirectLineOptions> options)
{
    public string For(HttpRequest request)
    {
        var configured = options.Value.ServiceUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return WithSlash(configured.Trim());
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var listening = addresses.FirstOrDefault(address => address.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault();
        if (listening is not null && Uri.TryCreate(Loopback(listening), UriKind.Absolute, out var uri))
        {
            return WithSlash(uri.GetLeftPart(UriPartial.Authority) + request.PathBase);
        }

        // The test server listens nowhere: its requests name it.
        return WithSlash($"{request.Scheme}://{request.Host}{request.PathBase}");
    }

    /// <summary>A wildcard listening address (<c>http://+:80</c>, <c>http://0.0.0.0:80</c>…) reached on loopback.</summary>
    private static string Loopback(string address) => address
        .Replace("://+:", "://localhost:", StringComparison.Ordinal)
        .Replace("://*:", "://localhost:", StringComparison.Ordinal)
        .Replace("://0.0.0.0:", "://127.0.0.1:", StringComparison.Ordinal)
        .Replace("://[::]:", "://[::1]:", StringComparison.Ordinal);

    private static string WithSlash(string url) => url.EndsWith('/') ? url : url + "/";
}
