using EventBot.Domain.Outreach;
using EventBot.Storage.Outreach;
using Microsoft.Extensions.Options;

namespace EventBot.Outreach;

/// <summary>Proactive messages: the kept conversation references, the outbox and its dispatcher, announcements.</summary>
public static class OutreachExtensions
{
    public static IServiceCollection AddOutreach(this IServiceCollection services)
    {
        services.AddOptions<OutreachOptions>()
            .BindConfiguration(OutreachOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutreachOptions>, OutreachOptionsValidator>();
        services.AddSingleton<LiteDbConversationReferences>();
        services.AddSingleton<IReachablePeople>(provider => provider.GetRequiredService<LiteDbConversationReferences>());
        services.AddSingleton<LiteDbOutbox>();
        services.AddSingleton<IOutbox>(provider => provider.GetRequiredService<LiteDbOutbox>());
        services.AddSingleton<IAnnouncementStore, LiteDbAnnouncementStore>();
        services.AddSingleton<AnnouncementService>();
        services.AddSingleton<ConversationReferenceMiddleware>();
        services.AddSingleton<ProactiveSender>();
        services.AddSingleton<SendPacer>();
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
