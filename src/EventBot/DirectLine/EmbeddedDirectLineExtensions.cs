using EventBot.Options;
using Microsoft.Extensions.Options;

namespace EventBot.DirectLine;

/// <summary>The embedded Direct Line's wiring, kept out of the host's own so each can change without the other.</summary>
public static class EmbeddedDirectLineExtensions
{
    public static IServiceCollection AddEmbeddedDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section);
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAuthorization>();
        services.AddSingleton<DirectLineServiceUrl>();
        services.AddSingleton<DirectLineChannel>();
        return services;
    }

    /// <summary>
    /// Maps <c>/v3/directline</c> and the embedded connector <c>/v3/conversations</c> in local mode only: with a
    /// MicrosoftAppId, Azure's Direct Line is the channel, and a second one without authentication would be a hole.
    /// </summary>
    public static WebApplication MapEmbeddedDirectLine(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        if (!app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsLocalMode || !options.Enabled)
        {
            app.Logger.LogInformation("Embedded Direct Line off (an app id is configured, or EventBot:DirectLine:Enabled is false).");
            return app;
        }

        app.UseWebSockets();
        app.MapDirectLineEndpoints();
        app.MapEmbeddedConnectorEndpoints();
        app.Logger.LogInformation(
            "Embedded Direct Line on {Prefix} (local mode): tokens valid {Lifetime}, up to {Conversations} conversations of {Activities} activities.",
            DirectLineEndpoints.Prefix, options.TokenLifetime, options.MaxConversations, options.MaxActivitiesPerConversation);
        return app;
    }
}
