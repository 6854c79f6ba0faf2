using System.Security.Cryptography;
using System.Text;
using EventBot.DirectLine;
using Microsoft.Extensions.Options;

namespace EventBot.Organisers;

/// <summary>
/// Lets a request through when it carries one of the configured organiser keys: 401 without a key, 403 with a
/// wrong one. Keys are compared as SHA-256 digests in constant time, so neither their content nor their length
/// leaks through timing; they are never logged.
/// </summary>
public sealed class OrganiserKeyFilter(IOptionsMonitor<OrganiserOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var key = DirectLineAuthorization.BearerToken(context.HttpContext.Request);
        if (key is null)
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Problem(StatusCodes.Status401Unauthorized, "Clé d'organisateur manquante : en-tête « Authorization: Bearer <clé> » attendu.");
        }

        return IsOrganiserKey(key)
            ? await next(context)
            : Problem(StatusCodes.Status403Forbidden, "Cette clé d'organisateur n'est pas reconnue.");
    }

    /// <summary>True when <paramref name="key"/> is one of the configured keys; every key is compared, whatever matches.</summary>
    public bool IsOrganiserKey(string key)
    {
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var matched = false;
        foreach (var configured in options.CurrentValue.Keys)
        {
            if (string.IsNullOrEmpty(configured))
            {
                continue;
            }

            matched |= CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
        }

        return matched;
    }

    private static IResult Problem(int statusCode, string detail) =>
        Results.Problem(detail: detail, statusCode: statusCode);
}
