using EventBot.Domain.Outreach;
using EventBot.Domain.Reminders;
using EventBot.Domain.SignUps;
using EventBot.Domain.Store;
using EventBot.Storage.Reminders;
using Microsoft.Extensions.Options;

namespace EventBot.Reminders;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>The reminders' settings (<c>EventBot:Reminders</c>), their LiteDB store, the scheduler and its background service.</summary>
    public static IServiceCollection AddEventBotReminders(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section);
        services.AddSingleton<IReminderStore, LiteDbReminderStore>();
        services.AddSingleton(provider => new ReminderScheduler(
            provider.GetRequiredService<IReminderStore>(),
            provider.GetRequiredService<ISignUpService>(),
            provider.GetRequiredService<IEventDataProvider>(),
            provider.GetRequiredService<IOutbox>(),
            provider.GetRequiredService<IOptions<ReminderOptions>>().Value));
        services.AddHostedService<ReminderBackgroundService>();
        return services;
    }
}
