using EventBot.Dialogs.Organisateurs;

using EventBot.RateLimiting;

namespace EventBot.Organisers;

/// <summary>
/// The organisers' API under <c>/api/organisers</c>, every endpoint behind <see cref="OrganiserKeyFilter"/> and the
/// per-key rate limit <see cref="RateLimitingExtensions.OrganiserPolicy"/>.
/// </summary>
public static class OrganiserApiExtensions
{
    public const string Prefix = "/api/organisers";

    public static IServiceCollection AddOrganiserApi(this IServiceCollection services)
    {
        services.AddOptions<OrganiserOptions>().BindConfiguration(OrganiserOptions.Section);
        services.AddSingleton<OrganiserKeyFilter>();
        services.AddSingleton<IOrganisers, ConfiguredOrganisers>();
        services.AddSingleton<IChatAnnouncements, ChatAnnouncements>();
        return services;
    }

    /// <summary>Maps the group; each feature adds its endpoints to the returned group.</summary>
    public static RouteGroupBuilder MapOrganiserApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix);
        group.AddEndpointFilter<OrganiserKeyFilter>();
        group.RequireRateLimiting(RateLimitingExtensions.OrganiserPolicy);
        return group;
    }
}
