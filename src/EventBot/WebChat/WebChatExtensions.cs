namespace EventBot.WebChat;

/// <summary>The web widget's wiring: the page and the Web Chat bundle as static files, and the endpoints it calls.</summary>
public static class WebChatExtensions
{
    public static IServiceCollection AddEventBotWebChat(this IServiceCollection services)
    {
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section);
        services.AddHttpClient(WebChatEndpoints.HttpClientName);
        return services;
    }

    /// <summary>
    /// Serves <c>wwwroot/</c> (the page at <c>/</c>, its script and style, <c>lib/webchat.js</c> installed by the build)
    /// from the content root, and maps <c>/api/webchat/config</c> and <c>/api/webchat/token</c>.
    /// </summary>
    public static WebApplication UseEventBotWebChat(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapWebChatEndpoints();
        if (!File.Exists(Path.Combine(app.Environment.WebRootPath ?? "", "lib", "webchat.js")))
        {
            app.Logger.LogWarning("wwwroot/lib/webchat.js is missing under {WebRoot}: the page at / cannot show the chat. Build the project (npm ci runs then).",
                app.Environment.WebRootPath);
        }

        return app;
    }
}
