using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using EventBot.DirectLine;
using EventBot.Organisers;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace EventBot.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter, set from <see cref="RateLimitOptions"/>: a global limiter per client address on
/// <c>/api/messages</c>, <c>/v3/directline</c> and <c>/api/organisers</c>, and the <see cref="OrganiserPolicy"/> per
/// organiser key. Per user on messages is <see cref="UserMessageRateLimiter"/>, on the adapter. A refused HTTP
/// request gets 429, <c>Retry-After</c> and a French body.
/// </summary>
public static class RateLimitingExtensions
{
    /// <summary>The policy of the organisers' route group: one organiser key's calls.</summary>
    public const string OrganiserPolicy = "organisers";

    public static IServiceCollection AddEventBotRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        services.AddSingleton<RateLimitLog>();
        services.AddSingleton<UserMessageRateLimiter>();
        services.AddRateLimiter(_ => { });
        // Configured when first resolved, so that settings added after AddEventBot (tests, environment) count.
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, options) =>
        {
            var settings = options.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => PerAddress(context, settings));
            limiter.AddPolicy(OrganiserPolicy, context => PerOrganiserKey(context, settings));
            limiter.OnRejected = (rejected, cancellationToken) => RejectAsync(rejected, settings, cancellationToken);
        });
        return services;
    }

    /// <summary>At most <paramref name="permits"/> in any window, counted in segments; nothing waits in a queue.</summary>
    public static SlidingWindowRateLimiterOptions SlidingWindow(int permits, RateLimitOptions settings) => new()
    {
        PermitLimit = permits,
        Window = settings.Window,
        SegmentsPerWindow = Math.Max(1, settings.SegmentsPerWindow),
        QueueLimit = 0,
    };

    private static RateLimitPartition<string> PerAddress(HttpContext context, RateLimitOptions settings)
    {
        var path = context.Request.Path;
        var (area, permits) =
            path.Equals("/api/messages", StringComparison.OrdinalIgnoreCase) ? ("messages", settings.PerIp.Messages)
            : path.StartsWithSegments(DirectLineEndpoints.Prefix, StringComparison.OrdinalIgnoreCase) ? ("directline", settings.PerIp.DirectLine)
            : path.StartsWithSegments(OrganiserApiExtensions.Prefix, StringComparison.OrdinalIgnoreCase) ? ("organisers", settings.PerIp.Organisers)
            : ("", 0);
        if (!settings.Enabled || permits <= 0)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        // The connection's address: behind a reverse proxy it is the proxy's unless forwarded headers are set up (docs/security.md).
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetSlidingWindowLimiter($"{area}|{address}", _ => SlidingWindow(permits, settings));
    }

    /// <summary>
    /// One partition per key presented, kept as a digest so the limiter holds no key; requests without a key
    /// share their address's. Wrong keys count too: the per-address limit bounds how many a client may try.
    /// </summary>
    private static RateLimitPartition<string> PerOrganiserKey(HttpContext context, RateLimitOptions settings)
    {
        if (!settings.Enabled || settings.PerUser.Organisers <= 0)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var key = DirectLineAuthorization.BearerToken(context.Request);
        var partition = key is null
            ? $"address|{context.Connection.RemoteIpAddress}"
            : $"key|{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))}";
        return RateLimitPartition.GetSlidingWindowLimiter(partition, _ => SlidingWindow(settings.PerUser.Organisers, settings));
    }

    /// <summary>429 with <c>Retry-After</c>; the body in Direct Line's error shape on its endpoints (what its clients read), else a problem.</summary>
    private static async ValueTask RejectAsync(OnRejectedContext rejected, RateLimitOptions settings, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero
            ? wait
            : settings.Window / Math.Max(1, settings.SegmentsPerWindow);
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var limit = context.Request.Path.StartsWithSegments(DirectLineEndpoints.Prefix, StringComparison.OrdinalIgnoreCase) ? "PerIp:DirectLine"
            : context.Request.Path.StartsWithSegments(OrganiserApiExtensions.Prefix, StringComparison.OrdinalIgnoreCase) ? "PerIp:Organisers or PerUser:Organisers"
            : "PerIp:Messages";
        context.RequestServices.GetRequiredService<RateLimitLog>().Refused(limit, $"{context.Request.Method} {context.Request.Path.Value} (429)");

        var detail = string.Format(CultureInfo.InvariantCulture, RateLimitTexts.TooManyRequests, seconds);
        var result = context.Request.Path.StartsWithSegments(DirectLineEndpoints.Prefix, StringComparison.OrdinalIgnoreCase)
            ? DirectLineHttp.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", detail)
            : Results.Problem(title: RateLimitTexts.Title, detail: detail, statusCode: StatusCodes.Status429TooManyRequests);
        await result.ExecuteAsync(context);
    }
}
