using EventBot.Adapters;
using EventBot.Dialogs;
using EventBot.Dialogs.Main;
using EventBot.Bots;
using EventBot.DirectLine;
using EventBot.Domain.Store;
using EventBot.Health;
using EventBot.LiveData;
using EventBot.Options;
using EventBot.Organisers;
using EventBot.RateLimiting;
using EventBot.Outreach;
using EventBot.Reminders;
using EventBot.Domain.Insight;
using EventBot.Domain.SignUps;
using EventBot.Storage;
using EventBot.Storage.EventData;
using EventBot.Storage.Insight;
using EventBot.Storage.SignUps;
using EventBot.Time;
using EventBot.WebChat;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace EventBot.Extensions;

/// <summary>The host's wiring: configuration, storage, Bot Framework, clock, endpoints.</summary>
public static class EventBotHostingExtensions
{
    /// <summary>Registers every service of the bot. Everything is read from configuration when first resolved,
    /// so that settings added later (tests, environment) are seen.</summary>
    public static WebApplicationBuilder AddEventBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddOptions<BotFrameworkOptions>().BindConfiguration("");
        services.AddOptions<ConnectionStringsOptions>().BindConfiguration(ConnectionStringsOptions.Section);
        services.AddOptions<EventBotOptions>()
            .BindConfiguration(EventBotOptions.Section)
            .PostConfigure<IHostEnvironment>((options, environment) =>
                options.SeedsPath = Path.GetFullPath(options.SeedsPath, environment.ContentRootPath));

        // The organisers' last live update, when there is one, wins over the seed file (LiveData/LiveEventData.cs).
        services.AddSingleton(provider => LiveEventData.Open(
            provider.GetRequiredService<IOptions<EventBotOptions>>().Value.SeedsPath,
            provider.GetRequiredService<IEventDataArchive>(),
            provider.GetRequiredService<ILogger<LiveEventData>>()));
        services.AddSingleton<IEventDataArchive>(provider => new LiteDbEventDataArchive(provider.GetRequiredService<EventBotDatabase>()));
        services.AddSingleton<LiveEventData>();
        services.AddSingleton<IUnansweredQuestions>(provider => new LiteDbUnansweredQuestions(provider.GetRequiredService<EventBotDatabase>()));
        services.AddSingleton<IEventDataProvider>(provider => provider.GetRequiredService<EventDataStore>());

        // A bad file (corrupt, locked, read-only) must not stop the bot in a crash loop: questions need no storage.
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        services.AddSingleton(provider => EventBotDatabase.OpenOrUnavailable(
            provider.GetRequiredService<IOptions<ConnectionStringsOptions>>().Value.EventBot,
            provider.GetRequiredService<IHostEnvironment>().ContentRootPath,
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.WaitForDisk));
        services.AddSingleton<IStorage>(provider =>
        {
            var database = provider.GetRequiredService<EventBotDatabase>();
            if (database.IsAvailable)
            {
                return new MemoryFallbackStorage(new LiteDbStorage(database), provider.GetRequiredService<ILogger<MemoryFallbackStorage>>());
            }

            provider.GetRequiredService<ILogger<LiteDbStorage>>().LogWarning(
                "Conversation state is kept in memory until {File} can be opened: it is lost at restart.", database.FilePath);
            return new MemoryStorage();
        });
        services.AddOptions<SignUpOptions>().BindConfiguration(SignUpOptions.Section);
        services.AddSingleton<ISignUpService, LiteDbSignUpService>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();

        services.AddSingleton(provider =>
            provider.GetRequiredService<IOptions<EventBotOptions>>().Value.Clock.Now is { } demonstrationStart
                ? new DemonstrationTimeProvider(demonstrationStart)
                : TimeProvider.System);

        services.AddHttpClient();
        // ConfigurationBotFrameworkAuthentication reads the standard keys (MicrosoftAppId, …) itself.
        services.AddSingleton<BotFrameworkAuthentication>(provider => new OnDemandClientsAuthentication(new ConfigurationBotFrameworkAuthentication(
            provider.GetRequiredService<IConfiguration>(),
            httpClientFactory: provider.GetRequiredService<IHttpClientFactory>(),
            logger: provider.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>())));
        services.AddSingleton<EventBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(provider => provider.GetRequiredService<EventBotAdapter>());
        services.AddEventBotDialogs();
        services.AddTransient<IBot, EventBotActivityHandler>();

        services.AddOrganiserApi();
        services.AddEventBotRateLimiting();
        services.AddOutreach();
        services.AddEventBotReminders();
        services.AddEmbeddedDirectLine();
        services.AddEventBotWebChat();
        services.AddControllers();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("litedb");

        return builder;
    }

    /// <summary>Opens the database, loads the event data, says how the bot authenticates, and maps the endpoints.</summary>
    public static WebApplication UseEventBot(this WebApplication app)
    {
        // Opened (and migrated, and loaded) now, so that a bad connection string or seed file fails the start,
        // not the first message; a bad database file is said clearly and the bot goes on without sign-ups.
        var database = app.Services.GetRequiredService<EventBotDatabase>();
        if (database.IsAvailable)
        {
            app.Logger.LogInformation("LiteDB database {File}, schema version {Version}.", database.FilePath, EventBotDatabase.SchemaVersion);
        }
        else
        {
            app.Logger.LogError(
                database.OpenError,
                "LiteDB database {File} cannot be opened ({Problem}). Sign-ups are unavailable until the file is repaired " +
                "or restored from a backup and the bot restarted; questions are still answered.",
                database.FilePath,
                database.OpenError!.Message);
        }

        app.Services.GetRequiredService<IStorage>();

        // LiveEventData.Open says whether the seed file or the organisers' saved version is used.
        app.Services.GetRequiredService<EventDataStore>();
        app.Services.GetRequiredService<EventKnowledge>().WarmUp();

        var botFramework = app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        if (botFramework.IsLocalMode)
        {
            app.Logger.LogWarning("Bot Framework authentication off (local mode): MicrosoftAppId is empty.");
        }
        else
        {
            app.Logger.LogInformation(
                "Bot Framework authentication on: {AppType} app {AppId}, tenant {TenantId}.",
                botFramework.MicrosoftAppType,
                botFramework.MicrosoftAppId,
                botFramework.MicrosoftAppTenantId);
        }

        if (app.Services.GetRequiredService<TimeProvider>() is DemonstrationTimeProvider clock)
        {
            app.Logger.LogWarning("Demonstration clock: the bot believes it is {Now:O}.", clock.GetLocalNow());
        }

        app.UseRateLimiter();
        app.UseEventBotWebChat();
        app.MapEmbeddedDirectLine();
        app.MapControllers();
        app.MapOrganiserApi()
            .MapSignUpList()
            .MapAnnouncements()
            .MapOrganiserReminders()
            .MapEventData()
            .MapUnansweredQuestions();
        app.MapHealthChecks("/health");
        return app;
    }
}
